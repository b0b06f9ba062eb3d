import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../../seeds.ts";

/** One labelled practitioner note (tests/core/fixtures/notes.yaml). */
export interface LabelledNote {
  id: string;
  author: string;
  area: string;
  district?: string;
  age: string;
  text: string;
  expect: { indicators: string[]; negated: string[]; level: 1 | 2 | 3 | 4 };
}

export function loadNotes(): LabelledNote[] {
  const data = parse(readFileSync(join(ROOT, "tests/core/fixtures/notes.yaml"), "utf8")) as {
    notes: LabelledNote[];
  };
  return data.notes.map((n) => ({
    ...n,
    expect: { indicators: n.expect.indicators ?? [], negated: n.expect.negated ?? [], level: n.expect.level },
  }));
}

/**
 * Half the notes (odd positions) were used while developing the engine; the other half were
 * not looked at. Both are reported; the thresholds hold on each.
 */
export function split(notes: LabelledNote[]): { dev: LabelledNote[]; holdout: LabelledNote[] } {
  return { dev: notes.filter((_, i) => i % 2 === 0), holdout: notes.filter((_, i) => i % 2 === 1) };
}
