// Test helpers for the store: fake-indexeddb factories, a connection spy and a clock.
import * as fake from "fake-indexeddb";

// idb recognises IndexedDB objects with `instanceof IDBRequest` and friends, so the fake classes
// must be globals. indexedDB itself is deliberately not installed: each test passes its own
// factory, and the "no IndexedDB" tests rely on there being none.
for (const name of [
  "IDBCursor",
  "IDBCursorWithValue",
  "IDBDatabase",
  "IDBIndex",
  "IDBKeyRange",
  "IDBObjectStore",
  "IDBOpenDBRequest",
  "IDBRequest",
  "IDBTransaction",
  "IDBVersionChangeEvent",
] as const) {
  Object.defineProperty(globalThis, name, { value: fake[name], configurable: true, writable: true });
}

export const DB = "right-help-test";

/** A factory that also hands the test every connection the store opens, to break them on purpose. */
export function spiedFactory(factory: IDBFactory = new fake.IDBFactory()) {
  const connections: IDBDatabase[] = [];
  const spy = {
    open(name: string, version?: number) {
      const request = factory.open(name, version);
      request.addEventListener("success", () => connections.push(request.result));
      return request;
    },
  } as IDBFactory;
  return { factory: spy, connections };
}

/** Opens a connection without the store, reporting whether the open was blocked on the way. */
export function openRaw(factory: IDBFactory, version: number, name = DB) {
  let blocked = false;
  const opened = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(name, version);
    request.onblocked = () => (blocked = true);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return { opened, wasBlocked: () => blocked };
}

/** Everything in one object store of the test database, read without the store. */
export async function rawRecords(factory: IDBFactory, storeName: string): Promise<unknown[]> {
  const db = await openRaw(factory, 1).opened;
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export function testClock(start = Date.UTC(2026, 2, 2, 9, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

export const HOUR = 60 * 60 * 1000;

export const sampleDraft = {
  indicators: ["l3-missing-education", "rf-trusted-adult"],
  graded: { "missing-episodes": "three-or-more" },
  area: "lancashire",
  district: "preston",
  ageBand: "7",
  ehaInPlace: true,
  immediateDanger: false,
};
