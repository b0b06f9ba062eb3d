/**
 * Hands the text of a context-menu selection from the background to the side panel.
 *
 * Why storage.session and not a message: the panel may not have loaded yet when the menu is
 * clicked (a message would be lost), and the background's service worker may be stopped at any
 * time (nothing may wait in its memory). storage.session is held in memory by the browser, never
 * written to disk, and readable only by the extension's own pages. The panel removes the text as
 * it reads it, and ignores text older than two minutes, so it is never kept.
 */
// From the matcher module itself: the core index would pull zod and the whole pack schema into the
// service worker.
import { MAX_TEXT_LENGTH } from "../packages/core/src/match/match.ts";

export const SELECTION_KEY = "right-help/pending-selection";
export const SELECTION_MAX_AGE_MS = 2 * 60_000;

export type PendingSelection = { text: string } | { tooLong: number };

/** The parts of storage.session used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Called by the context-menu handler; `windowId` is the window the selection was made in. */
export async function putSelection(
  area: SessionArea,
  text: string,
  windowId: number | undefined,
  now = Date.now(),
): Promise<void> {
  // Text over the cap is not handed over at all: only its length, for the panel to explain.
  const value: Record<string, unknown> =
    text.length > MAX_TEXT_LENGTH ? { tooLong: text.length, at: now } : { text, at: now };
  if (windowId !== undefined) value.windowId = windowId;
  await area.set({ [SELECTION_KEY]: value });
}

/**
 * The waiting selection, removed as it is read; null when none, stale or malformed. A fresh
 * selection made in another window is left for that window's panel.
 */
export async function takeSelection(
  area: SessionArea,
  windowId: number | undefined,
  now = Date.now(),
): Promise<PendingSelection | null> {
  const value = (await area.get(SELECTION_KEY))[SELECTION_KEY];
  if (value === undefined) return null;
  const parsed = parsePendingSelection(value, now);
  if (parsed && windowId !== undefined && parsed.windowId !== undefined && parsed.windowId !== windowId)
    return null;
  await area.remove(SELECTION_KEY);
  if (!parsed) return null;
  return "text" in parsed ? { text: parsed.text } : { tooLong: parsed.tooLong };
}

const KEY_SETS = ["at,text", "at,text,windowId", "at,tooLong", "at,tooLong,windowId"];

export function parsePendingSelection(
  value: unknown,
  now: number,
): (PendingSelection & { windowId?: number }) | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!KEY_SETS.includes(Object.keys(v).sort().join(","))) return null;
  if (typeof v.at !== "number" || !(now - v.at >= 0 && now - v.at <= SELECTION_MAX_AGE_MS)) return null;
  if (v.windowId !== undefined && !(typeof v.windowId === "number" && Number.isSafeInteger(v.windowId)))
    return null;
  const windowId = v.windowId as number | undefined;
  const where = windowId === undefined ? {} : { windowId };
  if (typeof v.text === "string" && v.text.length <= MAX_TEXT_LENGTH) return { text: v.text, ...where };
  if (typeof v.tooLong === "number" && Number.isSafeInteger(v.tooLong))
    return { tooLong: v.tooLong, ...where };
  return null;
}
