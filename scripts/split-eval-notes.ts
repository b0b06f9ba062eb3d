/**
 * Splits the writers' labelled notes once into a dev half and a locked test half. Run once, when
 * the notes arrive: `tsx scripts/split-eval-notes.ts DIR` with DIR holding writer-*.yaml. Within
 * each writer, notes are ordered by a SHA-256 of their id and alternate between the halves, so
 * each half has every writer's voices and neither depends on the order the notes were written in.
 * It prints counts only: whoever writes cues, concepts or rules never opens the test half.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

const dir = process.argv[2];
if (!dir) throw new Error("usage: tsx scripts/split-eval-notes.ts DIR");
const HEADER = `# Labelled practitioner notes for Right Help's evaluation: see tests/core/evaluation/README.md.
# Written by four writers (helpers) who never saw the cues, concepts or rules.\n`;
const dev: unknown[] = [];
const test: unknown[] = [];
for (const file of readdirSync(dir)
  .filter((f) => /^writer-[A-Z]\.yaml$/.test(f))
  .sort()) {
  const writer = file.slice(7, 8);
  const notes = (parse(readFileSync(join(dir, file), "utf8")) as { notes: { id: string }[] }).notes;
  const hash = (id: string) => createHash("sha256").update(`right-help-eval-2026:${id}`).digest("hex");
  notes
    .map((n) => ({ ...n, writer }))
    .sort((a, b) => hash(a.id).localeCompare(hash(b.id)))
    .forEach((n, i) => (i % 2 === 0 ? dev : test).push(n));
}
const opts = { lineWidth: 0 };
writeFileSync("tests/core/evaluation/labelled/dev.yaml", HEADER + stringify({ notes: dev }, opts));
writeFileSync(
  "tests/core/evaluation/locked/test.yaml",
  HEADER +
    "# LOCKED TEST HALF. Do not open this file if you write or change cues, concepts or rules.\n" +
    stringify({ notes: test }, opts),
);
console.log(`dev: ${dev.length} notes; locked test: ${test.length} notes`);
