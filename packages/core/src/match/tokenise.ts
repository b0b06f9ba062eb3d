import { stemmer } from "stemmer";
import { MAX_NORMALISED_LENGTH, TextTooLongError } from "./limits.ts";
import { IRREGULAR, SAME_WORD, UNSTEMMED } from "./words.ts";

/** A longer run of letters is no word a cue uses, and is never normalised (NFKC work). */
const MAX_WORD_LENGTH = 64;
/** The code units of the word being read (those of words too long to look up are not kept). */
const WORD = new Uint16Array(MAX_WORD_LENGTH);
/**
 * The UTF-16 code unit at `i`. Not `text.charCodeAt(i)`: that looks the method up on the string,
 * and once V8 has seen more than four kinds of string there (cue phrases, slices, joins, notes)
 * the lookup goes megamorphic, a generic lookup for every character of a note. Reached from
 * `String`, the method is a constant to V8 whatever the string.
 */
function codeAt(text: string, i: number): number {
  return String.prototype.charCodeAt.call(text, i);
}

const SAME = new Map(SAME_WORD.flatMap((group) => group.map((w) => [w, group[0]!] as const)));

/**
 * Text → tokens, once, in one pass. Positions index the original string, so evidence quotes
 * are exact; the normalised form (NFKC, lower case, invisible characters dropped, stemmed)
 * is what cues are compared with. Stored as parallel arrays: a 1 MB note is ~200k tokens.
 */
export interface Tokens {
  count: number;
  /** Interned id of each token's normalised form (see `Vocabulary`). */
  ids: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Clause number: negation never reaches across a clause. */
  clause: Int32Array;
  /** Sentence number: concept rules and subjects look within a sentence. */
  sentence: Int32Array;
}

/** Characters that change nothing a reader sees: zero-width, bidi controls, soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/gu;
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const INVISIBLE_CHAR_RE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/u;

/** 1: part of a word; 2: apostrophe (inside a word only); 0: separator. ASCII by table, the rest by regex. */
const ASCII_KIND = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_KIND[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_KIND[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_KIND[c] = 1;
ASCII_KIND[39] = 2;

function charKind(text: string, i: number): number {
  const c = codeAt(text, i);
  if (c < 128) return ASCII_KIND[c]!;
  if (c === 0x2019 || c === 0x02bc) return 2;
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR_RE.test(text.slice(i, i + 2)) ? 1 : 0;
  const ch = text[i]!;
  return WORD_CHAR_RE.test(ch) || INVISIBLE_CHAR_RE.test(ch) ? 1 : 0;
}

/**
 * Does the gap between two words end a sentence? . ! ? followed by a space ("13.8", "?#" and
 * "o/e." inside shorthand do not), a blank line, or a line break after . ! ? : ; or before a
 * list item. A line that merely wraps a sentence continues it (it still ends a clause, so a
 * negation never runs on to the next line).
 */
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = codeAt(text, i);
    if (c === 0x2022) return true;
    if ((c === 46 || c === 33 || c === 63) && (i + 1 === to || isSpace(text, i + 1))) return true;
    if (c === 10 && lineBreakEndsSentence(text, from, to, i)) return true;
  }
  return false;
}

/** `/\s/` for the character at `i`: ASCII by its code, the rest (no-break space …) by the regex. */
function isSpace(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]!);
}

function lineBreakEndsSentence(text: string, from: number, to: number, at: number): boolean {
  const before = text.slice(from, at);
  const after = text.slice(at + 1, to);
  if (/\n/.test(after) || /[.!?:;]\s*$/.test(before)) return true;
  // A list item: "- refer", "* visit", "2) plan" (the gap holds the marker before the word).
  return /^\s*([-*•]|\d+[.)])\s/.test(after + text.slice(to, to + 3));
}

/**
 * Does the gap between two words end a clause? Sentence ends, ; : , brackets, line breaks,
 * " - ", and quotation marks (reported speech is its own clause: "not sleeping and 'can't cope'").
 */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (codeAt(text, i)) {
      case 10: // \n
      case 13: // \r
        if (isWrap(text, from, to, i)) break;
        return true;
      case 34: // "
      case 39: // ' between words is a quotation mark, not an apostrophe
      case 0x2018:
      case 0x2019:
      case 0x201c:
      case 0x201d:
      case 46: // .
      case 59: // ;
      case 58: // :
      case 33: // !
      case 63: // ?
      case 44: // ,
      case 40: // (
      case 41: // )
      case 91: // [
      case 93: // ]
      case 123: // {
      case 125: // }
      case 124: // |
      case 0x2022: // •
        return true;
      case 45: // - – — between spaces
      case 0x2013:
      case 0x2014:
        if (i > from && i + 1 < to && isSpace(text, i - 1) && isSpace(text, i + 1)) return true;
    }
  }
  return false;
}

/**
 * A line that only wraps a sentence in mid-clause: one line break, with the next line going on
 * in lower case ("no self-harm, no\nsuicidal thoughts"). Anything else at a line break — a
 * capital, a list marker, a blank line — still ends the clause, so "Denies drug use\nAlcohol 30
 * units" keeps the alcohol.
 */
function isWrap(text: string, from: number, to: number, at: number): boolean {
  const c = codeAt(text, at);
  const other = c === 13 ? 10 : 13;
  for (let i = from; i < to; i++) {
    const d = codeAt(text, i);
    if (i !== at && d !== other && d !== 32 && d !== 9) return false;
    if (d === other && Math.abs(i - at) !== 1) return false;
  }
  return LOWER_START.test(text.slice(to, to + 1));
}
const LOWER_START = /^\p{Ll}/u;

/** Words that start a new clause ("no bruising but mum smelt of alcohol"). */
const CLAUSE_WORDS = ["but", "however", "although", "though", "whereas", "yet", "except", "unlike"];

/**
 * Interns normalised words as small integers, so that the cue trie compares numbers. Words of
 * a text that no cue uses get id -1 and are not kept: a long-lived index must not grow with
 * every note it reads.
 */
export class Vocabulary {
  private readonly idOf = new Map<string, number>();
  private readonly rawCache = new RawWords();
  readonly words: string[] = [];
  /** Characters normalised so far for words of a text, checked against MAX_NORMALISED_LENGTH. */
  normalised = 0;
  /** Ids of the words that open a new clause. */
  readonly clauseWords: Set<number>;
  /** Clause words are interned first: no other word has an id this small. */
  readonly lastClauseWord: number;

  constructor() {
    this.clauseWords = new Set(CLAUSE_WORDS.map((w) => this.intern(normaliseWord(w))));
    this.lastClauseWord = Math.max(...this.clauseWords);
  }

  /** The id of a normalised word, adding it if new. */
  intern(norm: string): number {
    let id = this.idOf.get(norm);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(norm);
      this.idOf.set(norm, id);
      this.rawCache.clear(); // raw words cached as unknown may now be known
    }
    return id;
  }

  /**
   * The id of the raw word whose `length` UTF-16 code units are in `units` (hashed as `tokenise`
   * hashes them), standing in `text` at `from`, or -1 when no cue uses it. A word seen before is
   * not cut out of the text.
   */
  lookupWord(units: Uint16Array, length: number, hash: number, text: string, from: number): number {
    let id = this.rawCache.get(units, length, hash);
    if (id === undefined) {
      const raw = text.slice(from, from + length);
      const norm = normaliseWord(raw);
      this.normalised += norm.length;
      id = this.idOf.get(norm) ?? -1;
      // Bounded: a hostile text of unique words must not grow memory without limit.
      if (this.rawCache.size < 100_000) this.rawCache.set(raw, hash, id);
    }
    return id;
  }
}

/** FNV-1a over a word's UTF-16 code units, computed by `tokenise` as it reads the word. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Raw word → id, looked up by the word's code units as `tokenise` copies them while it reads, so
 * the ~200k words of a 1 MB note need no string each: open addressing over a table that doubles
 * as it fills, every key compared in full. Slots and the keys' characters sit in two typed
 * arrays, so a lookup touches two small regions of memory, not a string on the heap.
 */
class RawWords {
  /** Per slot: hash, id, offset of the key in `chars`, key length + 1 (0: empty slot). */
  private slots = new Int32Array(0);
  private chars = new Uint16Array(1 << 12);
  private used = 0;
  size = 0;

  constructor() {
    this.clear();
  }

  clear(): void {
    this.slots = new Int32Array(4 << 10);
    this.used = 0;
    this.size = 0;
  }

  get(units: Uint16Array, length: number, hash: number): number | undefined {
    const { slots, chars } = this;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const stored = slots[at + 3]!;
      if (stored === 0) return undefined;
      if (slots[at] !== hash || stored !== length + 1) continue;
      const offset = slots[at + 2]!;
      let k = 0;
      while (k < length && chars[offset + k] === units[k]) k++;
      if (k === length) return slots[at + 1];
    }
  }

  /** Adds a word not in the table. */
  set(raw: string, hash: number, id: number): void {
    if ((this.size + 1) * 2 > this.slots.length >> 2) this.grow();
    if (this.used + raw.length > this.chars.length) {
      const more = new Uint16Array(Math.max(this.chars.length * 2, this.used + raw.length));
      more.set(this.chars);
      this.chars = more;
    }
    for (let k = 0; k < raw.length; k++) this.chars[this.used + k] = raw.charCodeAt(k);
    this.put(hash, id, this.used, raw.length + 1);
    this.used += raw.length;
    this.size++;
  }

  private put(hash: number, id: number, offset: number, stored: number): void {
    const mask = (this.slots.length >> 2) - 1;
    let slot = hash & mask;
    while (this.slots[(slot << 2) + 3] !== 0) slot = (slot + 1) & mask;
    this.slots.set([hash, id, offset, stored], slot << 2);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 3] !== 0) this.put(old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}

/** One word's comparable form: "Drinking" → "drink", "mum’s" → "mum", "didn't" → "didnt". */
export function normaliseWord(raw: string): string {
  let w = raw;
  if (/[^\x20-\x7e]/.test(w)) w = w.replace(INVISIBLE, "").normalize("NFKC").replace(/[’ʼ]/g, "'");
  w = w.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  w = w.replace(/'/g, "");
  // Short words are often acronyms: stemming would make "EHE" (home education) "EH" (Early Help).
  const stem = w.length <= 3 || UNSTEMMED.has(w) ? w : stemmer(IRREGULAR[w] ?? w);
  return SAME.get(stem) ?? stem;
}

/**
 * Tokenise `text`. With `learn`, new words join the vocabulary (building the cue index);
 * without, unknown words get id -1 (reading notes). With `reuse`, the arrays of that earlier
 * result are written over (it must not be read again): allocating and zeroing the arrays anew
 * for every 1 MB note costs more than some whole steps of reading it.
 */
export function tokenise(text: string, vocab: Vocabulary, learn = false, reuse?: Tokens): Tokens {
  const t = read(text, vocab, reuse);
  if (learn) learnWords(text, vocab, t);
  return t;
}

/**
 * Gives the words of `t` the vocabulary did not know their new ids, in order of first
 * appearance (as interning them while reading would). Kept out of `read`, whose loop reads
 * every note: V8 would otherwise fit the cue index's learning (`normaliseWord`, `intern`)
 * into that loop, leaving it bigger and slower for every note.
 */
function learnWords(text: string, vocab: Vocabulary, t: Tokens): void {
  // Clause words are known from the start: a word learnt here never opens a clause.
  for (let k = 0; k < t.count; k++) {
    if (t.ids[k] === -1) t.ids[k] = vocab.intern(normaliseWord(text.slice(t.start[k]!, t.end[k]!)));
  }
}

/** `tokenise` without learning: words no cue uses get id -1. */
function read(text: string, vocab: Vocabulary, reuse: Tokens | undefined): Tokens {
  // Upper bound on tokens: at most one per two characters (a word and a separator).
  const cap = Math.ceil(text.length / 2) + 1;
  // Words of notes average five letters or more: start at a quarter and grow, up to the bound.
  let arrays = reuse && reuse.ids.length > 0 ? reuse : tokenArrays(Math.min(cap, (text.length >> 2) + 16));
  let { ids, start, end, clause, sentence } = arrays;
  let n = 0;
  let clauseNo = 0;
  let sentenceNo = 0;
  let prevEnd = 0;
  const len = text.length;
  let i = 0;
  const budget = vocab.normalised + MAX_NORMALISED_LENGTH;
  // The character after the last word (a space, mostly).
  let after = -1;
  while (i < len) {
    let c = codeAt(text, i);
    let k = c < 128 ? ASCII_KIND[c]! : charKind(text, i);
    if (k !== 1) {
      i++;
      continue;
    }
    // A word: word characters, with apostrophes allowed between them ("didn't", "mum's"),
    // hashed and copied as they are read (see `Vocabulary.lookupWord`).
    const s = i;
    let h = FNV_OFFSET;
    let w = 0;
    for (;;) {
      if (k === 1) {
        h = Math.imul(h ^ c, FNV_PRIME);
        if (w < WORD.length) WORD[w] = c;
        w++;
        i++;
        if (c >= 0xd800 && c <= 0xdbff) {
          const low = codeAt(text, i);
          h = Math.imul(h ^ low, FNV_PRIME);
          if (w < WORD.length) WORD[w] = low;
          w++;
          i++;
        }
      } else if (k === 2 && i + 1 < len && charKind(text, i + 1) === 1) {
        h = Math.imul(h ^ c, FNV_PRIME);
        if (w < WORD.length) WORD[w] = c;
        w++;
        i++;
      } else break;
      if (i >= len) break;
      c = codeAt(text, i);
      k = c < 128 ? ASCII_KIND[c]! : charKind(text, i);
    }
    // Most words are one space apart: that ends nothing.
    if (n > 0 && !(s - prevEnd === 1 && after === 32) && breaksClause(text, prevEnd, s)) {
      clauseNo++;
      if (breaksSentence(text, prevEnd, s)) sentenceNo++;
    }
    after = i < len ? c : -1;
    const id = i - s > MAX_WORD_LENGTH ? -1 : vocab.lookupWord(WORD, w, h, text, s);
    if (vocab.normalised > budget) throw new TextTooLongError(text.length, true);
    if (id >= 0 && id <= vocab.lastClauseWord && vocab.clauseWords.has(id)) clauseNo++;
    if (n === ids.length) {
      arrays = grown(arrays, n, cap);
      ({ ids, start, end, clause, sentence } = arrays);
    }
    ids[n] = id;
    start[n] = s;
    end[n] = i;
    clause[n] = clauseNo;
    sentence[n] = sentenceNo;
    prevEnd = i;
    n++;
  }
  return { count: n, ids, start, end, clause, sentence };
}

type TokenArrays = Omit<Tokens, "count">;

function tokenArrays(size: number): TokenArrays {
  return {
    ids: new Int32Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    clause: new Int32Array(size),
    sentence: new Int32Array(size),
  };
}

/** Twice the room (at most `cap`), the first `n` tokens copied. */
function grown(a: TokenArrays, n: number, cap: number): TokenArrays {
  const b = tokenArrays(Math.min(cap, Math.max(16, n * 2)));
  for (const k of ["ids", "start", "end", "clause", "sentence"] as const) b[k].set(a[k].subarray(0, n));
  return b;
}
