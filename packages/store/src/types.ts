/** What a draft may hold: ids, answers, area, age band and flags. Never free text, never names. */
export interface Draft {
  indicators: string[]; // indicator ids (slugs)
  graded: Record<string, string>; // graded factor id -> option id (slugs)
  area?: string; // slugs
  district?: string;
  ageBand?: string; // "unborn" | "<n>m" (months) | "<n>" (years)
  ehaInPlace?: boolean;
  immediateDanger?: boolean;
  updatedAt: number; // ms since epoch, set by the store
}

export interface Settings {
  area?: string;
  district?: string;
}

export interface PackRecord {
  json: string;
  fetchedAt: number;
}

export type StoreKind = "indexeddb" | "memory";

/** What another panel (another window) just saved to the same storage. */
export interface StoreChange {
  kind: "draft" | "cleared";
  /** When the other panel saved it (ms since epoch). */
  at: number;
}

export interface Store {
  readonly kind: StoreKind;
  /** Why the store is in memory or degraded, for a visible notice; null when all is well. */
  readonly notice: string | null;
  getSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  /** The current draft, or null; a draft older than the TTL is deleted and null returned. */
  getDraft(): Promise<Draft | null>;
  saveDraft(d: Omit<Draft, "updatedAt">): Promise<void>;
  /** Cached content packs by URL (for the widget's pack-src): JSON text and when fetched. */
  getPack(url: string): Promise<PackRecord | null>;
  savePack(url: string, json: string): Promise<void>;
  /** One click: every draft, setting and cached pack gone. */
  clearAll(): Promise<void>;
  /** Called whenever `notice` changes (IndexedDB failed mid-session, another tab upgraded the database …). */
  onNotice(listener: (notice: string | null) => void): () => void;
  /**
   * Called when another panel saves a draft or clears everything in the same storage, so that
   * two panels (two windows) keep in step instead of overwriting each other silently.
   */
  onChange(listener: (change: StoreChange) => void): () => void;
  close(): void;
}

export interface StoreOptions {
  /** How long a draft lives after its last save; default DRAFT_TTL_MS. */
  ttlMs?: number;
  /** The clock, injectable for tests; default Date.now. */
  now?: () => number;
}

/** Drafts describe a child's situation: they should not outlive the working day they belong to. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;
