import { beforeEach, describe, expect, it, vi } from "vitest";

// The browser as the panel's host sees it: one window (7), its active tab, and the page reads.
const fake = vi.hoisted(() => {
  const state = {
    active: 1,
    reads: [] as number[],
    onActivated: [] as ((info: { tabId: number; windowId: number }) => void)[],
    onRemoved: [] as ((tabId: number) => void)[],
  };
  const browser = {
    runtime: { id: "test" },
    tabs: {
      query: async () => [{ id: state.active, windowId: 7 }],
      onActivated: { addListener: (f: (typeof state.onActivated)[number]) => state.onActivated.push(f) },
      onRemoved: { addListener: (f: (typeof state.onRemoved)[number]) => state.onRemoved.push(f) },
    },
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        state.reads.push(target.tabId);
        return [{ result: { text: `the text of tab ${target.tabId}`, frames: 0 } }];
      },
    },
  };
  return { state, browser };
});
vi.mock("wxt/browser", () => ({ browser: fake.browser }));

const { browserHost } = await import("../../extension/panel/host.ts");
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("Scan this page: the read starts at once in the tab the panel knows is in front", () => {
  beforeEach(() => {
    fake.state.active = 1;
    fake.state.reads = [];
    fake.state.onActivated = [];
    fake.state.onRemoved = [];
  });

  it("reads the active tab without waiting for tabs.query first", async () => {
    const host = browserHost();
    await settle(); // the first tabs.query has answered
    const reply = host.scanPage();
    expect(fake.state.reads).toEqual([1]); // asked for before any answer came back
    expect(await reply).toEqual({ ok: true, text: "the text of tab 1", frames: 0 });
  });

  it("follows tab switches in its window, and ignores other windows", async () => {
    const host = browserHost();
    await settle();
    fake.state.active = 2;
    for (const f of fake.state.onActivated) f({ tabId: 2, windowId: 7 });
    for (const f of fake.state.onActivated) f({ tabId: 9, windowId: 8 });
    expect(await host.scanPage()).toMatchObject({ text: "the text of tab 2" });
    expect(fake.state.reads).toEqual([2]);
  });

  it("drops a read of the wrong tab (switched at that very moment) and reads the right one", async () => {
    const host = browserHost();
    await settle();
    fake.state.active = 3; // no onActivated yet: the panel still believes tab 1 is in front
    expect(await host.scanPage()).toEqual({ ok: true, text: "the text of tab 3", frames: 0 });
    expect(fake.state.reads).toEqual([1, 3]);
  });

  it("asks tabs.query alone before the panel knows its window, and after the tab closed", async () => {
    const host = browserHost();
    expect(await host.scanPage()).toMatchObject({ text: "the text of tab 1" });
    expect(fake.state.reads).toEqual([1]);
    for (const f of fake.state.onRemoved) f(1);
    fake.state.reads = [];
    expect(await host.scanPage()).toMatchObject({ text: "the text of tab 1" });
    expect(fake.state.reads).toEqual([1]);
  });
});
