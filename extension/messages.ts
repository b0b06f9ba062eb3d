/**
 * The few messages that cross between Right Help's own pages and its background. Every one is
 * checked twice: who sent it (this extension, from the page expected to send it) and its shape.
 * Anything else is ignored without a reply, so a forged or oversized message does nothing.
 */
// From the matcher module itself: the core index would pull zod and the whole pack schema into the
// service worker.
import { MAX_TEXT_LENGTH } from "../packages/core/src/match/match.ts";

/** Requests are tiny; anything bigger is not ours. */
export const MAX_REQUEST_CHARS = 512;

export type Request = { type: "right-help/scan"; tabId: number } | { type: "right-help/cleared" };

/** Why a page could not be read, in words the panel turns into advice. */
export type ScanFailure = "restricted" | "no-access" | "no-tab" | "empty" | "too-long" | "failed";

export type ScanReply =
  { ok: true; text: string; frames: number } | { ok: false; reason: ScanFailure; length?: number };

/** The parts of a runtime.MessageSender we look at (Chrome and Firefox both set these). */
export interface Sender {
  id?: string;
  url?: string;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const hasOnlyKeys = (v: Record<string, unknown>, keys: string[]) =>
  Object.keys(v).every((k) => keys.includes(k)) && keys.every((k) => k in v);

/** A request, or null for anything that is not exactly one of ours (or is too big to be). */
export function parseRequest(message: unknown): Request | null {
  if (!isPlain(message)) return null;
  let size: number;
  try {
    size = JSON.stringify(message).length;
  } catch {
    return null;
  }
  if (size > MAX_REQUEST_CHARS) return null;
  if (message.type === "right-help/scan" && hasOnlyKeys(message, ["type", "tabId"])) {
    const tabId = message.tabId;
    if (typeof tabId === "number" && Number.isSafeInteger(tabId) && tabId >= 0)
      return { type: message.type, tabId };
    return null;
  }
  if (message.type === "right-help/cleared" && hasOnlyKeys(message, ["type"])) return { type: message.type };
  return null;
}

/**
 * True when the sender is this extension's own page at `pagePath` (e.g. "/sidepanel.html").
 * Checking the page as well as the id means only the context meant to ask can ask.
 */
export function isFromOwnPage(sender: Sender, extensionId: string, pagePath: string): boolean {
  if (sender.id !== extensionId || typeof sender.url !== "string") return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return (
    /^(chrome-extension|moz-extension):$/.test(url.protocol) && url.host !== "" && url.pathname === pagePath
  );
}

const FAILURES: readonly ScanFailure[] = ["restricted", "no-access", "no-tab", "empty", "too-long", "failed"];

/** The background's reply to a scan, or null if it is not one (the panel then says it failed). */
export function parseScanReply(reply: unknown): ScanReply | null {
  if (!isPlain(reply)) return null;
  if (reply.ok === true && hasOnlyKeys(reply, ["ok", "text", "frames"])) {
    const { text, frames } = reply;
    if (typeof text !== "string" || text.length > MAX_TEXT_LENGTH) return null;
    if (typeof frames !== "number" || !Number.isSafeInteger(frames) || frames < 0) return null;
    return { ok: true, text, frames };
  }
  if (reply.ok === false && FAILURES.includes(reply.reason as ScanFailure)) {
    const keys = Object.keys(reply);
    if (!keys.every((k) => k === "ok" || k === "reason" || k === "length")) return null;
    const length = reply.length;
    if (length !== undefined && (typeof length !== "number" || !Number.isSafeInteger(length))) return null;
    return length === undefined
      ? { ok: false, reason: reply.reason as ScanFailure }
      : { ok: false, reason: reply.reason as ScanFailure, length };
  }
  return null;
}
