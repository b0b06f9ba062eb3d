import type { PathKey } from "./problem.ts";

// Controls, zero-width, bidi and other invisible characters: in a title or a phone number
// they hide or reorder what a practitioner reads (an RLO shows the rest of a line reversed).
// Tab and line feed stay; the line and paragraph separators become spaces.
const HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- invisible characters are what it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const SEPARATORS = /[\u2028\u2029]/g;

export interface Cleaned {
  value: unknown;
  /** Where characters were removed (at most `limit`), with the code points found there. */
  found: { path: PathKey[]; codes: string[] }[];
  /** Strings cleaned beyond `limit`. */
  more: number;
}

/** One string, cleaned; `codes` lists what was taken out ("U+202E"). */
export function cleanString(s: string): { text: string; codes: string[] } {
  if (!HIDDEN.test(s) && !SEPARATORS.test(s)) return { text: s, codes: [] };
  HIDDEN.lastIndex = 0;
  SEPARATORS.lastIndex = 0;
  const codes = new Set<string>();
  const note = (c: string) => {
    codes.add(`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
    return "";
  };
  const text = s.replace(HIDDEN, note).replace(SEPARATORS, (c) => (note(c), " "));
  return { text, codes: [...codes] };
}

/** Every string of a parsed pack (or content file) cleaned, in one linear walk. */
export function cleanPackText(value: unknown, limit = 100): Cleaned {
  const found: Cleaned["found"] = [];
  let more = 0;
  const walk = (v: unknown, path: PathKey[]): unknown => {
    if (typeof v === "string") {
      const { text, codes } = cleanString(v);
      if (codes.length > 0) {
        if (found.length < limit) found.push({ path: [...path], codes });
        else more++;
      }
      return text;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...path, i]));
    if (v && typeof v === "object" && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, [...path, k]);
      return out;
    }
    return v;
  };
  return { value: walk(value, []), found, more };
}
