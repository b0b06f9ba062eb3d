/**
 * "Scan this page": runs one small function in the tab the practitioner is looking at, only when
 * they click, through activeTab + scripting (no host permission, no content script). The page
 * text goes back to the panel in a reply and is never stored.
 */
// From the matcher module itself: the core index would pull zod and the whole pack schema into the
// service worker.
import { MAX_TEXT_LENGTH } from "../packages/core/src/match/match.ts";
import type { ScanFailure, ScanReply } from "./messages.ts";

/** The part of the scripting API used here. */
export interface Scripting {
  executeScript(injection: {
    target: { tabId: number };
    func: () => unknown;
  }): Promise<{ result?: unknown }[]>;
}

/**
 * Runs inside the page (serialised by the browser, so it must use nothing from outside).
 * Counts embedded frames because innerText leaves their text out, so the panel can say so.
 */
export function readPage(): { text: string; frames: number } {
  return {
    text: document.body ? document.body.innerText : "",
    frames: document.querySelectorAll("iframe, frame, embed, object").length,
  };
}

export async function scanTab(scripting: Scripting, tabId: number): Promise<ScanReply> {
  let results: { result?: unknown }[];
  try {
    results = await scripting.executeScript({ target: { tabId }, func: readPage });
  } catch (error) {
    return { ok: false, reason: classifyError(error) };
  }
  const result = results[0]?.result as { text?: unknown; frames?: unknown } | undefined;
  if (!result || typeof result.text !== "string") return { ok: false, reason: "failed" };
  const frames = typeof result.frames === "number" && Number.isSafeInteger(result.frames) ? result.frames : 0;
  if (result.text.length > MAX_TEXT_LENGTH)
    return { ok: false, reason: "too-long", length: result.text.length };
  if (result.text.trim() === "") return { ok: false, reason: "empty" };
  return { ok: true, text: result.text, frames };
}

/**
 * Chrome and Firefox say why in an error message; only the kind of failure is passed on. Quoted
 * parts (the page address) are dropped first, so an address cannot change the kind.
 */
export function classifyError(error: unknown): ScanFailure {
  const message = (error instanceof Error ? error.message : String(error)).replace(/"[^"]*"/g, '""');
  if (/No tab with id|Invalid tab ID/i.test(message)) return "no-tab";
  if (/Cannot access a [a-z-]+:\/\/ URL|extensions gallery|error page|view-source|devtools/i.test(message))
    return "restricted";
  if (/permission|Cannot access contents/i.test(message)) return "no-access";
  return "failed";
}
