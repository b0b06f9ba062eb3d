import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { DRAFT_TTL_MS, memoryStore, openStore } from "../../packages/store/src/index.ts";
import { DB, HOUR, rawRecords, sampleDraft, testClock } from "./fake-idb.ts";

describe("draft expiry", () => {
  it("defaults to 24 hours", () => {
    expect(DRAFT_TTL_MS).toBe(24 * HOUR);
  });

  it("keeps a draft up to the TTL, then deletes it on getDraft and returns null", async () => {
    const clock = testClock();
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB, now: clock.now });
    await store.saveDraft(sampleDraft);
    clock.advance(DRAFT_TTL_MS);
    expect(await store.getDraft()).toMatchObject(sampleDraft); // exactly 24 h old: not yet older than the TTL
    clock.advance(1);
    expect(await store.getDraft()).toBeNull();
    store.close();
    expect(await rawRecords(indexedDB, "drafts")).toEqual([]);
  });

  it("measures from the last save", async () => {
    const clock = testClock();
    const store = await openStore({ name: DB, indexedDB: new IDBFactory(), now: clock.now, ttlMs: HOUR });
    await store.saveDraft(sampleDraft);
    clock.advance(50 * 60 * 1000);
    await store.saveDraft({ ...sampleDraft, indicators: [] });
    clock.advance(50 * 60 * 1000);
    expect(await store.getDraft()).toMatchObject({ indicators: [] });
    store.close();
  });

  it("sweeps expired drafts when the store opens, before anything reads them", async () => {
    const clock = testClock();
    const indexedDB = new IDBFactory();
    const first = await openStore({ name: DB, indexedDB, now: clock.now, ttlMs: HOUR });
    await first.saveDraft(sampleDraft);
    first.close();
    expect(await rawRecords(indexedDB, "drafts")).toHaveLength(1);

    clock.advance(HOUR + 1);
    const second = await openStore({ name: DB, indexedDB, now: clock.now, ttlMs: HOUR });
    second.close();
    expect(await rawRecords(indexedDB, "drafts")).toEqual([]);
  });

  it("keeps a fresh draft when the store opens", async () => {
    const clock = testClock();
    const indexedDB = new IDBFactory();
    const first = await openStore({ name: DB, indexedDB, now: clock.now });
    await first.saveDraft(sampleDraft);
    first.close();
    clock.advance(HOUR);
    const second = await openStore({ name: DB, indexedDB, now: clock.now });
    expect(await second.getDraft()).toMatchObject(sampleDraft);
    second.close();
  });

  it("expires drafts in the memory store too", async () => {
    const clock = testClock();
    const store = memoryStore(null, { now: clock.now, ttlMs: HOUR });
    await store.saveDraft(sampleDraft);
    clock.advance(HOUR + 1);
    expect(await store.getDraft()).toBeNull();
  });

  it("does not expire settings or packs", async () => {
    const clock = testClock();
    const store = await openStore({ name: DB, indexedDB: new IDBFactory(), now: clock.now });
    await store.saveSettings({ area: "blackpool" });
    await store.savePack("https://a.example/p.json", "{}");
    clock.advance(30 * DRAFT_TTL_MS);
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
    expect(await store.getPack("https://a.example/p.json")).not.toBeNull();
    store.close();
  });
});
