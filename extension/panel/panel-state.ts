import type { DangerNow, Suggestion } from "@right-help/core";
import type { CheckerState } from "@right-help/ui";
import type { Section } from "./SectionNav.tsx";

/** Text being looked at: in memory only, gone when the panel closes or "Clear all" is pressed. */
export interface Checked {
  source: "selection" | "page" | "paste";
  text: string;
  suggestions: Suggestion[];
  dangerNow: DangerNow;
  /** The area and age the text was read for (see App's placeKey). */
  place: string;
}

/**
 * A message in a live region. `seq` changes with every message, so the same words said twice
 * (the same text checked again) are put in as new nodes and announced again.
 */
export interface Status {
  kind: "info" | "error" | "busy";
  text: string;
  extra?: string;
  seq: number;
}

/** What "Clear all" took away, kept in memory until Undo or the next change. */
export interface Cleared {
  checker: CheckerState;
  checked: Checked | null;
  status: Status | null;
  offerPaste: boolean;
  paste: string;
  section: Section;
  allContacts: boolean;
  /** The remembered area and district (the store forgets them too). */
  settings: { area?: string; district?: string };
}

/** Where focus goes after the next render: the element that had it may be gone. */
export type FocusTarget = "section" | "paste" | "results" | "clear" | "back";

/** The side panel's own state (the practitioner's choices live in the shared checker reducer). */
export interface PanelState {
  section: Section;
  checked: Checked | null;
  paste: string;
  status: Status | null;
  offerPaste: boolean;
  allContacts: boolean;
  /** The Level 4 alert: closed, open as a modal dialog, or shown in place (a restored draft). */
  interrupt: "closed" | "modal" | "in-place";
  /** The footer's live message about drafts (cleared, restored). */
  draftNote: Status | null;
  undo: Cleared | null;
  focus: FocusTarget | null;
  seq: number;
}

export const INITIAL_PANEL: PanelState = {
  section: "check",
  checked: null,
  paste: "",
  status: null,
  offerPaste: false,
  allContacts: false,
  interrupt: "closed",
  draftNote: null,
  undo: null,
  focus: null,
  seq: 0,
};

export type PanelAction =
  | { type: "section"; section: Section; focus?: boolean }
  | { type: "paste-input"; value: string }
  | { type: "reading" }
  | { type: "checked"; checked: Checked; text: string; extra?: string }
  | { type: "check-failed"; text: string; focusPaste: boolean; offerPaste: boolean }
  | { type: "show-all-contacts" }
  | { type: "level-4"; how: "modal" | "in-place" }
  | { type: "level-below-4" }
  | { type: "close-interrupt"; showPrompt: boolean }
  | { type: "cleared"; undo: Cleared | null; text: string }
  | { type: "undone"; text: string }
  | { type: "forget-undo" }
  | { type: "focused" };

export function panelReducer(s: PanelState, a: PanelAction): PanelState {
  const seq = s.seq + 1;
  switch (a.type) {
    case "section":
      return { ...s, section: a.section, focus: a.focus ? "section" : s.focus };
    case "paste-input":
      return { ...s, paste: a.value };
    case "reading":
      return { ...s, seq, status: { kind: "busy", text: "Reading this page…", seq } };
    case "checked":
      return {
        ...s,
        seq,
        section: "check",
        checked: a.checked,
        offerPaste: false,
        status: { kind: "info", text: a.text, extra: a.extra, seq },
        focus: "results",
        undo: null,
        draftNote: null,
      };
    case "check-failed":
      // Whatever was shown before is not this text's result: never leave it looking like one.
      return {
        ...s,
        seq,
        section: "check",
        checked: null,
        status: { kind: "error", text: a.text, seq },
        offerPaste: s.offerPaste || a.offerPaste,
        focus: a.focusPaste ? "paste" : s.focus,
      };
    case "show-all-contacts":
      return { ...s, allContacts: true };
    case "level-4":
      return { ...s, interrupt: a.how };
    case "level-below-4":
      return { ...s, interrupt: "closed" };
    case "close-interrupt":
      return {
        ...s,
        interrupt: "closed",
        section: a.showPrompt ? "level" : s.section,
        focus: a.showPrompt ? "section" : "back",
      };
    case "cleared":
      return {
        ...INITIAL_PANEL,
        section: s.section,
        seq,
        draftNote: { kind: "info", text: a.text, seq },
        undo: a.undo,
      };
    case "undone": {
      const u = s.undo;
      if (!u) return s;
      return {
        ...s,
        seq,
        checked: u.checked,
        status: u.status,
        offerPaste: u.offerPaste,
        paste: u.paste,
        section: u.section,
        allContacts: u.allContacts,
        draftNote: { kind: "info", text: a.text, seq },
        undo: null,
        focus: "clear",
      };
    }
    case "forget-undo":
      return s.undo ? { ...s, undo: null } : s;
    case "focused":
      return { ...s, focus: null };
  }
}
