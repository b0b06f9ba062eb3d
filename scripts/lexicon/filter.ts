/**
 * Lexicon cues: candidate phrases from the lexicon writers, kept only where they hold up on the
 * dev notes, written to content/matching/lexicon.yaml. Run `tsx scripts/lexicon/filter.ts`.
 *
 * Each candidate is tried on its own (as a probe indicator with the same level, subject, set and
 * ages as its indicator) over the dev notes only: the three dev halves and the first
 * 150 notes. Never the validation or the locked test half. A phrase is dropped when, counted,
 * it names its indicator in more notes that do not carry it than in notes that do; a Level 4
 * phrase is dropped when it would prompt Level 4 on any note whose band stops below 4. Phrases
 * that never occur in the dev notes are kept: the writers' knowledge, with no evidence against.
 * Danger-now phrases are dropped when they occur in any dev note without danger now.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { Matcher } from "../../packages/core/src/match/match.ts";
import type { Indicator } from "../../packages/core/src/schema/indicator.ts";
import { run } from "../../tests/core/evaluation/metrics.ts";
import { loadSet, type LabelledNote } from "../../tests/core/evaluation/notes.ts";
import { realPack } from "../../tests/core/real-pack.ts";

const DIR = "scripts/lexicon/candidates";
const OUT = "content/matching/lexicon.yaml";
const PHRASE = /^[\p{L}\p{N}][\p{L}\p{N}' /&+-]*$/u;

interface Candidates {
  cues?: Record<string, string[]>;
  danger?: string[];
}
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort();
const candidates = files.map((f) => parse(readFileSync(join(DIR, f), "utf8")) as Candidates);

const norm = (p: string) => p.toLowerCase().replace(/\s+/g, " ").trim();
const pack = { ...realPack(), lexiconCues: [] };
const byId = new Map(pack.indicators.map((i) => [i.id, i]));

// Phrases removed on review (review.yaml), and the lowest level whose own cue each phrase already is.
const review = parse(readFileSync("scripts/lexicon/review.yaml", "utf8")) as {
  removed: { why: string; phrases: Record<string, string[]> }[];
};
const removedOnReview = new Set(
  review.removed.flatMap((g) =>
    Object.entries(g.phrases).flatMap(([id, ps]) => ps.map((p) => `${id}\u0000${norm(p)}`)),
  ),
);
const cueLevel = new Map<string, number>();
for (const ind of pack.indicators)
  for (const cue of [...(ind.cues ?? []), ...(ind.ageCues ?? []).flatMap((a) => a.cues)]) {
    const level = ind.level ?? 0;
    if (level > 0 && level < (cueLevel.get(norm(cue)) ?? 5)) cueLevel.set(norm(cue), level);
  }
const notes: LabelledNote[] = (["dev", "dev-2", "dev-3", "legacy"] as const).flatMap((name) => loadSet(name));

/** One probe per distinct (indicator, phrase) that is new, well formed and at most eight words. */
const probes: { id: string; of: Indicator; phrase: string }[] = [];
const seen = new Set<string>();
const rejected: string[] = [];
let onReview = 0;
let lowerLevel = 0;
for (const c of candidates) {
  for (const [id, phrases] of Object.entries(c.cues ?? {})) {
    const ind = byId.get(id);
    if (!ind) {
      rejected.push(`unknown indicator ${id}`);
      continue;
    }
    const own = new Set([...(ind.cues ?? []), ...(ind.ageCues ?? []).flatMap((a) => a.cues)].map(norm));
    for (const raw of phrases ?? []) {
      const phrase = norm(String(raw));
      const key = `${id}\u0000${phrase}`;
      if (seen.has(key) || own.has(phrase)) continue;
      seen.add(key);
      if (removedOnReview.has(key)) {
        onReview++;
        continue;
      }
      // A phrase that is already a lower level's cue says that level, not this one.
      if ((cueLevel.get(phrase) ?? 5) < (ind.level ?? 0)) {
        lowerLevel++;
        continue;
      }
      if (!PHRASE.test(phrase) || phrase.split(" ").length > 8) {
        rejected.push(`${id}: "${phrase}" is not a plain phrase of at most eight words`);
        continue;
      }
      probes.push({ id: `probe-${probes.length}`, of: ind, phrase });
    }
  }
}

// Every probe at once: each is its own indicator, so each note says which probes it counted.
const probePack = {
  ...pack,
  indicators: [
    ...pack.indicators,
    ...probes.map((p) => ({
      ...p.of,
      id: p.id,
      cues: [p.phrase],
      ageCues: undefined,
      text: p.of.text + " (probe)",
    })),
  ],
};
const matcher = new Matcher(probePack);
const tally = new Map(probes.map((p) => [p.id, { tp: 0, fp: 0, falseL4: 0 }]));
for (const note of notes) {
  const o = run(probePack, matcher, note);
  const labels = new Set(note.expect.indicators);
  for (const p of probes) {
    if (!o.found.has(p.id)) continue;
    const t = tally.get(p.id)!;
    if (labels.has(p.of.id)) t.tp++;
    else {
      t.fp++;
      if (p.of.level === 4 && note.expect.level[1] < 4) t.falseL4++;
    }
  }
}

const kept = new Map<string, string[]>();
const dropped = { precision: 0, falseLevel4: 0 };
let unseen = 0;
for (const p of probes) {
  const t = tally.get(p.id)!;
  if (t.falseL4 > 0) dropped.falseLevel4++;
  else if (t.fp > t.tp) dropped.precision++;
  else {
    if (t.tp + t.fp === 0) unseen++;
    kept.set(p.of.id, [...(kept.get(p.of.id) ?? []), p.phrase]);
  }
}

// Danger now: a phrase that occurs in a dev note without danger now is dropped.
const dangerPhrases = [...new Set(candidates.flatMap((c) => c.danger ?? []).map(norm))].filter(
  (p) => PHRASE.test(p) && p.split(" ").length <= 8,
);
const dangerProbe = new Matcher({
  ...pack,
  concepts: [
    ...pack.concepts,
    ...dangerPhrases.map((p, i) => ({ id: `danger-probe-${i}`, name: p, phrases: [p] })),
  ],
  dangerNowRules: dangerPhrases.map((p, i) => ({ id: `d-${i}`, all: [`danger-probe-${i}`], explanation: p })),
});
const dangerFalse = new Set<string>();
let dangerTrue = 0;
for (const note of notes) {
  const a = dangerProbe.analyse(note.text, { area: note.area });
  for (const e of a.dangerNow.evidence) {
    const phrase = dangerPhrases[Number(e.rule.slice(2))]!;
    if (note.expect.dangerNow) dangerTrue++;
    else dangerFalse.add(phrase);
  }
}
const dangerKept = dangerPhrases.filter((p) => !dangerFalse.has(p));

const HEADER = readFileSync(OUT, "utf8")
  .split("\n")
  .filter((l) => l.startsWith("#"))
  .join("\n");
const body = {
  lexiconCues: pack.indicators
    .filter((i) => kept.has(i.id))
    .map((i) => ({ indicator: i.id, phrases: kept.get(i.id)! })),
  ...(dangerKept.length
    ? {
        concepts: [{ id: "danger-now-words", name: "words of immediate danger", phrases: dangerKept }],
        dangerNowRules: [
          {
            id: "danger-now-words",
            all: ["danger-now-words"],
            explanation: "Words that say a child may be in immediate danger now.",
          },
        ],
      }
    : {}),
};
writeFileSync(OUT, `${HEADER}\n${stringify(body, { lineWidth: 110, flowCollectionPadding: false })}`);
console.log(
  `${probes.length} candidate cues for ${new Set(probes.map((p) => p.of.id)).size} indicators; ` +
    `kept ${[...kept.values()].flat().length} (${unseen} never seen in the dev notes); ` +
    `dropped ${dropped.precision} for precision, ${dropped.falseLevel4} for a false Level 4; ` +
    `${rejected.length} not plain phrases or unknown ids; ${onReview} removed on review; ` +
    `${lowerLevel} already a lower level's cue.\n` +
    `danger now: ${dangerPhrases.length} candidates, kept ${dangerKept.length}, dropped ${dangerFalse.size} ` +
    `(seen ${dangerTrue} times on danger-now notes).`,
);
for (const r of rejected.slice(0, 20)) console.log(`  rejected: ${r}`);
// `--verbose`: each candidate's tally on the dev notes (they are dev data: reading them is allowed).
if (process.argv.includes("--verbose"))
  for (const p of probes) {
    const t = tally.get(p.id)!;
    console.log(`  ${p.of.id}: "${p.phrase}" in ${t.tp} labelled, ${t.fp} not (${t.falseL4} below Level 4)`);
  }
