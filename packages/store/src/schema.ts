import type { DBSchema } from "idb";
import type { PackRecord } from "./types.ts";

export const DB_NAME = "right-help";
export const DB_VERSION = 1;

/** One record each for settings and the draft: there is one practitioner per browser profile. */
export const CURRENT = "current";

// Settings and drafts are typed unknown: what comes back is checked again before use, because it
// may have been written by another version of Right Help.
export interface RightHelpDB extends DBSchema {
  settings: { key: string; value: unknown };
  drafts: { key: string; value: unknown };
  packs: { key: string; value: PackRecord };
}

export const STORE_NAMES = ["settings", "drafts", "packs"] as const;

/** Creates whatever store is missing, so any older (or foreign) version upgrades to the full set. */
export function upgrade(db: IDBDatabase): void {
  for (const name of STORE_NAMES) {
    if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  }
}
