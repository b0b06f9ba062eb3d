import { MAX_TEXT_LENGTH } from "@right-help/core";
import { describe, expect, it } from "vitest";
import { classifyError, scanTab, type Scripting } from "../../extension/scan.ts";
import {
  parsePendingSelection,
  putSelection,
  SELECTION_KEY,
  SELECTION_MAX_AGE_MS,
  takeSelection,
  type SessionArea,
} from "../../extension/selection.ts";

function fakeSession(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
    remove: async (key) => void delete items[key],
  };
}

describe("selection hand-over through storage.session", () => {
  it("is taken once and deleted as it is read", async () => {
    const session = fakeSession();
    await putSelection(session, "Mum smelt of alcohol", 7, 1000);
    expect(await takeSelection(session, 7, 2000)).toEqual({ text: "Mum smelt of alcohol" });
    expect(session.items).toEqual({});
    expect(await takeSelection(session, 7, 2000)).toBeNull();
  });

  it("leaves a selection made in another window for that window's panel", async () => {
    const session = fakeSession();
    await putSelection(session, "Mum smelt of alcohol", 7, 1000);
    expect(await takeSelection(session, 8, 2000)).toBeNull();
    expect(session.items[SELECTION_KEY]).toBeDefined();
    expect(await takeSelection(session, 7, 2000)).toEqual({ text: "Mum smelt of alcohol" });
  });

  it("ignores (and still deletes) a stale or malformed hand-over", async () => {
    const session = fakeSession();
    await putSelection(session, "old", 7, 0);
    expect(await takeSelection(session, 8, SELECTION_MAX_AGE_MS + 1)).toBeNull();
    expect(session.items).toEqual({});
    expect(parsePendingSelection({ text: "x", at: 10, html: "<b>" }, 10)).toBeNull();
    expect(parsePendingSelection({ text: 5, at: 10 }, 10)).toBeNull();
    expect(parsePendingSelection("text", 10)).toBeNull();
    expect(parsePendingSelection({ text: "from the future", at: 100 }, 10)).toBeNull();
    expect(parsePendingSelection({ text: "x", at: 10, windowId: "7" }, 10)).toBeNull();
  });

  it("hands over only the length of text past the cap", async () => {
    const session = fakeSession();
    await putSelection(session, "x".repeat(MAX_TEXT_LENGTH + 1), undefined, 5);
    expect(JSON.stringify(session.items[SELECTION_KEY]).length).toBeLessThan(100);
    expect(await takeSelection(session, 3, 5)).toEqual({ tooLong: MAX_TEXT_LENGTH + 1 });
  });
});

describe("scanTab", () => {
  const scripting = (result: unknown): Scripting => ({ executeScript: async () => [{ result }] });
  const failing = (message: string): Scripting => ({
    executeScript: async () => {
      throw new Error(message);
    },
  });

  it("returns the page text and how many frames it could not read", async () => {
    expect(await scanTab(scripting({ text: "A note", frames: 2 }), 1)).toEqual({
      ok: true,
      text: "A note",
      frames: 2,
    });
  });

  it("never passes on an empty page as read", async () => {
    expect(await scanTab(scripting({ text: "  \n ", frames: 0 }), 1)).toEqual({ ok: false, reason: "empty" });
    expect(await scanTab(scripting(undefined), 1)).toEqual({ ok: false, reason: "failed" });
  });

  it("refuses text past the cap with its length", async () => {
    const reply = await scanTab(scripting({ text: "x".repeat(MAX_TEXT_LENGTH + 1), frames: 0 }), 1);
    expect(reply).toEqual({ ok: false, reason: "too-long", length: MAX_TEXT_LENGTH + 1 });
  });

  it.each([
    ["Cannot access a chrome:// URL", "restricted"],
    ["The extensions gallery cannot be scripted.", "restricted"],
    ["Cannot access a chrome-extension:// URL of different extension", "restricted"],
    ["Frame with ID 0 is showing error page", "restricted"],
    [
      "Cannot access contents of the page. Extension manifest must request permission to access the respective host.",
      "no-access",
    ],
    [
      'Cannot access contents of url "https://chrome://x.example/". Extension manifest must request permission to access this host.',
      "no-access",
    ],
    ["Missing host permission for the tab", "no-access"],
    ["No tab with id: 12.", "no-tab"],
    ["Something else", "failed"],
  ])("classifies %j as %s", async (message, reason) => {
    expect(classifyError(new Error(message))).toBe(reason);
    expect(await scanTab(failing(message), 1)).toEqual({ ok: false, reason });
  });
});
