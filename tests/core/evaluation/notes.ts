import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../../seeds.ts";

export type ContextLabel = "negated" | "hypothetical" | "historical" | "other-person";
export type TrapClass =
  "negated" | "hypothetical" | "historical" | "wrong-person" | "danger-now" | "strengths-only";

/** One labelled practitioner note. */
export interface LabelledNote {
  id: string;
  writer: string;
  profession?: string;
  area: string;
  age: string;
  text: string;
  expect: {
    /** What a careful practitioner would tick. */
    indicators: string[];
    /** The level band a practitioner would prompt ([2, 3] where practitioners could differ). */
    level: [number, number];
    /** Mentions that must not be counted: negated, hypothetical, historical, someone else's. */
    context: { indicator: string; kind: ContextLabel; words: string }[];
    dangerNow: boolean;
    classes: TrapClass[];
  };
}

/**
 * The labelled sets. Round 1: the dev half, the locked test half, and the first 150 notes (dev
 * data). Rounds 2 and 3 (four new writers each): a dev half and a held-out validation half.
 */
export type SetName = "dev" | "dev-2" | "dev-3" | "validation" | "validation-3" | "test" | "legacy";

const FILES: Record<Exclude<SetName, "legacy">, string> = {
  dev: "tests/core/evaluation/labelled/dev.yaml",
  "dev-2": "tests/core/evaluation/labelled/dev-2.yaml",
  "dev-3": "tests/core/evaluation/labelled/dev-3.yaml",
  // Held out: scored only as aggregate figures, to see whether a change carries over to new notes.
  validation: "tests/core/evaluation/held-out/validation.yaml",
  "validation-3": "tests/core/evaluation/held-out/validation-3.yaml",
  // Locked: scored only to report. Whoever writes cues, concepts or rules never opens it.
  test: "tests/core/evaluation/locked/test.yaml",
};

export function loadSet(name: SetName): LabelledNote[] {
  if (name === "legacy") return loadLegacy();
  const data = parse(readFileSync(join(ROOT, FILES[name]), "utf8")) as { notes: LabelledNote[] };
  return data.notes.map((n) => ({
    ...n,
    age: n.age === "0 months" ? "0m" : n.age,
    expect: { ...n.expect, context: n.expect.context ?? [], classes: n.expect.classes ?? [] },
  }));
}

/**
 * The first 150 notes (tests/core/fixtures/notes.yaml), one writer, labelled with Parts One/Two
 * ids, one level and negated ids only. Kept as further dev data: their level is a band of one.
 */
function loadLegacy(): LabelledNote[] {
  const data = parse(readFileSync(join(ROOT, "tests/core/fixtures/notes.yaml"), "utf8")) as {
    notes: {
      id: string;
      area: string;
      age: string;
      text: string;
      expect: { indicators?: string[]; negated?: string[]; level: number };
    }[];
  };
  return data.notes.map((n) => ({
    id: n.id,
    writer: "legacy",
    area: n.area,
    age: n.age,
    text: n.text,
    expect: {
      indicators: n.expect.indicators ?? [],
      level: [n.expect.level, n.expect.level],
      context: (n.expect.negated ?? []).map((indicator) => ({
        indicator,
        kind: "negated" as const,
        words: "",
      })),
      dangerNow: false,
      classes: (n.expect.negated ?? []).length > 0 ? ["negated"] : [],
    },
  }));
}
