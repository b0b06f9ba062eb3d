import type { Draft, PackRecord, Settings } from "./types.ts";

/**
 * What the store holds in memory. While IndexedDB works this mirrors the last known values, so
 * that a failure mid-session switches to memory without losing the practitioner's draft.
 */
export class MemoryData {
  settings: Settings = {};
  draft: Draft | null = null;
  // Packs are mirrored only once read or saved: loading every cached pack on open would slow the panel.
  readonly packs = new Map<string, PackRecord>();

  clear(): void {
    this.settings = {};
    this.draft = null;
    this.packs.clear();
  }
}
