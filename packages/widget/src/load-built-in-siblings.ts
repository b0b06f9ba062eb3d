import type { Pack } from "@right-help/core";
import type { Mode } from "./attributes.ts";
import { assemble, MODE_PARTS, partFile, type Part } from "./pack-parts.ts";
import { siblingUrl } from "./script-url.ts";

/**
 * The widget build's loadBuiltIn: each part of the pack is an ES module beside the script
 * (right-help-data-*.mjs), loaded with import() relative to the script's own URL. A page's
 * script-src already allows it (same place as the script), and import() is no Trusted Types
 * sink. Each part is loaded once per page, however many widgets use it.
 */
const parts = new Map<Part, Promise<Partial<Pack>>>();
let latest: Pack | undefined;

function load(part: Part): Promise<Partial<Pack>> {
  let p = parts.get(part);
  if (!p) {
    p = import(/* @vite-ignore */ siblingUrl(partFile(part))).then(
      (m: { default: Partial<Pack> }) => m.default,
    );
    // A failed load may be retried (the next render asks again).
    p.catch(() => parts.delete(part));
    parts.set(part, p);
  }
  return p;
}

// Every mode needs these two: asked for as the script runs, before the page has parsed the
// elements, so they are usually here by the first render.
load("base").catch(() => {});
load("areas").catch(() => {});

export function loadBuiltIn(mode: Mode): Promise<Pack> {
  return Promise.all(MODE_PARTS[mode].map(load)).then((loaded) => {
    const pack = assemble(loaded);
    if (!latest || latest.areas.length === 0) latest = pack;
    return pack;
  });
}

export function loadedBuiltIn(): Pack | undefined {
  return latest;
}
