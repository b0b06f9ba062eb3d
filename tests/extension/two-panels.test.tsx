// @vitest-environment happy-dom
// Issue 10, item 11: two side panels (two windows) on one real (fake-indexeddb) database keep
// their drafts in step and say so, instead of overwriting each other silently.
import { IDBFactory } from "fake-indexeddb";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../extension/panel/App.tsx";
import type { PanelHost } from "../../extension/panel/host.ts";
import { openStore, type Store } from "../../packages/store/src/index.ts";
import { DB } from "../store/fake-idb.ts";
import { pack } from "../ui/render.tsx";

const host: PanelHost = {
  scanPage: vi.fn(async () => ({ ok: false, reason: "restricted" }) as const),
  onSelection: () => () => {},
  onCleared: () => () => {},
  clearSession: vi.fn(async () => {}),
  shortcut: async () => undefined,
};

const stores: Store[] = [];
afterEach(() => {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
  for (const s of stores.splice(0)) s.close();
});

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

async function panel(indexedDB: IDBFactory) {
  const store = await openStore({ name: DB, indexedDB });
  stores.push(store);
  const root = document.createElement("div");
  document.body.append(root);
  await act(async () => render(<App pack={pack} store={store} host={host} />, root));
  await wait(20);
  return root;
}

/** Waits (up to 5 s: the save waits 250 ms, then the other panel reads it) for `check`. */
async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await wait(50);
}

const text = (root: HTMLElement, rh: string) => root.querySelector(`[data-rh="${rh}"]`)?.textContent ?? "";

async function tickInBrowser(root: HTMLElement, id: string) {
  // The indicator browser is built when its disclosure is first opened.
  const browse = [...root.querySelectorAll("details")].find((d) =>
    /indicators/i.test(d.querySelector("summary")?.textContent ?? ""),
  );
  if (browse && !browse.open)
    act(() => {
      browse.open = true;
      browse.dispatchEvent(new Event("toggle"));
    });
  const box = root.querySelector<HTMLInputElement>(`[data-indicator="${id}"] input`);
  if (!box) throw new Error(`no checkbox for ${id}`);
  act(() => box.click());
}

describe("two side panels", () => {
  it("a draft changed in one panel shows in the other, with a visible note", async () => {
    const indexedDB = new IDBFactory();
    const a = await panel(indexedDB);
    const b = await panel(indexedDB);
    const id = pack.indicators.find((i) => i.level === 3 && i.kind === "need")!.id;
    await tickInBrowser(a, id);
    await until(() => /Level 2/.test(text(b, "level-summary")));
    expect(text(b, "level-summary")).toMatch(/Prompted level: Level 2/);
    expect(text(b, "draft-status")).toMatch(/Updated from another Right Help panel at \d\d:\d\d\./);
    // Both panels and the database agree.
    const stored = await stores[1]!.getDraft();
    expect(stored!.indicators).toEqual([id]);
  });

  it("an indicator untoggled in one panel is untoggled in the other (replaced, not merged)", async () => {
    const indexedDB = new IDBFactory();
    const a = await panel(indexedDB);
    const b = await panel(indexedDB);
    const id = pack.indicators.find((i) => i.level === 2 && i.kind === "need")!.id;
    await tickInBrowser(a, id);
    await until(() => /Level 2/.test(text(b, "level-summary")));
    expect(text(b, "level-summary")).toMatch(/Prompted level: Level 2/);
    await tickInBrowser(a, id);
    await until(() => /No level prompted/.test(text(b, "level-summary")));
    expect(text(b, "level-summary")).toMatch(/No level prompted/);
  });

  it("clearing everything in one panel clears the other, which does not save the draft again", async () => {
    const indexedDB = new IDBFactory();
    const a = await panel(indexedDB);
    const b = await panel(indexedDB);
    const id = pack.indicators.find((i) => i.level === 2 && i.kind === "need")!.id;
    await tickInBrowser(a, id);
    await until(() => /Level 2/.test(text(b, "level-summary")));
    expect(text(b, "level-summary")).toMatch(/Prompted level: Level 2/);
    act(() => a.querySelector<HTMLButtonElement>('[data-rh="clear-all"]')!.click());
    await until(() => /No level prompted/.test(text(b, "level-summary")));
    expect(text(b, "level-summary")).toMatch(/No level prompted/);
    expect(text(b, "draft-status")).toMatch(/Another Right Help panel cleared everything/);
    expect(await stores[0]!.getDraft()).toBeNull();
  });
});
