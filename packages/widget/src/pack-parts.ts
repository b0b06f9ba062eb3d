import type { Pack } from "@right-help/core";
import type { Mode } from "./attributes.ts";

/**
 * The built-in pack in parts, so each mode loads only what it shows (the widget script itself
 * holds no guidance: it loads the parts from sibling modules beside it).
 */
export const PART_KEYS = {
  base: ["format", "id", "title", "version", "published", "sources", "parameters", "rules", "bankHolidays"],
  areas: ["areas"],
  levels: ["levels", "consent"],
  indicators: ["domains", "indicatorSets", "indicators", "gradedFactors", "glossary", "resilienceFramework"],
} as const satisfies Record<string, readonly (keyof Pack)[]>;

export type Part = keyof typeof PART_KEYS;

/** `contacts` needs the areas and rules; `levels` the levels and consent too; `checker` everything. */
export const MODE_PARTS: Record<Mode, readonly Part[]> = {
  contacts: ["base", "areas"],
  levels: ["base", "areas", "levels"],
  checker: ["base", "areas", "levels", "indicators"],
};

/** The pack-src fetcher and validator, beside right-help.js (loaded only when pack-src is set). */
export const VALIDATOR_FILE = "right-help-pack-src.mjs";

/** The free-text matcher, beside right-help.js (loaded on a checker's first check). */
export const MATCHER_FILE = "right-help-matcher.mjs";

/** The file a part is shipped in, beside right-help.js. */
export const partFile = (part: Part) => `right-help-data-${part}.mjs`;

/**
 * The pack's fields for one part. `indicators` also takes every field no other part names, so a
 * field added to the pack later (matching rules, say) reaches the checker without a change here.
 */
export function partOf(pack: Pack, part: Part): Partial<Pack> {
  const named = new Set<string>(Object.values(PART_KEYS).flat());
  const keys: string[] = [...PART_KEYS[part]];
  if (part === "indicators") keys.push(...Object.keys(pack).filter((k) => !named.has(k)));
  return Object.fromEntries(
    keys.filter((k) => k in pack).map((k) => [k, pack[k as keyof Pack]]),
  ) as Partial<Pack>;
}

/** Parts put together as a pack; lists a mode does not load are empty, never missing. */
export function assemble(parts: readonly Partial<Pack>[]): Pack {
  const empty = {
    areas: [],
    levels: [],
    consent: { principles: [], rules: [] },
    domains: [],
    indicatorSets: [],
    indicators: [],
    gradedFactors: [],
    glossary: [],
    resilienceFramework: [],
  } as unknown as Partial<Pack>;
  return Object.assign({}, empty, ...parts) as Pack;
}
