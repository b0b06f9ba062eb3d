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

/**
 * Cue occurrences in a text, in order of their first token: parallel typed arrays (a 1 MB note
 * has ~36,000), which the index's next `collect` writes over.
 */
export interface Hits {
  count: number;
  /** Tokens [from, to) of each hit. */
  from: Int32Array;
  to: Int32Array;
  /** Which cue each hit is: an index into `cues`. */
  cue: Int32Array;
  cues: readonly CueEnd[];
  /** The widest span of any hit, in tokens: how far back a hit covering another can start. */
  reach: number;
}

/** Hits kept between texts up to this many (12 bytes each). */
const KEEP_HITS = 1 << 17;

export interface CueEnd {
  /** An indicator id, or a concept id when `concept` is set. */
  key: string;
  /** The caller's number for `key` (see `CueEntry.ref`). */
  ref: number;
  concept: boolean;
  level: number;
  cue: string;
  /** Set for cues that apply only at some ages (checked against the child's age). */
  ages: readonly AgeBand[] | undefined;
  /** Number of words in the cue (function words left out): the more, the more specific. */
  length: number;
  /** Why its mentions are suggested: one object for all of them. */
  because: { kind: "cue"; cue: string };
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
  /** The trie, read for every token of every text: flat arrays, not maps (see `freeze`). */
  private readonly flat: FlatTrie;
  /** The last text's hits, written over by the next text's. */
  private spare: Hits | undefined;

  constructor(entries: readonly CueEntry[]) {
    this.stopIds = new Set([...STOPWORDS].map((w) => this.vocab.intern(normaliseWord(w))));
    this.negations = new Set([...NEGATION_WORDS].map((w) => this.vocab.intern(normaliseWord(w))));
    for (const entry of entries) {
      for (const phrase of entry.phrases) this.add(entry, phrase);
    }
    this.flat = this.freeze();
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
        ref: entry.ref,
        concept: entry.concept,
        level: entry.level,
        cue,
        ages: entry.ages,
        length: words.length,
        because: { kind: "cue", cue },
      });
    }
  }

  /**
   * Numbers the nodes (root 0) and puts every edge in one hash table over typed arrays instead
   * of a map per node; the root's children are one array indexed by word id.
   */
  private freeze(): FlatTrie {
    const words = this.vocab.words.length;
    const nodes: Node[] = [this.root];
    for (let n = 0; n < nodes.length; n++) {
      for (const child of nodes[n]!.next?.values() ?? []) nodes.push(child);
    }
    const number = new Map(nodes.map((node, n) => [node, n]));
    const rootChild = new Int32Array(words).fill(-1);
    for (const [id, child] of this.root.next ?? []) rootChild[id] = number.get(child)!;
    const edges = edgeTable(nodes.length - 1);
    const parents = new Int32Array(words);
    const children = new Int32Array(nodes.length);
    nodes.forEach((node, n) => {
      for (const [id, child] of node.next ?? []) {
        addEdge(edges, n, id, number.get(child)!);
        parents[id]! |= 1 << (n & 31);
        children[n]! |= 1 << (id & 31);
      }
    });
    const flags = new Uint8Array(words);
    for (const id of this.negations) flags[id]! |= NEGATION;
    for (const id of this.stopIds) flags[id]! |= STOP;
    return {
      words,
      rootChild,
      children,
      edges,
      tight: Uint8Array.from(nodes, (node) => (node.tight ? 1 : 0)),
      ...endTable(nodes),
      flags,
      parents,
    };
  }

  /**
   * Every cue occurrence of a text, in order of the token it starts at: each cue once per start,
   * with its tightest span.
   */
  collect(t: Tokens): Hits {
    const f = this.flat;
    const hits = this.spare ?? hitArrays(f.ends, 1024);
    hits.count = 0;
    hits.reach = 0;
    for (let at = 0; at < t.count; at++) {
      const id = t.ids[at]!;
      // Words interned after the trie was built (or unknown, -1) begin no cue.
      if (id < 0 || id >= f.words) continue;
      const first = f.rootChild[id]!;
      if (first >= 0) extend(f, t, at, first, at + 1, hits, hits.count);
    }
    this.spare = hits.from.length <= KEEP_HITS ? hits : undefined;
    return hits;
  }
}

/** Appends the cues ending at `node` and below it, for the walk that started at token `at`. */
function extend(
  f: FlatTrie,
  t: Tokens,
  at: number,
  node: number,
  next: number,
  hits: Hits,
  mark: number,
): void {
  for (let e = f.endStart[node]!, endsTo = f.endStart[node + 1]!; e < endsTo; e++) {
    if (!foundSince(hits, mark, e)) addHit(hits, at, next, e); // else found already from this start
  }
  const children = f.children[node]!;
  if (children === 0) return;
  const { ids, clause } = t;
  const { parents, flags } = f;
  const words = f.words;
  const tight = f.tight[node] === 1;
  const inClause = clause[at]!;
  const bit = node & 31;
  const last = Math.min(t.count - 1, next + MAX_GAP);
  for (let j = next; j <= last && clause[j] === inClause; j++) {
    const id = ids[j]!;
    if (id < 0 || id >= words) {
      if (tight) break; // an unknown word is no function word
      continue;
    }
    // Most words are no child of this node, and most of those are known so by two bits: one
    // of the node's children's words, one of the word's parent nodes.
    if ((children >>> (id & 31)) & 1 && (parents[id]! >>> bit) & 1) {
      const child = childOf(f.edges, node, id);
      if (child >= 0) extend(f, t, at, child, j + 1, hits, mark);
    }
    const flag = flags[id]!;
    // A gap never steps over a negation ("has no friends" is not "has friends"), and after a
    // negation word of the cue only function words may intervene ("not in school").
    if (flag & NEGATION || (tight && !(flag & STOP))) break;
  }
}

const NEGATION = 1;
const STOP = 2;

/** The trie as typed arrays, its nodes numbered. */
interface FlatTrie {
  /** Words known when the trie was built: later ones begin and continue no cue. */
  words: number;
  /** The node each word leads to from the root, or -1. */
  rootChild: Int32Array;
  /** Per node, bit w % 32 set when it has a child by word w (0: no children). */
  children: Int32Array;
  /** Every node's children, by (node, word) (see `edgeTable`). */
  edges: Int32Array;
  tight: Uint8Array;
  /** Node n's cues are ends[endStart[n]] … ends[endStart[n + 1] - 1]. */
  endStart: Int32Array;
  ends: CueEnd[];
  /** NEGATION and STOP bits per word id. */
  flags: Uint8Array;
  /** Per word id, bit n % 32 set when node n has a child by that word: a cheap "no child" test. */
  parents: Int32Array;
}

/**
 * The cues ending at each node, all in one array, a node's in a run: a walk that finds none (most
 * steps) reads two neighbouring numbers, not an array of its own for every node.
 */
function endTable(nodes: readonly Node[]): Pick<FlatTrie, "endStart" | "ends"> {
  const endStart = new Int32Array(nodes.length + 1);
  const ends: CueEnd[] = [];
  nodes.forEach((node, n) => {
    endStart[n] = ends.length;
    ends.push(...(node.ends ?? []));
  });
  endStart[nodes.length] = ends.length;
  return { endStart, ends };
}

/**
 * An empty hash table for `count` edges, at most half full: open addressing, each slot four
 * numbers side by side (node, word, child, unused; node -1 when empty), so that a probe reads
 * one small stretch of memory.
 */
function edgeTable(count: number): Int32Array {
  let slots = 2;
  while (slots < count * 2) slots *= 2;
  return new Int32Array(slots * 4).fill(-1);
}

function addEdge(edges: Int32Array, node: number, word: number, child: number): void {
  const mask = (edges.length >> 2) - 1;
  let slot = edgeSlot(node, word) & mask;
  while (edges[slot << 2] !== -1) slot = (slot + 1) & mask;
  edges.set([node, word, child], slot << 2);
}

/** The child of node `node` by word id, or -1. */
function childOf(edges: Int32Array, node: number, id: number): number {
  const mask = (edges.length >> 2) - 1;
  for (let slot = edgeSlot(node, id) & mask; ; slot = (slot + 1) & mask) {
    const at = slot << 2;
    const n = edges[at]!;
    if (n === node && edges[at + 1] === id) return edges[at + 2]!;
    if (n === -1) return -1;
  }
}

/** Where an edge's search starts (a multiplicative mix of node and word). */
function edgeSlot(node: number, word: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ word;
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
}

/** Phrases that find one indicator (at any age, or at the given ages) or one concept. */
export interface CueEntry {
  key: string;
  /**
   * The caller's own number for `key` (the matcher's number of the indicator or concept), handed
   * back with each hit so that it finds what a hit stands for without a lookup by name.
   */
  ref: number;
  concept: boolean;
  level: number;
  phrases: readonly string[];
  ages?: readonly AgeBand[];
}

function foundSince(hits: Hits, mark: number, cue: number): boolean {
  for (let k = hits.count - 1; k >= mark; k--) if (hits.cue[k] === cue) return true;
  return false;
}

function addHit(hits: Hits, from: number, to: number, cue: number): void {
  if (hits.count === hits.from.length) {
    // Twice the room, the hits so far copied (the object stays: the walk holds it).
    const more = hitArrays(hits.cues, hits.count * 2);
    more.from.set(hits.from);
    more.to.set(hits.to);
    more.cue.set(hits.cue);
    ({ from: hits.from, to: hits.to, cue: hits.cue } = more);
  }
  const k = hits.count++;
  hits.from[k] = from;
  hits.to[k] = to;
  hits.cue[k] = cue;
  if (to - from > hits.reach) hits.reach = to - from;
}

function hitArrays(cues: readonly CueEnd[], size: number): Hits {
  const a = () => new Int32Array(size);
  return { count: 0, from: a(), to: a(), cue: a(), cues, reach: 0 };
}
