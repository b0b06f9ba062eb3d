import { tokenise, type Tokens, type Vocabulary } from "./tokenise.ts";

/** A phrase found in a text: tokens [from, to) and what the phrase stands for. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  value: T;
}

/** A trie node: children by word id; the phrase that ends here, if any (the first given). */
interface Node<T> {
  next: Map<number, Node<T>> | undefined;
  ends: { value: T } | undefined;
}

/**
 * Short phrases matched word for word (no gaps, function words kept), for context triggers and
 * people: "no explanation for" must be exactly that. The phrases form a trie over word ids, its
 * first level an array by word id, so a look costs one array read for most words and one step
 * per word matched, however many phrases share a first word ("no …", "not …"). `ContextRules.read`
 * scans a text for several indexes at once.
 */
export class PhraseIndex<T> {
  private readonly root = new Map<number, Node<T>>();
  /** The root's children indexed by word id (undefined for most words): read for every token. */
  private readonly first: (Node<T> | undefined)[];

  constructor(vocab: Vocabulary, entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const t = tokenise(phrase, vocab, true);
      if (t.count === 0) continue;
      let next = this.root;
      let node: Node<T> | undefined;
      for (let k = 0; k < t.count; k++) {
        const id = t.ids[k]!;
        node = next.get(id);
        if (!node) next.set(id, (node = { next: undefined, ends: undefined }));
        if (k + 1 < t.count) next = node.next ??= new Map();
      }
      node!.ends ??= { value };
    }
    this.first = Array.from({ length: vocab.words.length }, (_, id) => this.root.get(id));
  }

  /** The longest phrase starting at token `at` within its clause, or undefined. */
  longestAt(t: Tokens, at: number): PhraseHit<T> | undefined {
    const to = this.longestEnd(t, at);
    return to < 0 ? undefined : { from: at, to, value: this.found! };
  }

  /** The value of the phrase `longestEnd` found last. */
  found: T | undefined;

  /**
   * `longestAt` without an object: the end of the longest phrase starting at token `at` (its
   * value in `found`), or -1. For people, named ~17,000 times in a 1 MB note.
   */
  longestEnd(t: Tokens, at: number): number {
    const id = t.ids[at]!;
    // Words interned after this index was built begin none of its phrases.
    let node = id >= 0 && id < this.first.length ? this.first[id] : undefined;
    if (!node) return -1;
    const clause = t.clause[at]!;
    // The longest phrase ending so far: its end and the node it ends at.
    let to = -1;
    let ends: { value: T } | undefined;
    for (let k = at + 1; ; k++) {
      if (node.ends) {
        to = k;
        ends = node.ends;
      }
      if (!node.next || k >= t.count || t.clause[k] !== clause) break;
      const next = node.next.get(t.ids[k]!);
      if (!next) break;
      node = next;
    }
    if (ends) this.found = ends.value;
    return to;
  }

  /** The ids of the words some phrase begins with. */
  firstWords(): Iterable<number> {
    return this.root.keys();
  }
}
