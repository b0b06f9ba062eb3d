import type { Indicator } from "../schema/indicator.ts";
import type { Pack } from "../schema/pack.ts";
import { CueIndex, MAX_CUE_WORDS as MAX_CUE_REACH, MAX_GAP, type Hits } from "./cue-index.ts";
import { Negation } from "./negation.ts";
import { MAX_TEXT_LENGTH, TextTooLongError } from "./limits.ts";
import { tokenise } from "./tokenise.ts";

export { MAX_TEXT_LENGTH, TextTooLongError };
/** Evidence kept per suggestion: enough to show, bounded for huge pages. */
const MAX_EVIDENCE = 10;

export interface Evidence {
  /** The words of the text that matched, exactly as written. */
  quote: string;
  /** UTF-16 offsets into the text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  negated: boolean;
  /** The project-authored cue (or short indicator text) that matched. */
  cue: string;
}

export interface Suggestion {
  indicator: Indicator;
  /** True when every mention is negated ("no concerns about …"): shown, never counted. */
  negated: boolean;
  /** Mentions found (not negated first), at most 10 kept. */
  evidence: Evidence[];
  mentions: number;
}

/** Cues of a pack, built once and reused for every text. */
export class Matcher {
  private readonly index: CueIndex;
  private readonly negation: Negation;
  private readonly byId: Map<string, Indicator>;

  constructor(indicators: readonly Indicator[]) {
    this.index = new CueIndex(indicators);
    this.negation = new Negation(this.index.vocab);
    this.byId = new Map(indicators.map((i) => [i.id, i]));
  }

  static forPack(pack: Pack): Matcher {
    return new Matcher(pack.indicators);
  }

  /**
   * Suggestions for a text, in order of first mention. Never selects anything: the caller
   * shows them for a practitioner to confirm. Throws TextTooLongError past the cap.
   */
  match(text: string): Suggestion[] {
    if (text.length > MAX_TEXT_LENGTH) throw new TextTooLongError(text.length);
    const t = tokenise(text, this.index.vocab);

    // Every cue occurrence, in order of the token it starts at.
    const hits: Hits = { from: [], to: [], end: [] };
    for (let i = 0; i < t.count; i++) if (t.ids[i]! >= 0) this.index.collect(t, i, hits);

    const found = new Map<string, Suggestion>();
    const lastEnd = new Map<Suggestion, number>();
    for (let h = 0; h < hits.from.length; h++) {
      if (isCovered(hits, h)) continue;
      const from = hits.from[h]!;
      const to = hits.to[h]!;
      const cue = hits.end[h]!;
      const ind = this.byId.get(cue.indicator)!;
      let s = found.get(ind.id);
      if (!s) found.set(ind.id, (s = { indicator: ind, negated: true, evidence: [], mentions: 0 }));
      const start = t.start[from]!;
      const end = t.end[to - 1]!;
      // The same indicator found again over an overlapping span is one mention.
      if (start < (lastEnd.get(s) ?? -1)) continue;
      lastEnd.set(s, end);
      const negated = this.negation.isNegated(t, from, to);
      s.mentions++;
      s.negated &&= negated;
      if (s.evidence.length < MAX_EVIDENCE || !negated) {
        s.evidence.push({ quote: text.slice(start, end), start, end, negated, cue: cue.cue });
        if (s.evidence.length > MAX_EVIDENCE)
          s.evidence.splice(
            s.evidence.findIndex((e) => e.negated),
            1,
          );
      }
    }
    const out = [...found.values()];
    for (const s of out)
      s.evidence.sort((a, b) => Number(a.negated) - Number(b.negated) || a.start - b.start);
    return out.sort((a, b) => firstStart(a) - firstStart(b));
  }
}

/**
 * A cue inside a longer cue of another indicator gives way to it: "high risk domestic abuse"
 * is the level 4 indicator, not also the level 2 "domestic abuse" one. Only an indicator of the
 * same or a higher level may cover: a lower level never hides a higher one. Hits are in order of
 * their first token, so only neighbours within the longest cue's reach need looking at.
 */
function isCovered(hits: Hits, h: number): boolean {
  const from = hits.from[h]!;
  const to = hits.to[h]!;
  const { indicator, level } = hits.end[h]!;
  const words = hits.end[h]!.length;
  for (const step of [-1, 1]) {
    for (let j = h + step; j >= 0 && j < hits.from.length; j += step) {
      const f = hits.from[j]!;
      if (step === 1 && f > from) break;
      if (step === -1 && from - f >= MAX_CUE_REACH * (MAX_GAP + 1)) break;
      if (hits.end[j]!.indicator === indicator || hits.end[j]!.level < level) continue;
      if (f <= from && hits.to[j]! >= to && hits.end[j]!.length > words) return true;
    }
  }
  return false;
}

function firstStart(s: Suggestion): number {
  return Math.min(...s.evidence.map((e) => e.start));
}
