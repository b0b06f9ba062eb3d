import type { AgeBand } from "../schema/indicator.ts";
import { normaliseWord, tokenise, Vocabulary, type Tokens } from "./tokenise.ts";
import { NEGATION_WORDS, STOPWORDS } from "./words.ts";

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
  /** An indicator id, or a concept id when `concept` is set. */
  key: string;
  concept: boolean;
  level: number;
  cue: string;
  /** Set for cues that apply only at some ages (checked against the child's age). */
  ages: readonly AgeBand[] | undefined;
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

  constructor(entries: readonly CueEntry[]) {
    this.stopIds = new Set([...STOPWORDS].map((w) => this.vocab.intern(normaliseWord(w))));
    this.negations = new Set([...NEGATION_WORDS].map((w) => this.vocab.intern(normaliseWord(w))));
    for (const entry of entries) {
      for (const phrase of entry.phrases) this.add(entry, phrase);
    }
    this.starts = new Uint8Array(this.vocab.words.length);
    for (const id of this.root.next?.keys() ?? []) this.starts[id] = 1;
  }

  private add(entry: CueEntry, cue: string): void {
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
    if (!node.ends.some((e) => e.key === entry.key && e.ages === entry.ages)) {
      node.ends.push({
        key: entry.key,
        concept: entry.concept,
        level: entry.level,
        cue,
        ages: entry.ages,
        length: words.length,
      });
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

/** Phrases that find one indicator (at any age, or at the given ages) or one concept. */
export interface CueEntry {
  key: string;
  concept: boolean;
  level: number;
  phrases: readonly string[];
  ages?: readonly AgeBand[];
}

function foundSince(hits: Hits, mark: number, e: CueEnd): boolean {
  for (let k = hits.end.length - 1; k >= mark; k--) if (hits.end[k] === e) return true;
  return false;
}
