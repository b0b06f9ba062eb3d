// Issue 10, item 11: two panels (two windows) share one database. Each tells the other what it
// saved, so neither overwrites the other's draft silently.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store, type StoreChange } from "../../packages/store/src/index.ts";
import { DB, sampleDraft } from "./fake-idb.ts";

const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function twoPanels() {
  const indexedDB = new IDBFactory();
  const a = await openStore({ name: DB, indexedDB });
  const b = await openStore({ name: DB, indexedDB });
  open.push(a, b);
  const heardByB: StoreChange[] = [];
  b.onChange((c) => heardByB.push(c));
  return { a, b, heardByB };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe("two panels on one database", () => {
  it("a draft saved in one panel is announced to the other, which reads the same draft", async () => {
    const { a, b, heardByB } = await twoPanels();
    await a.saveDraft(sampleDraft);
    await until(() => heardByB.length > 0);
    expect(heardByB).toEqual([{ kind: "draft", at: expect.any(Number) }]);
    expect((await b.getDraft())!.indicators).toEqual(sampleDraft.indicators);
  });

  it("clearing everything in one panel is announced, so the other does not save the draft again", async () => {
    const { a, heardByB } = await twoPanels();
    await a.saveDraft(sampleDraft);
    await a.clearAll();
    await until(() => heardByB.some((c) => c.kind === "cleared"));
    expect(heardByB.map((c) => c.kind)).toEqual(["draft", "cleared"]);
  });

  it("a panel never hears its own saves, and ignores malformed messages", async () => {
    const { a, b, heardByB } = await twoPanels();
    const heardByA: StoreChange[] = [];
    a.onChange((c) => heardByA.push(c));
    const forged = new BroadcastChannel(`${DB}:changes`);
    forged.postMessage({ kind: "draft", at: "soon" });
    forged.postMessage("cleared");
    forged.close();
    await b.saveDraft(sampleDraft);
    await until(() => heardByA.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(heardByA.map((c) => c.kind)).toEqual(["draft"]);
    expect(heardByB).toEqual([]);
  });
});
