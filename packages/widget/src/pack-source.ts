import { formatProblem, loadPackJson, problemCount, type Pack } from "@right-help/core";
import { shown } from "./safe-text.ts";

/** Limits on a `pack-src` fetch: the built pack is about 0.3 MB. */
export const PACK_LIMITS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000 };

export type PackResult =
  | { ok: true; pack: Pack; url: string }
  /** `reason` completes "The guidance could not be loaded from <url>: …". */
  | { ok: false; url: string; reason: string; details: string[] };

export interface PackFetchOptions {
  fetch?: typeof fetch;
  /** Aborts the request (a newer pack-src replaced it). */
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Problems listed in the notice when a pack fails validation (the rest are counted). */
const LISTED = 5;

class TooLarge extends Error {}

/**
 * Fetches a content pack and validates it with core's loadPackJson. Never throws: every way it
 * can fail (address, network, timeout, HTTP status, content type, size, JSON, validation) comes
 * back as a reason the widget shows before falling back to its built-in pack.
 */
export async function fetchPack(
  src: string,
  base: string,
  options: PackFetchOptions = {},
): Promise<PackResult> {
  const {
    fetch: get = globalThis.fetch,
    maxBytes = PACK_LIMITS.maxBytes,
    timeoutMs = PACK_LIMITS.timeoutMs,
    signal,
  } = options;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fail(src, "the address is not a valid web address");
  }
  const href = url.href;
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return fail(href, "the address is not a web (http or https) address");

  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
  }, timeoutMs);
  const replaced = () => controller?.abort();
  signal?.addEventListener("abort", replaced);
  try {
    const response = await get(href, {
      signal: controller?.signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    if (!response.ok) {
      void response.body?.cancel();
      return fail(href, `the server answered HTTP ${response.status}`);
    }
    // Followed within the site; to another site it is refused, since the footer would name an
    // address the pack did not come from (the browser has already checked CORS for it).
    const from = response.url || href;
    if (response.redirected && new URL(from).origin !== url.origin) {
      void response.body?.cancel();
      return fail(
        href,
        `the server redirected it to another site (${shown(new URL(from).origin, 80)}), which the widget does not follow`,
      );
    }
    const type = response.headers.get("content-type") ?? "";
    if (!isJsonType(type)) {
      // Not read at all: a page or a script served by mistake is never parsed.
      void response.body?.cancel();
      return fail(href, `the server sent ${type ? `“${shown(type)}”` : "no content type"}, not JSON`);
    }
    const text = await readCapped(response, maxBytes);
    return validate(from, text);
  } catch (error) {
    if (error instanceof TooLarge) return fail(href, `the file is larger than the ${size(maxBytes)} limit`);
    if (timedOut) return fail(href, `no answer within ${timeoutMs / 1000} seconds`);
    if (signal?.aborted) return fail(href, "a newer pack-src replaced it");
    return fail(
      href,
      "the network request failed (the server could not be reached, or does not let this page read the file)",
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", replaced);
  }
}

function validate(href: string, text: string): PackResult {
  try {
    JSON.parse(text);
  } catch {
    return fail(href, "the file is not valid JSON");
  }
  const result = loadPackJson(fileName(href), text);
  if (result.ok) return { ok: true, pack: result.pack, url: href };
  const n = problemCount(result);
  return fail(
    href,
    `the file is not a valid Right Help content pack (${n} problem${n === 1 ? "" : "s"} found)`,
    result.problems.slice(0, LISTED).map((p) => shown(formatProblem(p), 160)),
  );
}

/** Problems name the file as the editor knows it; core reads a name ending in .json as JSON. */
function fileName(href: string): string {
  let last = new URL(href).pathname.split("/").pop() ?? "";
  try {
    last = decodeURIComponent(last);
  } catch {
    // Keep it encoded.
  }
  return last.endsWith(".json") ? last : "pack-src.json";
}

/** application/json or any +json type (application/vnd.example+json). */
export function isJsonType(contentType: string): boolean {
  return /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType);
}

/** Reads the body, giving up as soon as it passes `maxBytes` (a declared length is checked first). */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) throw new TooLarge();
  if (!response.body || typeof TextDecoder !== "function") {
    const text = await response.text();
    if (text.length > maxBytes) throw new TooLarge();
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel();
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.round(bytes / 1024)} kB`;

function fail(url: string, reason: string, details: string[] = []): PackResult {
  return { ok: false, url, reason, details };
}

interface Pending {
  result: Promise<PackResult>;
  controller?: AbortController;
  /** Widgets waiting for it; when the last lets go before the answer, the request is aborted. */
  users: number;
  settled: boolean;
}

const cache = new Map<string, Pending>();

/**
 * One fetch per address for every widget on the page. A failure is not kept, so setting the
 * attribute again (or another widget) tries again. `release` says this widget no longer
 * needs it (its pack-src changed): a request nobody waits for any more is aborted.
 */
export function acquirePack(
  src: string,
  base: string,
  options?: PackFetchOptions,
): { result: Promise<PackResult>; release(): void } {
  const k = `${base}\n${src}`;
  let entry = cache.get(k);
  if (!entry) {
    const controller = typeof AbortController === "function" ? new AbortController() : undefined;
    const created: Pending = {
      controller,
      users: 0,
      settled: false,
      result: fetchPack(src, base, { ...options, signal: controller?.signal }).then((r) => {
        created.settled = true;
        if (!r.ok && cache.get(k) === created) cache.delete(k);
        return r;
      }),
    };
    cache.set(k, (entry = created));
  }
  const held = entry;
  held.users++;
  let released = false;
  return {
    result: held.result,
    release() {
      if (released) return;
      released = true;
      if (--held.users > 0 || held.settled) return;
      if (cache.get(k) === held) cache.delete(k);
      held.controller?.abort();
    },
  };
}

/** A pack for as long as the page lives (never released). */
export function loadPack(src: string, base: string, options?: PackFetchOptions): Promise<PackResult> {
  return acquirePack(src, base, options).result;
}

export function clearPackCache(): void {
  cache.clear();
}
