import { assess } from "../../../packages/core/src/assess/assess.ts";
import { appliesToAge, parseAge } from "../../../packages/core/src/assess/age.ts";
import type { Matcher } from "../../../packages/core/src/match/match.ts";
import type { Pack } from "../../../packages/core/src/schema/pack.ts";
import type { LabelledNote } from "./notes.ts";

/** The labels name Parts One/Two indicators: recall and precision are measured on that set. */
export const LABELLED_SET = "parts-one-two";

export interface Scores {
  notes: number;
  recall: number;
  precision: number;
  /** Share of labelled negated mentions that were not counted as found. */
  negationRespected: number;
  levelAgreement: number;
  /** Share of level-4 notes that prompted level 4. */
  level4Recall: number;
  underEscalated: string[];
  misses: { note: string; id: string }[];
  falsePositives: { note: string; id: string }[];
}

/** Indicator ids a method found (asserted, not negated) in a note. */
export type Finder = (note: LabelledNote) => Set<string>;

export function rightHelpFinder(pack: Pack, matcher: Matcher): Finder {
  const set = new Set(pack.indicators.filter((i) => i.set === LABELLED_SET).map((i) => i.id));
  return (note) => {
    const age = parseAge(note.age) ?? undefined;
    return new Set(
      matcher
        .match(note.text)
        .filter((s) => !s.negated && set.has(s.indicator.id) && appliesToAge(s.indicator.ages, age))
        .map((s) => s.indicator.id),
    );
  };
}

/** The level the engine prompts from a note's text, as `right-help assess` does. */
export function promptedLevel(pack: Pack, matcher: Matcher, note: LabelledNote): number {
  const age = parseAge(note.age) ?? undefined;
  const counted = matcher.match(note.text).filter((s) => !s.negated && appliesToAge(s.indicator.ages, age));
  return assess(pack, { indicators: counted.map((s) => s.indicator.id), age, area: note.area }).level;
}

export function score(
  notes: readonly LabelledNote[],
  find: Finder,
  level?: (n: LabelledNote) => number,
): Scores {
  let expected = 0;
  let found = 0;
  let hit = 0;
  let negated = 0;
  let negatedOk = 0;
  let agree = 0;
  let l4 = 0;
  let l4Hit = 0;
  const misses: Scores["misses"] = [];
  const falsePositives: Scores["falsePositives"] = [];
  const underEscalated: string[] = [];
  for (const note of notes) {
    const f = find(note);
    const e = new Set(note.expect.indicators);
    expected += e.size;
    found += f.size;
    for (const id of e) {
      if (f.has(id)) hit++;
      else misses.push({ note: note.id, id });
    }
    for (const id of f) if (!e.has(id)) falsePositives.push({ note: note.id, id });
    for (const id of note.expect.negated) {
      negated++;
      if (!f.has(id)) negatedOk++;
    }
    if (level) {
      const got = level(note);
      if (got === note.expect.level) agree++;
      if (got < note.expect.level)
        underEscalated.push(`${note.id}: expected ${note.expect.level}, prompted ${got}`);
      if (note.expect.level === 4) {
        l4++;
        if (got === 4) l4Hit++;
      }
    }
  }
  return {
    notes: notes.length,
    recall: expected === 0 ? 1 : hit / expected,
    precision: found === 0 ? 1 : hit / found,
    negationRespected: negated === 0 ? 1 : negatedOk / negated,
    levelAgreement: notes.length === 0 ? 1 : agree / notes.length,
    level4Recall: l4 === 0 ? 1 : l4Hit / l4,
    underEscalated,
    misses,
    falsePositives,
  };
}
