/**
 * `npm run eval`: the engine on the labelled notes, as tables: per set, per level band, per
 * writer and per trap class. The locked test half is scored only to report: this prints no note
 * of it, and nothing is tuned on it. The validation half is printed only as aggregate tables.
 * `--dev-only` (while tuning) scores the dev halves and the first 150 notes; `--validation` adds
 * the held-out validation half, never the test half. `--details` lists the dev halves' misses
 * and false positives.
 */
import { Matcher } from "../../../packages/core/src/match/match.ts";
import { realPack } from "../real-pack.ts";
import { run, score, setScores, value, type Outcome, type Ratio, type Scores } from "./metrics.ts";
import { loadSet, type SetName } from "./notes.ts";

const pack = realPack();
const matcher = Matcher.forPack(pack);
// `--dev-only` while changing cues or rules: the test half is then not even scored.
const devOnly = process.argv.includes("--dev-only");
const validation = process.argv.includes("--validation");
const DEV: SetName[] = ["dev", "dev-2", "dev-3", "legacy"];
const HELD_OUT: SetName[] = ["validation", "validation-3"];
const sets: SetName[] = validation ? [...DEV, ...HELD_OUT] : devOnly ? DEV : [...DEV, ...HELD_OUT, "test"];
const outcomes = Object.fromEntries(
  sets.map((name) => [name, loadSet(name).map((n) => run(pack, matcher, n))]),
) as Record<SetName, Outcome[]>;

const pct = (r: Ratio) => (r.of === 0 ? "–" : `${(100 * value(r)).toFixed(1)} % (${r.hits}/${r.of})`);
const dec = (r: Ratio) => (r.of === 0 ? "–" : `${value(r).toFixed(3)} (${r.hits}/${r.of})`);
const COLUMNS: [string, (s: Scores) => string][] = [
  ["notes", (s) => String(s.notes)],
  ["level within band", (s) => pct(s.levelInBand)],
  ["L4 notes prompted 4", (s) => pct(s.level4Prompted4)],
  ["false L4", (s) => pct(s.falseLevel4)],
  ["recall", (s) => dec(s.recall)],
  ["precision", (s) => dec(s.precision)],
  ["context errors", (s) => `${s.contextErrors.hits}/${s.contextErrors.of}`],
  ["other-person errors", (s) => `${s.otherPersonErrors.hits}/${s.otherPersonErrors.of}`],
  ["danger now suggested", (s) => pct(s.dangerNowSuggested)],
  ["danger now, false", (s) => pct(s.dangerNowFalse)],
];

function table(title: string, rows: [string, Outcome[]][]): void {
  console.log(`\n### ${title}\n`);
  console.log(`| | ${COLUMNS.map(([h]) => h).join(" | ")} |`);
  console.log(`|---|${COLUMNS.map(() => "---").join("|")}|`);
  for (const [name, os] of rows) {
    if (os.length === 0) continue;
    const s = score(os);
    console.log(`| ${name} | ${COLUMNS.map(([, f]) => f(s)).join(" | ")} |`);
  }
}

const groupBy = (os: Outcome[], key: (o: Outcome) => string[]) => {
  const m = new Map<string, Outcome[]>();
  for (const o of os) for (const k of key(o)) m.set(k, [...(m.get(k) ?? []), o]);
  return [...m].sort(([a], [b]) => a.localeCompare(b));
};

table(
  "By set",
  sets.map((n) => [n, outcomes[n]]),
);
for (const name of sets.filter((n) => n !== "legacy")) {
  const os = outcomes[name];
  table(
    `${name}: by level band`,
    groupBy(os, (o) => [`band [${o.note.expect.level.join(", ")}]`]),
  );
  table(
    `${name}: by writer`,
    groupBy(os, (o) => [`writer ${o.note.writer}`]),
  );
  table(
    `${name}: by trap class`,
    groupBy(os, (o) => (o.note.expect.classes.length ? o.note.expect.classes : ["no trap"])),
  );
  console.log(`\n${name}: by indicator set\n`);
  for (const set of pack.indicatorSets) {
    const r = setScores(pack, os, set.id);
    console.log(`- ${set.id}: recall ${dec(r.recall)}, precision ${dec(r.precision)}`);
  }
}

if (process.argv.includes("--details")) {
  const label = (id: string) => pack.indicators.find((i) => i.id === id)?.text ?? id;
  for (const o of DEV.flatMap((name) => outcomes[name])) {
    const e = new Set(o.note.expect.indicators);
    const miss = [...e].filter((id) => !o.found.has(id));
    const extra = [...o.found].filter((id) => !e.has(id));
    const [lo, hi] = o.note.expect.level;
    const off = o.level < lo || o.level > hi;
    const danger = o.note.expect.dangerNow !== o.dangerNow;
    if (!miss.length && !extra.length && !off && !danger) continue;
    console.log(
      `\n${o.note.id} (${o.note.area}, ${o.note.age}) band [${lo}, ${hi}] → ${o.level}${danger ? `  dangerNow expected ${o.note.expect.dangerNow}` : ""}`,
    );
    console.log(`  ${o.note.text.trim().replace(/\s+/g, " ")}`);
    for (const id of miss) console.log(`  MISS ${id}: ${label(id)}`);
    for (const id of extra) {
      const s = o.analysis.suggestions.find((x) => x.indicator.id === id)!;
      console.log(`  EXTRA ${id}: ${label(id)}  ← "${s.evidence.find((x) => !x.context)?.quote}"`);
    }
  }
}
