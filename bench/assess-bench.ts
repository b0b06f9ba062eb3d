/**
 * `npm run bench`: assess-from-text on 10 KB, 100 KB and 1 MB of realistic notes, against what a
 * developer would otherwise reach for — Fuse.js fuzzy search and MiniSearch full-text search over
 * the same cue phrases — and the floor (one lower-case + tokenise pass). A benchmark, not a test:
 * it prints medians measured on this machine. The last line is one JSON object.
 */
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { cpus } from "node:os";
import { assess } from "../packages/core/src/assess/assess.ts";
import { Matcher } from "../packages/core/src/match/match.ts";
import type { Pack } from "../packages/core/src/schema/pack.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { run } from "../tests/core/evaluation/metrics.ts";
import { loadSet, type LabelledNote } from "../tests/core/evaluation/notes.ts";

const pack = realPack();
// The dev half of the labelled notes (never the locked test half).
const notes = loadSet("dev");
const SIZES = [10_000, 100_000, 1_000_000];

/** Realistic text of about `bytes`: the labelled notes, one after another, repeated. */
function corpus(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = notes[i % notes.length]!.text + "\n\n";
    parts.push(t);
    n += Buffer.byteLength(t);
  }
  return parts.join("").slice(0, bytes);
}

/** Every cue phrase with its indicator: what each method searches for. */
const cues = pack.indicators.flatMap((i) =>
  [...(i.cues ?? []), ...(i.text.split(/\s+/).length <= 4 ? [i.text] : [])].map((cue) => ({ cue, id: i.id })),
);

/** The same last step for every method: found indicators → a prompted level. */
function levelFrom(p: Pack, ids: Iterable<string>): number {
  return assess(p, { indicators: [...new Set(ids)], area: "lancashire" }).level;
}

const sentences = (text: string) => text.split(/(?<=[.!?\n])\s+/).filter((s) => s.trim() !== "");

interface Method {
  name: "right-help" | "fuse.js" | "minisearch" | "floor";
  /** Assess from text; returns the indicator ids found. */
  run(text: string): Set<string>;
}

const matcher = Matcher.forPack(pack);
const methods: Method[] = [
  {
    name: "right-help",
    run(text) {
      const found = matcher
        .analyse(text, { area: "lancashire" })
        .suggestions.filter((s) => s.counted)
        .map((s) => s.indicator.id);
      levelFrom(pack, found);
      return new Set(found);
    },
  },
  {
    // Fuzzy search: the text's sentences are the collection, each cue phrase a query.
    name: "fuse.js",
    run(text) {
      const fuse = new Fuse(sentences(text), {
        includeScore: true,
        threshold: 0.3,
        ignoreLocation: true,
        minMatchCharLength: 3,
      });
      const found = new Set<string>();
      for (const { cue, id } of cues)
        if (!found.has(id) && fuse.search(cue, { limit: 1 }).length > 0) found.add(id);
      levelFrom(pack, found);
      return found;
    },
  },
  {
    // Full-text search: sentences indexed, each cue an AND query; prefix search stands in for stemming.
    name: "minisearch",
    run(text) {
      const ms = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
      ms.addAll(sentences(text).map((s, id) => ({ id, text: s })));
      const found = new Set<string>();
      for (const { cue, id } of cues) {
        if (!found.has(id) && ms.search(cue, { combineWith: "AND", prefix: true }).length > 0) found.add(id);
      }
      levelFrom(pack, found);
      return found;
    },
  },
  {
    name: "floor",
    run(text) {
      void text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
      return new Set();
    },
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time runs until `reps` are done or `budgetMs` is spent (at least one run). */
function time(fn: () => void, reps: number, budgetMs: number): { medianMs: number; runs: number } {
  // Warm-up (JIT, caches); a run that slow is its own measurement: no time for more.
  const w0 = performance.now();
  fn();
  const warm = performance.now() - w0;
  if (warm > budgetMs / 3) return { medianMs: warm, runs: 1 };
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < reps && (times.length === 0 || performance.now() - begin < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { medianMs: median(times), runs: times.length };
}

/** Recall and precision on the dev notes (precision shows what the recall costs). */
function recallOf(m: Method): { recall: number; precision: number } | null {
  if (m.name === "floor") return null;
  const find = (note: LabelledNote): Set<string> =>
    m.name === "right-help" ? run(pack, matcher, note).found : new Set(m.run(note.text));
  let expected = 0;
  let found = 0;
  let hit = 0;
  for (const note of notes) {
    const f = find(note);
    expected += note.expect.indicators.length;
    found += f.size;
    hit += note.expect.indicators.filter((id) => f.has(id)).length;
  }
  return { recall: hit / expected, precision: found === 0 ? 1 : hit / found };
}

/** A size is not run when the one before took this long: it would take about 10× longer. */
const SKIP_AFTER_MS = 20_000;

type Result = {
  method: string;
  bytes: number;
  medianMs: number | null;
  recall: number | null;
  precision: number | null;
  runs: number;
};
const results: Result[] = [];
for (const m of methods) {
  const quality = recallOf(m);
  const recall = quality === null ? null : Number(quality.recall.toFixed(3));
  const precision = quality === null ? null : Number(quality.precision.toFixed(3));
  for (const bytes of SIZES) {
    const previous = results.at(-1);
    if (previous?.method === m.name && (previous.medianMs === null || previous.medianMs > SKIP_AFTER_MS)) {
      results.push({ method: m.name, bytes, medianMs: null, recall, precision, runs: 0 });
      console.error(`  ${m.name} ${bytes} B: not run (the smaller text took over ${SKIP_AFTER_MS / 1000} s)`);
      continue;
    }
    const text = corpus(bytes);
    const reps = bytes >= 1_000_000 ? 7 : bytes >= 100_000 ? 11 : 21;
    const { medianMs, runs } = time(() => m.run(text), reps, bytes >= 1_000_000 ? 60_000 : 20_000);
    results.push({
      method: m.name,
      bytes,
      medianMs: Number(medianMs.toFixed(2)),
      recall,
      precision,
      runs,
    });
    console.error(`  ${m.name} ${bytes} B: ${medianMs.toFixed(2)} ms (${runs} runs)`);
  }
}

const ms = (name: string, bytes: number) =>
  results.find((r) => r.method === name && r.bytes === bytes)?.medianMs;

/** How many times faster right-help is than `name`, at the largest size both ran. */
function speedup(name: string): string {
  for (const bytes of [...SIZES].reverse()) {
    const other = ms(name, bytes);
    const ours = ms("right-help", bytes);
    if (other && ours) return `${(other / ours).toFixed(0)}× at ${bytes / 1000} KB`;
  }
  return "n/a";
}

console.log(
  `Assess from text — median ms over repeated runs (Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores)`,
);
console.log(
  `Recall and precision on the ${notes.length} dev-half labelled notes (all indicators). Cues: ${cues.length}.`,
);
console.log("");
console.log(
  `${"method".padEnd(12)}${SIZES.map((b) => `${b / 1000} KB`.padStart(14)).join("")}${"recall".padStart(10)}${"precision".padStart(11)}`,
);
for (const m of methods) {
  const row = results.filter((r) => r.method === m.name);
  const cell = (v: number | null) => (v === null ? "not run" : `${v.toFixed(2)} ms`).padStart(14);
  console.log(
    `${m.name.padEnd(12)}${row.map((r) => cell(r.medianMs)).join("")}${String(row[0]!.recall ?? "—").padStart(10)}${String(row[0]!.precision ?? "—").padStart(11)}`,
  );
}
console.log("");
console.log(
  `right-help is faster than Fuse.js by ${speedup("fuse.js")} and than MiniSearch by ${speedup("minisearch")}; ` +
    `at 1 MB it takes ${(ms("right-help", 1_000_000)! / ms("floor", 1_000_000)!).toFixed(1)}× the floor's time.`,
);
console.log(JSON.stringify({ results: results.map(({ runs: _runs, ...r }) => r) }));
