import { MAX_TEXT_LENGTH } from "@right-help/core";
import { describe, expect, it } from "vitest";
import { isFromOwnPage, MAX_REQUEST_CHARS, parseRequest, parseScanReply } from "../../extension/messages.ts";

const ID = "abcdefghijklmnopabcdefghijklmnop";

describe("parseRequest", () => {
  it("accepts exactly the panel's scan request and the options page's cleared notice", () => {
    expect(parseRequest({ type: "right-help/scan", tabId: 7 })).toEqual({
      type: "right-help/scan",
      tabId: 7,
    });
    expect(parseRequest({ type: "right-help/cleared" })).toEqual({ type: "right-help/cleared" });
  });

  it.each([
    ["not an object", "right-help/scan"],
    ["null", null],
    ["an array", [{ type: "right-help/scan", tabId: 1 }]],
    ["an unknown type", { type: "right-help/eval", tabId: 1 }],
    ["an extra key", { type: "right-help/scan", tabId: 1, code: "alert(1)" }],
    ["a missing tab", { type: "right-help/scan" }],
    ["a tab id that is not a whole number", { type: "right-help/scan", tabId: 1.5 }],
    ["a negative tab id", { type: "right-help/scan", tabId: -1 }],
    ["a tab id as text", { type: "right-help/scan", tabId: "1" }],
    ["a class instance", Object.assign(Object.create({ polluted: true }), { type: "right-help/cleared" })],
  ])("rejects %s", (_, message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it("rejects an oversized message before looking at it", () => {
    const big = { type: "right-help/cleared", padding: "x".repeat(MAX_REQUEST_CHARS) };
    expect(parseRequest(big)).toBeNull();
    expect(parseRequest({ type: "right-help/scan", tabId: 1, extra: "y".repeat(10_000_000) })).toBeNull();
  });
});

describe("isFromOwnPage", () => {
  const panel = `chrome-extension://${ID}/sidepanel.html`;

  it("accepts this extension's own page", () => {
    expect(isFromOwnPage({ id: ID, url: panel }, ID, "/sidepanel.html")).toBe(true);
    expect(
      isFromOwnPage({ id: ID, url: `moz-extension://${ID}/sidepanel.html#x` }, ID, "/sidepanel.html"),
    ).toBe(true);
  });

  it.each([
    ["another extension", { id: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", url: panel }],
    ["no id", { url: panel }],
    ["another of our pages", { id: ID, url: `chrome-extension://${ID}/options.html` }],
    ["a web page", { id: ID, url: "https://example.org/sidepanel.html" }],
    ["no url", { id: ID }],
    ["a malformed url", { id: ID, url: "not a url" }],
  ])("rejects %s", (_, sender) => {
    expect(isFromOwnPage(sender, ID, "/sidepanel.html")).toBe(false);
  });
});

describe("parseScanReply", () => {
  it("accepts a reply with text and a frame count, or a known failure", () => {
    expect(parseScanReply({ ok: true, text: "note", frames: 0 })).toEqual({
      ok: true,
      text: "note",
      frames: 0,
    });
    expect(parseScanReply({ ok: false, reason: "restricted" })).toEqual({ ok: false, reason: "restricted" });
    expect(parseScanReply({ ok: false, reason: "too-long", length: 3_000_000 })).toEqual({
      ok: false,
      reason: "too-long",
      length: 3_000_000,
    });
  });

  it.each([
    ["undefined (no listener answered)", undefined],
    ["text over the cap", { ok: true, text: "x".repeat(MAX_TEXT_LENGTH + 1), frames: 0 }],
    ["html instead of text", { ok: true, html: "<b>x</b>", frames: 0 }],
    ["an unknown reason", { ok: false, reason: "because" }],
    ["an extra key", { ok: false, reason: "failed", stack: "…" }],
  ])("rejects %s", (_, reply) => {
    expect(parseScanReply(reply)).toBeNull();
  });
});
