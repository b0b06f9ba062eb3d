import { IdbData } from "./idb-data.ts";
import * as notices from "./notices.ts";
import { openDatabase } from "./open-db.ts";
import { DB_NAME, DB_VERSION } from "./schema.ts";
import { ResilientStore } from "./store.ts";
import type { Store, StoreOptions } from "./types.ts";

export interface OpenStoreOptions extends StoreOptions {
  name?: string;
  version?: number;
  /**
   * Injectable for tests; default globalThis.indexedDB. Passing `indexedDB: undefined`
   * explicitly means "there is none" (it does not fall back to the global).
   */
  indexedDB?: IDBFactory;
  /** How long an upgrade may wait on another open panel before we give up and use memory. */
  blockedTimeoutMs?: number;
  /** How long to wait for the browser to answer at all (open, then the first read). */
  openTimeoutMs?: number;
}

/** A few seconds: long enough for a slow disk, short enough that nobody gives up on the panel. */
const OPEN_TIMEOUT_MS = 5000;

/** A store that keeps everything in memory, with the notice to show (null for none). */
export function memoryStore(notice: string | null, options: StoreOptions = {}): Store {
  return new ResilientStore(null, notice, options);
}

// In sandboxed frames merely reading globalThis.indexedDB throws a SecurityError.
function globalFactory(): { factory?: IDBFactory; error?: unknown } {
  try {
    return { factory: globalThis.indexedDB };
  } catch (error) {
    return { error };
  }
}

/** Opens the IndexedDB store; never rejects, resolving to a memory store with a notice instead. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { factory, error } = "indexedDB" in options ? { factory: options.indexedDB } : globalFactory();
  const storeOptions = { ttlMs: options.ttlMs, now: options.now };
  if (!factory) {
    const reason = error === undefined ? "this browser has no IndexedDB" : notices.describeError(error);
    return memoryStore(notices.unavailable(reason), storeOptions);
  }
  const opened = await openDatabase(
    factory,
    options.name ?? DB_NAME,
    options.version ?? DB_VERSION,
    options.blockedTimeoutMs ?? 2000,
    options.openTimeoutMs ?? OPEN_TIMEOUT_MS,
  );
  if ("blocked" in opened) return memoryStore(notices.blocked, storeOptions);
  if ("timedOut" in opened) return memoryStore(notices.timedOut, storeOptions);
  if ("error" in opened)
    return memoryStore(notices.unavailable(notices.describeError(opened.error)), storeOptions);
  const store = new ResilientStore(new IdbData(opened.db), null, {
    ...storeOptions,
    channelName: `${options.name ?? DB_NAME}:changes`,
  });
  await store.load(options.openTimeoutMs ?? OPEN_TIMEOUT_MS);
  return store;
}
