/**
 * Splits writers' labelled notes once into two halves. Run once, when a round of notes arrives:
 *
 *   tsx scripts/split-eval-notes.ts DIR                 round 1: dev half + locked test half
 *   tsx scripts/split-eval-notes.ts DIR --round 2       round 2: dev-2 half + held-out validation half
 *   tsx scripts/split-eval-notes.ts DIR --round 3       round 3: dev-3 half + held-out validation-3 half
 *
 * DIR holds writer-*.yaml. Within each writer, notes are ordered by a SHA-256 of their id and
 * alternate between the halves, so each half has every writer's voices and neither depends on the
 * order the notes were written in. It prints counts only: whoever writes cues, concepts or rules
 * never opens the test half, and reads the validation half only as aggregate figures.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse, stringify } from "yaml";

const dir = process.argv[2];
if (!dir) throw new Error("usage: tsx scripts/split-eval-notes.ts DIR [--round 2|3]");
const round = process.argv.includes("--round") ? process.argv[process.argv.indexOf("--round") + 1] : "1";

const HEADER = `# Labelled practitioner notes for Right Help's evaluation: see tests/core/evaluation/README.md.
# Written by four writers (helpers) who never saw the cues, concepts or rules.\n`;
const HELD_OUT =
  "# HELD-OUT VALIDATION HALF. Scored only as aggregate figures; never read note by note to tune.\n";
const ROUNDS: Record<string, { first: string; second: string; secondHeader: string; salt: string }> = {
  "1": {
    first: "tests/core/evaluation/labelled/dev.yaml",
    second: "tests/core/evaluation/locked/test.yaml",
    secondHeader:
      "# LOCKED TEST HALF. Do not open this file if you write or change cues, concepts or rules.\n",
    salt: "right-help-eval-2026",
  },
  "2": {
    first: "tests/core/evaluation/labelled/dev-2.yaml",
    second: "tests/core/evaluation/held-out/validation.yaml",
    secondHeader: HELD_OUT,
    salt: "right-help-eval-2026-round-2",
  },
  "3": {
    first: "tests/core/evaluation/labelled/dev-3.yaml",
    second: "tests/core/evaluation/held-out/validation-3.yaml",
    secondHeader: HELD_OUT,
    salt: "right-help-eval-2026-round-3",
  },
};
const OUT = ROUNDS[round!];
if (!OUT) throw new Error(`no round ${round}: 1, 2 or 3`);

const first: unknown[] = [];
const second: unknown[] = [];
for (const file of readdirSync(dir)
  .filter((f) => /^writer-[A-Z]\.yaml$/.test(f))
  .sort()) {
  const writer = file.slice(7, 8);
  const notes = (parse(readFileSync(join(dir, file), "utf8")) as { notes: { id: string }[] }).notes;
  const hash = (id: string) => createHash("sha256").update(`${OUT.salt}:${id}`).digest("hex");
  notes
    .map((n) => ({ ...n, writer }))
    .sort((a, b) => hash(a.id).localeCompare(hash(b.id)))
    .forEach((n, i) => (i % 2 === 0 ? first : second).push(n));
}
const opts = { lineWidth: 0 };
for (const path of [OUT.first, OUT.second]) mkdirSync(dirname(path), { recursive: true });
writeFileSync(OUT.first, HEADER + stringify({ notes: first }, opts));
writeFileSync(OUT.second, HEADER + OUT.secondHeader + stringify({ notes: second }, opts));
console.log(`${OUT.first}: ${first.length} notes; ${OUT.second}: ${second.length} notes`);
