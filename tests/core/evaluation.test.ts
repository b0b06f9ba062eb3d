/**
 * The engine against 150 labelled practitioner notes (tests/core/fixtures/notes.yaml), written
 * in everyday words by someone who had not seen the cues. Fails below the thresholds below,
 * which are the measured figures less a small margin: they catch regressions, they are not
 * the goal (see README, "How well it finds indicators").
 */
import { describe, expect, it } from "vitest";
import { Matcher } from "../../packages/core/src/match/match.ts";
import { promptedLevel, rightHelpFinder, score } from "./evaluation/metrics.ts";
import { loadNotes, split } from "./evaluation/notes.ts";
import { realPack } from "./real-pack.ts";

const THRESHOLDS = {
  recall: 0.35,
  precision: 0.38,
  negationRespected: 0.85,
  levelAgreement: 0.55,
  level4Recall: 0.55,
};

const pack = realPack();
const matcher = Matcher.forPack(pack);
const notes = loadNotes();
const find = rightHelpFinder(pack, matcher);
const level = (n: (typeof notes)[number]) => promptedLevel(pack, matcher, n);

describe("the labelled notes", () => {
  it("are a broad set: 150+ notes, every level, all three areas, negations, every age band", () => {
    expect(notes.length).toBeGreaterThanOrEqual(150);
    for (const l of [1, 2, 3, 4])
      expect(notes.filter((n) => n.expect.level === l).length, `level ${l}`).toBeGreaterThanOrEqual(10);
    for (const a of ["lancashire", "blackpool", "blackburn-with-darwen"])
      expect(notes.some((n) => n.area === a)).toBe(true);
    expect(notes.filter((n) => n.expect.negated.length > 0).length).toBeGreaterThanOrEqual(20);
    expect(notes.some((n) => n.age === "unborn")).toBe(true);
    const ids = new Set(pack.indicators.map((i) => i.id));
    for (const n of notes)
      for (const id of [...n.expect.indicators, ...n.expect.negated])
        expect(ids.has(id), `${n.id} ${id}`).toBe(true);
  });
});

describe.each(Object.entries(split(notes)))("the engine on the %s half", (_name, half) => {
  const s = score(half, find, level);
  it.each(Object.entries(THRESHOLDS))("%s is at least %d", (metric, min) => {
    expect(s[metric as keyof typeof THRESHOLDS]).toBeGreaterThanOrEqual(min);
  });
});
