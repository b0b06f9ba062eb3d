import { assess } from "../../../packages/core/src/assess/assess.ts";
import { appliesToAge, parseAge } from "../../../packages/core/src/assess/age.ts";
import type { Analysis, Matcher } from "../../../packages/core/src/match/match.ts";
import type { Pack } from "../../../packages/core/src/schema/pack.ts";
import type { LabelledNote } from "./notes.ts";

/** What the engine made of one note, as `right-help assess` would. */
export interface Outcome {
  note: LabelledNote;
  /** Indicator ids counted (found, not in a context, applying at the child's age and area). */
  found: Set<string>;
  level: number;
  dangerNow: boolean;
  analysis: Analysis;
}

export function run(pack: Pack, matcher: Matcher, note: LabelledNote): Outcome {
  const age = parseAge(note.age) ?? undefined;
  const analysis = matcher.analyse(note.text, { age, area: note.area });
  const counted = analysis.suggestions.filter((s) => s.counted && appliesToAge(s.indicator.ages, age));
  const found = new Set(counted.map((s) => s.indicator.id));
  const level = assess(pack, { indicators: [...found], age, area: note.area }).level;
  return { note, found, level, dangerNow: analysis.dangerNow.suggested, analysis };
}

/** A ratio that says how many it is of: "0.912 (114/125)". */
export interface Ratio {
  hits: number;
  of: number;
}
export const value = (r: Ratio) => (r.of === 0 ? NaN : r.hits / r.of);

export interface Scores {
  notes: number;
  levelInBand: Ratio;
  /** Notes whose band starts at 4 that prompted 4. */
  level4Prompted4: Ratio;
  /** Notes whose band stops below 4 that prompted 4. */
  falseLevel4: Ratio;
  recall: Ratio;
  precision: Ratio;
  /** Labelled negated / hypothetical / historical mentions whose indicator was counted anyway. */
  contextErrors: Ratio;
  /** Labelled other-person mentions whose indicator was counted anyway. */
  otherPersonErrors: Ratio;
  dangerNowSuggested: Ratio;
  /** Danger now suggested on notes without it (a prompt to ask, so tolerated, but counted). */
  dangerNowFalse: Ratio;
}

export function score(outcomes: readonly Outcome[]): Scores {
  const r = () => ({ hits: 0, of: 0 });
  const s: Scores = {
    notes: outcomes.length,
    levelInBand: r(),
    level4Prompted4: r(),
    falseLevel4: r(),
    recall: r(),
    precision: r(),
    contextErrors: r(),
    otherPersonErrors: r(),
    dangerNowSuggested: r(),
    dangerNowFalse: r(),
  };
  for (const o of outcomes) {
    const [lo, hi] = o.note.expect.level;
    s.levelInBand.of++;
    if (o.level >= lo && o.level <= hi) s.levelInBand.hits++;
    if (lo === 4) {
      s.level4Prompted4.of++;
      if (o.level === 4) s.level4Prompted4.hits++;
    }
    if (hi < 4) {
      s.falseLevel4.of++;
      if (o.level === 4) s.falseLevel4.hits++;
    }
    const expected = new Set(o.note.expect.indicators);
    for (const id of expected) {
      s.recall.of++;
      if (o.found.has(id)) s.recall.hits++;
    }
    for (const id of o.found) {
      s.precision.of++;
      if (expected.has(id)) s.precision.hits++;
    }
    for (const c of o.note.expect.context) {
      const ratio = c.kind === "other-person" ? s.otherPersonErrors : s.contextErrors;
      ratio.of++;
      if (o.found.has(c.indicator) && countedAt(o, c.indicator, c.words)) ratio.hits++;
    }
    if (o.note.expect.dangerNow) {
      s.dangerNowSuggested.of++;
      if (o.dangerNow) s.dangerNowSuggested.hits++;
    } else {
      s.dangerNowFalse.of++;
      if (o.dangerNow) s.dangerNowFalse.hits++;
    }
  }
  return s;
}

/** Recall and precision restricted to one indicator set (e.g. the Blackpool continuum). */
export function setScores(
  pack: Pack,
  outcomes: readonly Outcome[],
  set: string,
): { recall: Ratio; precision: Ratio } {
  const inSet = new Set(pack.indicators.filter((i) => i.set === set).map((i) => i.id));
  const recall = { hits: 0, of: 0 };
  const precision = { hits: 0, of: 0 };
  for (const o of outcomes) {
    const expected = new Set(o.note.expect.indicators.filter((id) => inSet.has(id)));
    for (const id of expected) {
      recall.of++;
      if (o.found.has(id)) recall.hits++;
    }
    for (const id of o.found) {
      if (!inSet.has(id)) continue;
      precision.of++;
      if (expected.has(id)) precision.hits++;
    }
  }
  return { recall, precision };
}

/**
 * Was the labelled mention itself counted? Where the label quotes its words, a counted piece of
 * evidence for the indicator must overlap them; without words (the first 150 notes) any count of
 * an indicator the note does not assert is taken as one.
 */
function countedAt(o: Outcome, indicator: string, words: string): boolean {
  const at = words ? o.note.text.indexOf(words) : -1;
  if (at < 0) return !o.note.expect.indicators.includes(indicator);
  const s = o.analysis.suggestions.find((x) => x.indicator.id === indicator);
  return !!s?.evidence.some((e) => e.context === null && e.start < at + words.length && e.end > at);
}
