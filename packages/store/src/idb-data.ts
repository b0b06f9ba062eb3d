import type { IDBPDatabase, IDBPObjectStore, StoreNames } from "idb";
import { isExpired, readStoredDraft } from "./draft.ts";
import { CURRENT, STORE_NAMES, type RightHelpDB } from "./schema.ts";
import { readStoredSettings } from "./settings.ts";
import { isPlainObject } from "./slug.ts";
import type { Draft, PackRecord, Settings } from "./types.ts";

type DraftStore = IDBPObjectStore<RightHelpDB, ArrayLike<StoreNames<RightHelpDB>>, "drafts", "readwrite">;

// Every operation is one transaction: its requests are made at once and awaited together with
// tx.done, so nothing else is awaited while the transaction is open (it would auto-commit) and
// a failed commit is never mistaken for success.

/** Deletes drafts that expired or are not drafts; returns the current draft if it survives. */
async function sweepDrafts(store: DraftStore, cutoff: number): Promise<Draft | null> {
  let current: Draft | null = null;
  let cursor = await store.openCursor();
  while (cursor) {
    const draft = readStoredDraft(cursor.value);
    if (!draft || isExpired(draft, cutoff)) await cursor.delete();
    else if (cursor.key === CURRENT) current = draft;
    cursor = await cursor.continue();
  }
  return current;
}

function readPack(value: unknown): PackRecord | null {
  if (!isPlainObject(value) || typeof value.json !== "string" || typeof value.fetchedAt !== "number")
    return null;
  return { json: value.json, fetchedAt: value.fetchedAt };
}

export class IdbData {
  constructor(readonly db: IDBPDatabase<RightHelpDB>) {}

  /** On open: sweep expired drafts and read what memory should hold if storage fails later. */
  async load(cutoff: number): Promise<{ settings: Settings; draft: Draft | null }> {
    const tx = this.db.transaction(["settings", "drafts"], "readwrite");
    const [settings, draft] = await Promise.all([
      tx.objectStore("settings").get(CURRENT),
      sweepDrafts(tx.objectStore("drafts"), cutoff),
      tx.done,
    ]);
    return { settings: readStoredSettings(settings), draft };
  }

  async getSettings(): Promise<Settings> {
    const tx = this.db.transaction("settings");
    const [value] = await Promise.all([tx.store.get(CURRENT), tx.done]);
    return readStoredSettings(value);
  }

  async putSettings(settings: Settings): Promise<void> {
    const tx = this.db.transaction("settings", "readwrite");
    await Promise.all([tx.store.put(settings, CURRENT), tx.done]);
  }

  /** The current draft; an expired (or unreadable) one is swept in a second transaction. */
  async getDraft(cutoff: number): Promise<Draft | null> {
    const tx = this.db.transaction("drafts");
    const [value] = await Promise.all([tx.store.get(CURRENT), tx.done]);
    if (value === undefined) return null;
    const draft = readStoredDraft(value);
    if (draft && !isExpired(draft, cutoff)) return draft;
    await this.sweep(cutoff);
    return null;
  }

  async sweep(cutoff: number): Promise<void> {
    const tx = this.db.transaction("drafts", "readwrite");
    await Promise.all([sweepDrafts(tx.store, cutoff), tx.done]);
  }

  async putDraft(draft: Draft): Promise<void> {
    const tx = this.db.transaction("drafts", "readwrite");
    await Promise.all([tx.store.put(draft, CURRENT), tx.done]);
  }

  async getPack(url: string): Promise<PackRecord | null> {
    const tx = this.db.transaction("packs");
    const [value] = await Promise.all([tx.store.get(url), tx.done]);
    return readPack(value);
  }

  async putPack(url: string, pack: PackRecord): Promise<void> {
    const tx = this.db.transaction("packs", "readwrite");
    await Promise.all([tx.store.put(pack, url), tx.done]);
  }

  /** All three stores in one transaction: either everything is cleared or nothing is. */
  async clear(): Promise<void> {
    const tx = this.db.transaction(STORE_NAMES, "readwrite");
    await Promise.all([...STORE_NAMES.map((name) => tx.objectStore(name).clear()), tx.done]);
  }
}
