import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { memoryStore, openStore, type Store, type StoreOptions } from "../../packages/store/src/index.ts";
import { DB, rawRecords, sampleDraft, testClock } from "./fake-idb.ts";

type Open = (options?: StoreOptions) => Promise<Store>;

describe.each<[string, Open]>([
  ["indexeddb", (options) => openStore({ ...options, name: DB, indexedDB: new IDBFactory() })],
  ["memory", async (options) => memoryStore(null, options)],
])("the %s store", (kind, open) => {
  it("reports its kind and no notice", async () => {
    const store = await open();
    expect(store.kind).toBe(kind);
    expect(store.notice).toBeNull();
    store.close();
  });

  it("round-trips settings", async () => {
    const store = await open();
    expect(await store.getSettings()).toEqual({});
    await store.saveSettings({ area: "blackpool" });
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
    await store.saveSettings({ area: "lancashire", district: "lancaster" });
    expect(await store.getSettings()).toEqual({ area: "lancashire", district: "lancaster" });
    store.close();
  });

  it("round-trips a draft and stamps updatedAt", async () => {
    const clock = testClock();
    const store = await open(clock);
    expect(await store.getDraft()).toBeNull();
    await store.saveDraft(sampleDraft);
    expect(await store.getDraft()).toEqual({ ...sampleDraft, updatedAt: clock.now() });
    store.close();
  });

  it("accepts a draft read back (with updatedAt) as the next save, restamping it", async () => {
    const clock = testClock();
    const store = await open(clock);
    await store.saveDraft({ indicators: [], graded: {} });
    const draft = (await store.getDraft())!;
    clock.advance(1000);
    await store.saveDraft({ ...draft, indicators: ["l2-poor-attendance"] });
    expect(await store.getDraft()).toEqual({
      indicators: ["l2-poor-attendance"],
      graded: {},
      updatedAt: clock.now(),
    });
    store.close();
  });

  it("hands out copies, so a caller's edits change nothing stored", async () => {
    const store = await open();
    await store.saveDraft(sampleDraft);
    const draft = (await store.getDraft())!;
    draft.indicators.push("not-saved");
    draft.graded["x"] = "y";
    expect((await store.getDraft())!.indicators).toEqual(sampleDraft.indicators);
    expect((await store.getDraft())!.graded).toEqual(sampleDraft.graded);
    store.close();
  });

  it("round-trips cached packs by URL", async () => {
    const clock = testClock();
    const store = await open(clock);
    const url = "https://intranet.example/right-help-pack.json";
    expect(await store.getPack(url)).toBeNull();
    await store.savePack(url, '{"id":"pack"}');
    expect(await store.getPack(url)).toEqual({ json: '{"id":"pack"}', fetchedAt: clock.now() });
    expect(await store.getPack("https://other.example/pack.json")).toBeNull();
    store.close();
  });

  it("clearAll removes every draft, setting and pack", async () => {
    const store = await open();
    await store.saveSettings({ area: "blackpool" });
    await store.saveDraft(sampleDraft);
    await store.savePack("https://a.example/p.json", "{}");
    await store.clearAll();
    expect(await store.getSettings()).toEqual({});
    expect(await store.getDraft()).toBeNull();
    expect(await store.getPack("https://a.example/p.json")).toBeNull();
    store.close();
  });

  it("rejects a non-string pack URL or text as a caller error, not a storage failure", async () => {
    const store = await open();
    await expect(store.savePack({} as string, "{}")).rejects.toThrow(TypeError);
    await expect(store.savePack("u", 42 as unknown as string)).rejects.toThrow(TypeError);
    expect(store.kind).toBe(kind);
    store.close();
  });
});

describe("the IndexedDB store across sessions", () => {
  it("keeps settings, the draft and packs for the next panel", async () => {
    const indexedDB = new IDBFactory();
    const first = await openStore({ name: DB, indexedDB });
    await first.saveSettings({ area: "lancashire", district: "burnley" });
    await first.saveDraft(sampleDraft);
    await first.savePack("https://a.example/p.json", "{}");
    first.close();

    const second = await openStore({ name: DB, indexedDB });
    expect(second.kind).toBe("indexeddb");
    expect(await second.getSettings()).toEqual({ area: "lancashire", district: "burnley" });
    expect(await second.getDraft()).toMatchObject(sampleDraft);
    expect(await second.getPack("https://a.example/p.json")).toMatchObject({ json: "{}" });
    second.close();
  });

  it("creates the three object stores", async () => {
    const indexedDB = new IDBFactory();
    (await openStore({ name: DB, indexedDB })).close();
    const request = indexedDB.open(DB);
    const db = await new Promise<IDBDatabase>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    expect([...db.objectStoreNames].sort()).toEqual(["drafts", "packs", "settings"]);
    db.close();
  });

  it("clearAll empties all three object stores on disk", async () => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    await store.saveSettings({ area: "blackpool" });
    await store.saveDraft(sampleDraft);
    await store.savePack("https://a.example/p.json", "{}");
    await store.clearAll();
    store.close();
    for (const name of ["settings", "drafts", "packs"]) expect(await rawRecords(indexedDB, name)).toEqual([]);
  });

  it("ignores stored settings that are not ids (written by another version, or tampered with)", async () => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    store.close();
    const request = indexedDB.open(DB, 1);
    const db = await new Promise<IDBDatabase>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    const tx = db.transaction("settings", "readwrite");
    tx.objectStore("settings").put({ area: "blackpool", district: "Jane Smith, 4 Acacia Road" }, "current");
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    const again = await openStore({ name: DB, indexedDB });
    expect(await again.getSettings()).toEqual({ area: "blackpool" });
    again.close();
  });
});
