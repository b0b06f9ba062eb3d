import type { Indicator } from "../schema/indicator.ts";
import { tokenise, Vocabulary } from "./tokenise.ts";

/** A trie node: children by word id; the cues that end here. */
interface Node {
  next: Map<number, Node> | undefined;
  ends: CueEnd[] | undefined;
}

/** Longest cue the index takes, in words (the schema allows 12): bounds every walk. */
export const MAX_CUE_WORDS = 16;

/** Cue occurrences in a text, in order of their first token (parallel arrays). */
export interface Hits {
  from: number[];
  to: number[];
  end: CueEnd[];
}

export interface CueEnd {
  indicator: string;
  cue: string;
  /** Number of words in the cue. */
  length: number;
}

/**
 * Every indicator's cues as one trie over normalised words. Matching walks the trie from each
 * token, so the work is (tokens × longest cue): linear in the text.
 */
export class CueIndex {
  readonly vocab = new Vocabulary();
  private readonly root: Node = { next: undefined, ends: undefined };
  /** Longest cue, in words: the most any walk can take. */
  maxLength = 0;

  constructor(indicators: readonly Indicator[]) {
    for (const ind of indicators) {
      for (const phrase of cuePhrases(ind)) this.add(ind.id, phrase);
    }
  }

  private add(indicator: string, cue: string): void {
    const t = tokenise(cue, this.vocab, true);
    if (t.count === 0 || t.count > MAX_CUE_WORDS) return;
    let node = this.root;
    for (let i = 0; i < t.count; i++) {
      node.next ??= new Map();
      let child = node.next.get(t.ids[i]!);
      if (!child) node.next.set(t.ids[i]!, (child = { next: undefined, ends: undefined }));
      node = child;
    }
    node.ends ??= [];
    if (!node.ends.some((e) => e.indicator === indicator))
      node.ends.push({ indicator, cue, length: t.count });
    this.maxLength = Math.max(this.maxLength, t.count);
  }

  /** Appends every cue that starts at token `at` of `ids` to `hits` (no allocation per token). */
  collect(ids: Int32Array, count: number, at: number, hits: Hits): void {
    let node: Node | undefined = this.root;
    for (let i = at; i < count && node.next; i++) {
      const id = ids[i]!;
      if (id < 0) return;
      node = node.next.get(id);
      if (!node) return;
      if (node.ends) {
        for (const e of node.ends) {
          hits.from.push(at);
          hits.to.push(at + e.length);
          hits.end.push(e);
        }
      }
    }
  }
}

/**
 * The phrases an indicator is found by: its project-authored cues, and its own text when that
 * is short enough to be written as it stands in a note ("Teenage pregnancy").
 */
function cuePhrases(ind: Indicator): string[] {
  const phrases = [...(ind.cues ?? [])];
  if (ind.text.split(/\s+/).length <= 4) phrases.push(ind.text);
  return phrases;
}
