import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { openStore } from "../../packages/store/src/index.ts";
import { DB, openRaw, sampleDraft } from "./fake-idb.ts";

describe("an upgrade blocked by another open panel", () => {
  it("resolves after the timeout to a memory store that says to close the other panel", async () => {
    const indexedDB = new IDBFactory();
    const old = await openRaw(indexedDB, 1).opened; // an older panel that never closes on versionchange
    const started = Date.now();
    const store = await openStore({ name: DB, indexedDB, version: 2, blockedTimeoutMs: 100 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(/another Right Help panel or tab holds an older version .* open/);
    expect(store.notice).toMatch(/Close the other Right Help panels and tabs/);
    await store.saveDraft(sampleDraft);
    expect(await store.getDraft()).toMatchObject(sampleDraft);
    old.close();
  });

  it("waits about 2 seconds by default", async () => {
    const indexedDB = new IDBFactory();
    const old = await openRaw(indexedDB, 1).opened;
    const started = Date.now();
    const store = await openStore({ name: DB, indexedDB, version: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(store.kind).toBe("memory");
    old.close();
  });

  it("uses IndexedDB if the other panel lets go before the timeout", async () => {
    const indexedDB = new IDBFactory();
    const old = await openRaw(indexedDB, 1).opened;
    old.onversionchange = () => setTimeout(() => old.close(), 20);
    const store = await openStore({ name: DB, indexedDB, version: 2, blockedTimeoutMs: 1000 });
    expect(store.kind).toBe("indexeddb");
    expect(store.notice).toBeNull();
    store.close();
  });

  it("lets go of a connection that opens after it gave up, so it never blocks the next upgrade", async () => {
    const indexedDB = new IDBFactory();
    const old = await openRaw(indexedDB, 1).opened;
    const store = await openStore({ name: DB, indexedDB, version: 2, blockedTimeoutMs: 50 });
    expect(store.kind).toBe("memory");
    old.close(); // now the pending upgrade to 2 goes through, and the store must close it at once
    const next = openRaw(indexedDB, 3);
    (await next.opened).close();
    expect(next.wasBlocked()).toBe(false);
  });
});

describe("another window upgrading the database (versionchange)", () => {
  it("closes the connection, switches to memory keeping the data, and says to reopen", async () => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    await store.saveSettings({ area: "blackpool" });
    await store.saveDraft(sampleDraft);
    const seen: (string | null)[] = [];
    store.onNotice((n) => seen.push(n));

    const newer = openRaw(indexedDB, 2);
    (await newer.opened).close();
    expect(newer.wasBlocked()).toBe(false); // we closed in time: the other window was never held up

    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(
      /^Right Help was updated in another window; close this panel and reopen it to keep saving drafts\./,
    );
    expect(seen).toEqual([store.notice]);
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
    expect(await store.getDraft()).toMatchObject(sampleDraft);
    await store.saveDraft({ ...sampleDraft, indicators: [] });
    expect(await store.getDraft()).toMatchObject({ indicators: [] });
  });

  it("says so when another window deletes the database", async () => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    await store.saveDraft(sampleDraft);
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB);
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(/saved data was deleted in another window/);
    expect(await store.getDraft()).toMatchObject(sampleDraft);
  });

  it("a store closed by its owner does not hold up an upgrade nor raise a notice", async () => {
    const indexedDB = new IDBFactory();
    const store = await openStore({ name: DB, indexedDB });
    const seen: (string | null)[] = [];
    store.onNotice((n) => seen.push(n));
    store.close();
    const newer = openRaw(indexedDB, 2);
    (await newer.opened).close();
    expect(newer.wasBlocked()).toBe(false);
    expect(seen).toEqual([]);
  });
});
