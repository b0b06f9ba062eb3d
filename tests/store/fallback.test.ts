import { IDBFactory, IDBObjectStore, forceCloseDatabase } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openStore, type Store } from "../../packages/store/src/index.ts";
import { DB, openRaw, sampleDraft, spiedFactory } from "./fake-idb.ts";

const MEMORY_ONLY =
  /^Drafts and settings are kept only until this panel closes: the browser's storage is not available \(.+\)\.$/;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("when IndexedDB is unavailable, openStore falls back to memory", () => {
  it("when there is no global indexedDB", async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const store = await openStore();
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(MEMORY_ONLY);
    expect(store.notice).toContain("no IndexedDB");
  });

  it("when indexedDB is passed as undefined", async () => {
    const store = await openStore({ indexedDB: undefined });
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(MEMORY_ONLY);
  });

  it("when reading the global indexedDB throws (sandboxed frame)", async () => {
    Object.defineProperty(globalThis, "indexedDB", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied", "SecurityError");
      },
    });
    try {
      const store = await openStore();
      expect(store.kind).toBe("memory");
      expect(store.notice).toMatch(MEMORY_ONLY);
      expect(store.notice).toContain("SecurityError");
    } finally {
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });

  it("when open() throws (private mode)", async () => {
    const throwing = {
      open() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    } as unknown as IDBFactory;
    const store = await openStore({ indexedDB: throwing });
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(MEMORY_ONLY);
    expect(store.notice).toContain("private windows do: SecurityError");
  });

  it("when the open request fails (the database is a newer version)", async () => {
    const indexedDB = new IDBFactory();
    (await openRaw(indexedDB, 5).opened).close();
    const store = await openStore({ name: DB, indexedDB, version: 1 });
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(MEMORY_ONLY);
    expect(store.notice).toContain("VersionError");
  });

  it("and the memory store still does everything", async () => {
    const store = await openStore({ indexedDB: undefined });
    await store.saveSettings({ area: "blackpool" });
    await store.saveDraft(sampleDraft);
    await store.savePack("https://a.example/p.json", "{}");
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
    expect(await store.getDraft()).toMatchObject(sampleDraft);
    expect(await store.getPack("https://a.example/p.json")).toMatchObject({ json: "{}" });
    await store.clearAll();
    expect(await store.getDraft()).toBeNull();
  });
});

const originalPut = IDBObjectStore.prototype.put;

/** Ways an operation can fail once the store is open; each breaks the next write. */
const failures: [string, (connection: IDBDatabase) => void, RegExp][] = [
  [
    "QuotaExceededError",
    () => {
      vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      });
    },
    /storage stopped working \(it is full: QuotaExceededError\)/,
  ],
  [
    "AbortError (the transaction is aborted after the request)",
    () => {
      vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore["put"]>
      ) {
        const request = originalPut.apply(this, args);
        this.transaction.abort();
        return request;
      });
    },
    /storage stopped working \(a save was cancelled: AbortError\)/,
  ],
  [
    "InvalidStateError (the connection was closed)",
    (connection) => connection.close(),
    /storage stopped working \(the connection to it was closed: InvalidStateError\)/,
  ],
];

describe.each(failures)("an operation failing mid-session with %s", (_, breakIt, notice) => {
  async function brokenStore(): Promise<{ store: Store; seen: (string | null)[] }> {
    const { factory, connections } = spiedFactory();
    // Saved in an earlier session and never read in this one: it must survive the switch too.
    const earlier = await openStore({ name: DB, indexedDB: factory });
    await earlier.saveSettings({ area: "lancashire", district: "pendle" });
    await earlier.saveDraft(sampleDraft);
    earlier.close();

    const store = await openStore({ name: DB, indexedDB: factory });
    expect(store.kind).toBe("indexeddb");
    const seen: (string | null)[] = [];
    store.onNotice((n) => seen.push(n));
    breakIt(connections[1]!);
    return { store, seen };
  }

  it("switches to memory, keeps the data, fires the notice and still succeeds", async () => {
    const { store, seen } = await brokenStore();
    await expect(store.savePack("https://a.example/p.json", '{"v":1}')).resolves.toBeUndefined();

    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(notice);
    expect(store.notice).toMatch(/^Drafts and settings are kept only until this panel closes/);
    expect(seen).toEqual([store.notice]);
    expect(await store.getPack("https://a.example/p.json")).toMatchObject({ json: '{"v":1}' });
    expect(await store.getSettings()).toEqual({ area: "lancashire", district: "pendle" });
    expect(await store.getDraft()).toMatchObject(sampleDraft);
  });

  it("keeps the draft being saved when the save itself fails", async () => {
    const { store, seen } = await brokenStore();
    await store.saveDraft({ ...sampleDraft, indicators: ["l4-sexual-exploitation"] });
    expect(store.kind).toBe("memory");
    expect(seen).toHaveLength(1);
    expect(await store.getDraft()).toMatchObject({ indicators: ["l4-sexual-exploitation"] });
    await store.saveSettings({ area: "blackpool" });
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
  });
});

describe("other failures after open", () => {
  it("a read failing (connection closed) falls back to what memory holds", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    await store.saveDraft(sampleDraft);
    connections[0]!.close();
    expect(await store.getDraft()).toMatchObject(sampleDraft);
    expect(store.kind).toBe("memory");
  });

  it("the browser closing the connection (data cleared) switches to memory with a notice", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    await store.saveSettings({ area: "blackpool" });
    const seen: (string | null)[] = [];
    store.onNotice((n) => seen.push(n));
    forceCloseDatabase(connections[0] as unknown as typeof IDBDatabase);
    expect(store.kind).toBe("memory");
    expect(seen).toEqual([expect.stringContaining("the browser closed its storage")]);
    expect(await store.getSettings()).toEqual({ area: "blackpool" });
  });

  it("clearAll failing still clears memory and says the stored data may remain", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    await store.saveDraft(sampleDraft);
    connections[0]!.close();
    await store.clearAll();
    expect(await store.getDraft()).toBeNull();
    expect(store.notice).toMatch(/could not clear the browser's storage .*clear this extension's data/);
  });

  it("only the first failure notifies; later ones stay quiet", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    const seen: (string | null)[] = [];
    store.onNotice((n) => seen.push(n));
    connections[0]!.close();
    await Promise.all([
      store.saveDraft(sampleDraft),
      store.saveSettings({ area: "blackpool" }),
      store.getPack("u"),
    ]);
    expect(seen).toHaveLength(1);
  });

  it("a throwing listener does not stop the others or fail the operation", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const seen: (string | null)[] = [];
    store.onNotice(() => {
      throw new Error("listener bug");
    });
    store.onNotice((n) => seen.push(n));
    connections[0]!.close();
    await expect(store.saveDraft(sampleDraft)).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(error).toHaveBeenCalledOnce();
  });

  it("an unsubscribed listener is not called", async () => {
    const { factory, connections } = spiedFactory();
    const store = await openStore({ name: DB, indexedDB: factory });
    const listener = vi.fn();
    const unsubscribe = store.onNotice(listener);
    unsubscribe();
    connections[0]!.close();
    await store.saveDraft(sampleDraft);
    expect(listener).not.toHaveBeenCalled();
  });
});
