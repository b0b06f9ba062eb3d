import { stemmer } from "stemmer";

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
}

/** Characters that change nothing a reader sees: zero-width, bidi controls, soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/gu;
const WORD_CHAR = String.raw`\p{L}\p{N}\p{M}\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C`;
/** A word: letters/digits (invisibles inside it ignored), apostrophes inside it kept. */
const WORD = new RegExp(`[${WORD_CHAR}]+(?:['’ʼ][${WORD_CHAR}]+)*`, "gu");
/** Punctuation that ends a clause: sentence ends, semicolons, colons, commas, brackets, line breaks, dashes between spaces. */
const CLAUSE_BREAK = /[.;:!?,()[\]{}\n\r•|]|\s[-–—]\s/u;

/** Words that start a new clause ("no bruising but mum smelt of alcohol"). */
const CLAUSE_WORDS = ["but", "however", "although", "though", "whereas", "yet", "except", "unlike"];

/**
 * Interns normalised words as small integers, so that the cue trie compares numbers. Words of
 * a text that no cue uses get id -1 and are not kept: a long-lived index must not grow with
 * every note it reads.
 */
export class Vocabulary {
  private readonly idOf = new Map<string, number>();
  private readonly rawCache = new Map<string, number>();
  readonly words: string[] = [];
  /** Ids of the words that open a new clause. */
  readonly clauseWords: Set<number>;

  constructor() {
    this.clauseWords = new Set(CLAUSE_WORDS.map((w) => this.intern(normaliseWord(w))));
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

  /** The id of a raw word as it appears in text, or -1 when no cue uses it. */
  lookupRaw(raw: string): number {
    let id = this.rawCache.get(raw);
    if (id === undefined) {
      id = this.idOf.get(normaliseWord(raw)) ?? -1;
      // Bounded: a hostile text of unique words must not grow memory without limit.
      if (this.rawCache.size < 100_000) this.rawCache.set(raw, id);
    }
    return id;
  }
}

/** One word's comparable form: "Drinking" → "drink", "mum’s" → "mum", "didn't" → "didnt". */
export function normaliseWord(raw: string): string {
  let w = raw;
  if (/[^\x20-\x7e]/.test(w)) w = w.replace(INVISIBLE, "").normalize("NFKC").replace(/[’ʼ]/g, "'");
  w = w.toLowerCase();
  if (w.endsWith("'s")) w = w.slice(0, -2);
  w = w.replace(/'/g, "");
  return stemmer(w);
}

/**
 * Tokenise `text`. With `learn`, new words join the vocabulary (building the cue index);
 * without, unknown words get id -1 (reading notes).
 */
export function tokenise(text: string, vocab: Vocabulary, learn = false): Tokens {
  // Upper bound on tokens: at most one per two characters (a word and a separator).
  const cap = Math.ceil(text.length / 2) + 1;
  const ids = new Int32Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const clause = new Int32Array(cap);
  let n = 0;
  let clauseNo = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const s = m.index;
    if (n > 0 && CLAUSE_BREAK.test(text.slice(prevEnd, s))) clauseNo++;
    const id = learn ? vocab.intern(normaliseWord(raw)) : vocab.lookupRaw(raw);
    if (vocab.clauseWords.has(id)) clauseNo++;
    ids[n] = id;
    start[n] = s;
    end[n] = s + raw.length;
    clause[n] = clauseNo;
    prevEnd = s + raw.length;
    n++;
  }
  return { count: n, ids, start, end, clause };
}
