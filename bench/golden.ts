/**
 * `npx tsx bench/golden.ts OUT.json`: a dev check for speed work on the matcher, run by hand.
 * Writes everything the matcher and the level rules make of the dev-half notes, the legacy
 * notes, the 1 MB bench text and a shuffle of the notes' sentences (also written roughly), so that a faster engine can
 * be compared with the old one byte for byte (`cmp before.json after.json`). Never reads the
 * locked test half.
 */
import { writeFileSync } from "node:fs";
import { parseAge, type Age } from "../packages/core/src/assess/age.ts";
import { assess } from "../packages/core/src/assess/assess.ts";
import { appliesToAge } from "../packages/core/src/assess/age.ts";
import { Matcher, type MatchOptions } from "../packages/core/src/match/match.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { loadSet } from "../tests/core/evaluation/notes.ts";

const out = process.argv[2];
if (!out) throw new Error("usage: tsx bench/golden.ts OUT.json");

const pack = realPack();
const matcher = Matcher.forPack(pack);
const dev = [...loadSet("dev"), ...loadSet("dev-2")];
const legacy = loadSet("legacy");
const AT = new Date("2026-11-24T10:00:00Z");

function outcome(text: string, options: MatchOptions) {
  const analysis = matcher.analyse(text, options);
  const counted = analysis.suggestions.filter(
    (s) => s.counted && appliesToAge(s.indicator.ages, options.age),
  );
  const assessment = assess(pack, {
    indicators: [...new Set(counted.map((s) => s.indicator.id))],
    age: options.age,
    area: options.area,
    at: AT,
  });
  return { analysis, assessment };
}

/** The bench's 1 MB text: the dev notes one after another, repeated. */
function corpus(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = dev[i % dev.length]!.text + "\n\n";
    parts.push(t);
    n += Buffer.byteLength(t);
  }
  return parts.join("").slice(0, bytes);
}

/** A fixed sequence of pseudo-random numbers (0 … 65535). */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
}

/** Every sentence of every note, in a fixed pseudo-random order: new neighbours for the rules. */
function shuffled(): string {
  const pieces = [...dev, ...legacy].flatMap((n) => n.text.split(/(?<=[.!?\n])\s+/));
  const next = random(12345);
  for (let i = pieces.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [pieces[i], pieces[j]] = [pieces[j]!, pieces[i]!];
  }
  return pieces.join(" ");
}

/** The same words, written roughly: case, curly quotes, invisible and astral characters, ligatures, bullets. */
function roughen(text: string, seed: number): string {
  const odd = [
    "\u200b",
    "\u00ad",
    "\u{1F600}",
    "\uD800",
    "\uD800a",
    "\u00a0",
    " - ",
    "\n• ",
    "\n- ",
    "13.8",
    "é",
  ];
  const next = random(seed);
  return text
    .split(/(?<=\s)/)
    .map((w) => {
      const r = next() % 40;
      if (r === 0) return w.toUpperCase();
      if (r === 1) return w.replace(/'/g, "\u2019");
      if (r === 2) return w.replace("fi", "\ufb01");
      if (r === 3 && w.length > 3) return w.slice(0, 2) + odd[next() % odd.length] + w.slice(2);
      if (r === 4) return odd[next() % odd.length] + w;
      if (r === 5) return "x".repeat(70) + w;
      if (r === 6) return w[0]!.toUpperCase() + w.slice(1);
      return w;
    })
    .join("");
}

const ages: (Age | undefined)[] = [
  undefined,
  ...["4m", "8", "15", "unborn"].map((a) => parseAge(a) ?? undefined),
];
const result: Record<string, unknown> = {};
for (const n of [...dev, ...legacy]) {
  const age = parseAge(n.age) ?? undefined;
  result[`${n.writer}/${n.id}`] = outcome(n.text, { age, area: n.area });
  result[`${n.writer}/${n.id}/bare`] = outcome(n.text, {});
  result[`${n.writer}/${n.id}/rough`] = outcome(roughen(n.text, n.text.length), { age, area: n.area });
}
const big = corpus(1_000_000);
const mix = shuffled();
const rough = roughen(mix, 7);
for (const area of [undefined, "lancashire", "blackpool"]) {
  for (const age of ages) {
    const key = `${area ?? "-"}/${age ? JSON.stringify(age) : "-"}`;
    result[`corpus/${key}`] = outcome(big, { age, area });
    result[`shuffled/${key}`] = outcome(mix, { age, area });
    result[`rough/${key}`] = outcome(rough, { age, area });
  }
}
writeFileSync(out, JSON.stringify(result, null, 1));
console.log(`${Object.keys(result).length} outcomes written to ${out}`);
