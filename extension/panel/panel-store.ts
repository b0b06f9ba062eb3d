/**
 * The parts of @right-help/store the panel uses. The panel takes any object of this shape, so
 * tests can hand it a fake, and it works (in memory) before the store has opened.
 */
export interface PanelDraft {
  indicators: string[];
  graded: Record<string, string>;
  area?: string;
  district?: string;
  ageBand?: string;
  ehaInPlace?: boolean;
  immediateDanger?: boolean;
}

export interface PanelStore {
  readonly kind: "indexeddb" | "memory";
  readonly notice: string | null;
  getSettings(): Promise<{ area?: string; district?: string }>;
  saveSettings(s: { area?: string; district?: string }): Promise<void>;
  getDraft(): Promise<(PanelDraft & { updatedAt: number }) | null>;
  saveDraft(d: PanelDraft): Promise<void>;
  clearAll(): Promise<void>;
  onNotice(listener: (notice: string | null) => void): () => void;
  /** Another panel saved a draft or cleared everything (absent: nothing is shared). */
  onChange?(listener: (change: { kind: "draft" | "cleared"; at: number }) => void): () => void;
}
