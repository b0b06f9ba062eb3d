import { tokenise, type Tokens, type Vocabulary } from "./tokenise.ts";

/** A phrase found in a text: tokens [from, to) and what the phrase stands for. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  value: T;
}

/**
 * Short phrases matched word for word (no gaps, function words kept), for context triggers and
 * people: "no explanation for" must be exactly that. Candidates are kept by first word and
 * longest first, so a scan costs one map lookup per token plus the few phrases that share it.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<number, { ids: number[]; value: T }[]>();
  /** starts[id] = 1 when some phrase begins with word `id`: most words of a note begin none. */
  private starts = new Uint8Array(0);

  constructor(vocab: Vocabulary, entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const t = tokenise(phrase, vocab, true);
      if (t.count === 0) continue;
      const ids = Array.from(t.ids.subarray(0, t.count));
      const list = this.byFirst.get(ids[0]!) ?? [];
      list.push({ ids, value });
      this.byFirst.set(ids[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.ids.length - a.ids.length);
    this.starts = new Uint8Array(vocab.words.length);
    for (const id of this.byFirst.keys()) this.starts[id] = 1;
  }

  /** The longest phrase starting at token `at` within its clause, or undefined. */
  longestAt(t: Tokens, at: number): PhraseHit<T> | undefined {
    const id = t.ids[at]!;
    // Words interned after this index was built begin none of its phrases.
    if (id < 0 || id >= this.starts.length || this.starts[id] !== 1) return undefined;
    const list = this.byFirst.get(id);
    if (!list) return undefined;
    const clause = t.clause[at]!;
    outer: for (const p of list) {
      if (at + p.ids.length > t.count) continue;
      for (let k = 1; k < p.ids.length; k++) {
        if (t.ids[at + k] !== p.ids[k] || t.clause[at + k] !== clause) continue outer;
      }
      return { from: at, to: at + p.ids.length, value: p.value };
    }
    return undefined;
  }

  /** Every longest, non-overlapping phrase of a text, left to right. */
  scan(t: Tokens): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < t.count;) {
      const hit = this.longestAt(t, i);
      if (hit) {
        out.push(hit);
        i = hit.to;
      } else i++;
    }
    return out;
  }
}
