import type { Indicator } from "../schema/indicator.ts";
import { normaliseWord, tokenise, Vocabulary, type Tokens } from "./tokenise.ts";
import { BEFORE, CONTRACTIONS } from "./negation.ts";
import { STOPWORDS } from "./words.ts";

/** A trie node: children by word id; the cues that end here. */
interface Node {
  next: Map<number, Node> | undefined;
  ends: CueEnd[] | undefined;
  /** Reached by a negation word ("no", "not"): the cue's next word must follow at once, so
   * "no food" never matches "no concerns about food". */
  tight: boolean;
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
  level: number;
  cue: string;
  /** Number of words in the cue (function words left out): the more, the more specific. */
  length: number;
}

/** Words of the text a cue may step over between two of its own words ("smelt strongly of alcohol"). */
export const MAX_GAP = 3;

/**
 * Every indicator's cues as one trie over normalised words, function words left out. Matching
 * walks the trie from each token; after a cue's first word each next word may come up to
 * MAX_GAP words later in the same clause. The work per token is bounded by the cue length and
 * the gap, so the whole is linear in the text.
 */
export class CueIndex {
  readonly vocab = new Vocabulary();
  private readonly root: Node = { next: undefined, ends: undefined, tight: false };
  private readonly negations: Set<number>;
  /** Function words as they appear in a text, normalised. */
  private readonly stopIds: Set<number>;
  /** starts[id] = 1 when some cue begins with word `id`: most words of a note begin none. */
  private starts = new Uint8Array(0);

  constructor(indicators: readonly Indicator[]) {
    this.stopIds = new Set([...STOPWORDS].map((w) => this.vocab.intern(normaliseWord(w))));
    this.negations = new Set([...BEFORE, ...CONTRACTIONS].map((w) => this.vocab.intern(normaliseWord(w))));
    for (const ind of indicators) {
      for (const phrase of cuePhrases(ind)) this.add(ind, phrase);
    }
    this.starts = new Uint8Array(this.vocab.words.length);
    for (const id of this.root.next?.keys() ?? []) this.starts[id] = 1;
  }

  private add(ind: Indicator, cue: string): void {
    const t = tokenise(cue, this.vocab, true);
    const all = Array.from(t.ids.subarray(0, t.count));
    // Function words are judged before stemming: "one" stems to "on" but is not a function word.
    const content = all.filter((_, i) => !STOPWORDS.has(cue.slice(t.start[i]!, t.end[i]!).toLowerCase()));
    // Function words go only when two or more words remain: "mum to be" must not become "mum".
    const words = content.length >= 2 ? content : all;
    if (words.length === 0 || words.length > MAX_CUE_WORDS) return;
    let node = this.root;
    for (const id of words) {
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child)
        node.next.set(id, (child = { next: undefined, ends: undefined, tight: this.negations.has(id) }));
      node = child;
    }
    node.ends ??= [];
    if (!node.ends.some((e) => e.indicator === ind.id)) {
      node.ends.push({ indicator: ind.id, level: ind.level, cue, length: words.length });
    }
  }

  /** Appends every cue that starts at token `at` to `hits`, each once, with its tightest span. */
  collect(t: Tokens, at: number, hits: Hits): void {
    const id = t.ids[at]!;
    if (id < 0 || this.starts[id] !== 1) return;
    const first = this.root.next?.get(id);
    if (!first) return;
    const mark = hits.from.length;
    this.extend(t, at, first, at + 1, hits, mark);
  }

  private extend(t: Tokens, at: number, node: Node, next: number, hits: Hits, mark: number): void {
    if (node.ends) {
      for (const e of node.ends) {
        if (foundSince(hits, mark, e)) continue; // found already from this start
        hits.from.push(at);
        hits.to.push(next);
        hits.end.push(e);
      }
    }
    if (!node.next) return;
    const clause = t.clause[at]!;
    for (let j = next; j < t.count && j <= next + MAX_GAP && t.clause[j] === clause; j++) {
      const id = t.ids[j]!;
      const child = id < 0 ? undefined : node.next.get(id);
      if (child) this.extend(t, at, child, j + 1, hits, mark);
      // A gap never steps over a negation ("has no friends" is not "has friends"), and after a
      // negation word of the cue only function words may intervene ("not in school").
      if (this.negations.has(id) || (node.tight && !this.stopIds.has(id))) break;
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

function foundSince(hits: Hits, mark: number, e: CueEnd): boolean {
  for (let k = hits.end.length - 1; k >= mark; k--) if (hits.end[k] === e) return true;
  return false;
}
