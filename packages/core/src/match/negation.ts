import { normaliseWord, type Tokens, type Vocabulary } from "./tokenise.ts";

/**
 * Negation within a clause, in the manner of NegEx: a trigger shortly before a match ("no
 * concerns about …", "denies …", "not …", "no evidence of …", "nil …") or a few denial words
 * just after it ("… alcohol use denied") marks it negated. Cue words themselves never negate
 * their own match ("did not attend" stays a positive finding).
 *
 * Erring safe: a clause ends at a comma, so "no bruising, mum smelt of alcohol" keeps the
 * alcohol; and phrases that *report* a concern ("no longer attends", "not improved",
 * "no one to care for him") are not triggers.
 */
export const BEFORE = [
  "no",
  "not",
  "nil",
  "never",
  "none",
  "nor",
  "neither",
  "deny",
  "denies",
  "denied",
  "denying",
];
export const CONTRACTIONS = [
  "dont",
  "doesnt",
  "didnt",
  "isnt",
  "wasnt",
  "arent",
  "werent",
  "hasnt",
  "havent",
  "hadnt",
];
const AFTER = ["denied", "denies", "unfounded"];
/** Trigger + next word that together report a concern, not its absence. */
const PSEUDO = [
  "no longer",
  "not only",
  "not just",
  "not sure",
  "not yet",
  "no change",
  "no improvement",
  "not improved",
  "not improving",
  "not resolved",
  "not stopped",
  "not reduced",
  "no better",
  "no one",
  "no-one",
  "not always",
  "not enough",
  "never been",
];
/** How many words before a match a trigger may stand; after it, for denial words. */
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 3;

export class Negation {
  private readonly before: Set<number>;
  private readonly after: Set<number>;
  /** "trigger-id next-id" pairs. */
  private readonly pseudo: Set<string>;

  constructor(vocab: Vocabulary) {
    const ids = (words: string[]) => new Set(words.map((w) => vocab.intern(normaliseWord(w))));
    this.before = ids([...BEFORE, ...CONTRACTIONS]);
    this.after = ids(AFTER);
    this.pseudo = new Set(
      PSEUDO.map((p) =>
        p
          .split(/[\s-]/)
          .map((w) => vocab.intern(normaliseWord(w)))
          .join(" "),
      ),
    );
  }

  /** Is the match of tokens [from, to) negated within its clause? */
  isNegated(t: Tokens, from: number, to: number): boolean {
    const clause = t.clause[from]!;
    for (let i = from - 1; i >= 0 && i >= from - WINDOW_BEFORE && t.clause[i] === clause; i--) {
      const id = t.ids[i]!;
      if (!this.before.has(id)) continue;
      const next = i + 1 < t.count ? t.ids[i + 1]! : -1;
      if (this.pseudo.has(`${id} ${next}`)) continue;
      return true;
    }
    for (let i = to; i < t.count && i < to + WINDOW_AFTER && t.clause[i] === clause; i++) {
      if (this.after.has(t.ids[i]!)) return true;
    }
    return false;
  }
}
