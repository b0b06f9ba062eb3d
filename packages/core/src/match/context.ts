import type { ContextModifier, PersonWords } from "../schema/matching.ts";
import type { Subject } from "../schema/indicator.ts";
import { PhraseIndex, type PhraseHit } from "./phrase-index.ts";
import { normaliseWord, type Tokens, type Vocabulary } from "./tokenise.ts";

/** Why a mention is not counted: the ConText labels, and a mention about someone else. */
export type ContextKind = "negated" | "hypothetical" | "historical" | "other-person";
export type Role = PersonWords["role"];

/** A person named in the text: their role and, for pronouns and gendered words, their gender. */
export interface Person {
  role: Role;
  gender: PersonWords["gender"];
  /** Stands for someone named before it ("she", "they"). */
  pronoun: boolean;
}

/** A mention's context: its label and the words of the text that set it. */
export interface MentionContext {
  kind: ContextKind;
  /** Token span of the words that set it. */
  from: number;
  to: number;
}

const DEFAULT_WINDOW = 6;

interface Trigger {
  kind: ContextModifier["kind"];
  direction: ContextModifier["direction"];
  window: number;
}

/**
 * The context modifiers and people of one text, found once and asked about each mention. Its
 * per-token arrays may run past the text's tokens, and the next text read writes over them.
 */
export interface TextContext {
  /** The trigger starting at each token (index into `triggers`), or -1. */
  triggerAt: Int32Array;
  triggers: PhraseHit<Trigger>[];
  /** The person named at each token (index into `people`), or -1. */
  personAt: Int32Array;
  people: People;
  /** 1 where a reporting word ("says", "told") starts. */
  reportingAt: Uint8Array;
}

/** People named in a text, as parallel arrays (a 1 MB note names ~17,000): tokens [from, to). */
export interface People {
  from: number[];
  to: number[];
  value: Person[];
}

/**
 * ConText (Harkema et al.; as pyConText and medspaCy implement it): triggers with a direction
 * and a scope. Scope is one clause, at most `window` words, and ends at a terminating phrase;
 * pseudo-triggers ("no explanation for") are found as whole phrases and so hide the trigger words
 * inside them. A mention's own words never modify it.
 */
export class ContextRules {
  private readonly modifiers: PhraseIndex<Trigger>;
  private readonly persons: PhraseIndex<Person>;

  private readonly reporting: PhraseIndex<true>;
  /** Per word id: which kinds of phrase (MODIFIER, PERSON, REPORTING bits) begin with it. */
  private readonly begins: Uint8Array;
  /** The last text's per-token marks, written over by the next text's (see `marksFor`). */
  private spare: Marks | undefined;

  constructor(
    vocab: Vocabulary,
    modifiers: readonly ContextModifier[],
    people: readonly PersonWords[],
    reportingWords: readonly string[] = [],
  ) {
    this.reporting = new PhraseIndex(
      vocab,
      reportingWords.map((phrase) => ({ phrase, value: true as const })),
    );
    this.modifiers = new PhraseIndex(vocab, triggersByPhrase(modifiers));
    this.persons = new PhraseIndex(
      vocab,
      people.flatMap((p) =>
        p.phrases.map((phrase) => ({
          phrase,
          value: { role: p.role, gender: p.gender, pronoun: p.pronoun === true },
        })),
      ),
    );
    this.begins = new Uint8Array(vocab.words.length);
    for (const id of this.modifiers.firstWords()) this.begins[id]! |= MODIFIER;
    for (const id of this.persons.firstWords()) this.begins[id]! |= PERSON;
    for (const id of this.reporting.firstWords()) this.begins[id]! |= REPORTING;
  }

  /**
   * Triggers, people and reporting words in one pass: each kind is still read as its own
   * longest, non-overlapping left-to-right scan would read it, but a word that begins no
   * phrase of any kind (most words) is passed over with one lookup.
   */
  read(t: Tokens): TextContext {
    const marks = marksFor(t.count, this.spare);
    // Kept for the next text unless huge: the context read here is not asked about after that.
    this.spare = marks.triggerAt.length <= KEEP_MARKS ? marks : undefined;
    const { triggerAt, personAt, reportingAt } = marks;
    const triggers: PhraseHit<Trigger>[] = [];
    const people: People = { from: [], to: [], value: [] };
    const begins = this.begins;
    // Where each kind's scan may look next (after the end of its last phrase).
    let trigger = 0;
    let person = 0;
    let reporting = 0;
    for (let i = 0; i < t.count; i++) {
      const id = t.ids[i]!;
      const kinds = id >= 0 && id < begins.length ? begins[id]! : 0;
      if (kinds === 0) continue;
      if (kinds & MODIFIER && i >= trigger) {
        const hit = this.modifiers.longestAt(t, i);
        if (hit) {
          triggerAt[i] = triggers.length;
          triggers.push(hit);
          trigger = hit.to;
        }
      }
      if (kinds & PERSON && i >= person) {
        const to = this.persons.longestEnd(t, i);
        if (to >= 0) {
          personAt[i] = people.from.length;
          people.from.push(i);
          people.to.push(to);
          people.value.push(this.persons.found!);
          person = to;
        }
      }
      if (kinds & REPORTING && i >= reporting) {
        const hit = this.reporting.longestAt(t, i);
        if (hit) {
          reportingAt[i] = 1;
          reporting = hit.to;
        }
      }
    }
    return { triggerAt, triggers, personAt, people, reportingAt };
  }
}

const MODIFIER = 1;
const PERSON = 2;
const REPORTING = 4;

type Marks = Pick<TextContext, "triggerAt" | "personAt" | "reportingAt">;

/** Marks kept between texts up to this many tokens (9 bytes each): a 1 MB note has ~200k. */
const KEEP_MARKS = 1 << 19;

/**
 * Cleared marks for `count` tokens (they may be longer): `spare`'s when long enough, since
 * allocating and zeroing them anew for every 1 MB note costs more than clearing them.
 */
function marksFor(count: number, spare: Marks | undefined): Marks {
  if (!spare || spare.triggerAt.length < count) {
    spare = {
      triggerAt: new Int32Array(count),
      personAt: new Int32Array(count),
      reportingAt: new Uint8Array(count),
    };
  }
  spare.triggerAt.fill(-1, 0, count);
  spare.personAt.fill(-1, 0, count);
  spare.reportingAt.fill(0, 0, count);
  return spare;
}

/**
 * One trigger per phrase: a phrase given in both directions of one kind ("denied" before and
 * after) governs both ways. The first kind given for a phrase wins.
 */
function triggersByPhrase(modifiers: readonly ContextModifier[]): { phrase: string; value: Trigger }[] {
  const byKey = new Map<string, { phrase: string; value: Trigger }>();
  for (const m of modifiers) {
    for (const phrase of m.phrases) {
      // Keyed by the compared form: "deny", "denies" and "denied" are one trigger.
      const key = phrase.split(/\s+/).map(normaliseWord).join(" ");
      const value: Trigger = { kind: m.kind, direction: m.direction, window: m.window ?? DEFAULT_WINDOW };
      const had = byKey.get(key)?.value;
      if (!had) byKey.set(key, { phrase, value });
      else if (had.kind === value.kind && had.direction !== value.direction) {
        byKey.set(key, {
          phrase,
          value: { ...had, direction: "both", window: Math.max(had.window, value.window) },
        });
      }
    }
  }
  return [...byKey.values()];
}

/** The negated / hypothetical / historical context of tokens [from, to), or null. */
export function contextOf(t: Tokens, c: TextContext, from: number, to: number): MentionContext | null {
  // Before the mention: the nearest forward trigger in the clause, unless a terminator is nearer.
  const clause = t.clause[from]!;
  for (let j = from - 1; j >= 0 && from - j <= 12 && t.clause[j] === clause; j--) {
    const k = c.triggerAt[j]!;
    if (k < 0) continue;
    const hit = c.triggers[k]!;
    const { kind, direction, window } = hit.value;
    if (kind === "terminate" && direction !== "backward") break;
    // A trigger inside the mention is its own words ("did not attend" stays a finding); one that
    // begins before it and runs into it still governs it ("not giving up on him").
    if (kind === "terminate" || hit.from >= from) continue;
    if (kind === "pseudo" || direction === "backward") continue;
    if (from - hit.to <= window) return { kind, from: hit.from, to: hit.to };
  }
  // After it: backward triggers ("… denied", "… years ago").
  const last = t.clause[to - 1]!;
  for (let j = to; j < t.count && j - to <= 12 && t.clause[j] === last; j++) {
    const k = c.triggerAt[j]!;
    if (k < 0) continue;
    const hit = c.triggers[k]!;
    const { kind, direction, window } = hit.value;
    if (kind === "terminate" && direction !== "forward") break;
    if (kind === "terminate" || kind === "pseudo" || direction === "forward") continue;
    if (hit.from - to <= window) return { kind, from: hit.from, to: hit.to };
  }
  return null;
}

/**
 * Whom the words starting at token `from` speak of: the nearest person named before them in their
 * sentence, or at their very start ("Mum disclosed …" is Mum). A pronoun stands for someone named
 * before it (see `antecedent`); with none, it is "unknown". No person named: null.
 */
export function subjectOf(t: Tokens, c: TextContext, from: number): PhraseHit<Role> | null {
  const k = subjectAt(t, c, from);
  if (k < 0) return null;
  return { from: c.people.from[k]!, to: c.people.to[k]!, value: roleOf(t, c, k) };
}

/** `subjectOf` as the index of the person named (into `c.people`), or -1: nothing allocated. */
export function subjectAt(t: Tokens, c: TextContext, from: number): number {
  const sentence = t.sentence[from]!;
  // The search starts at the words' first token: a person named inside them, after it, is their
  // object ("a young carer for mum", "cares for dad"); one they begin with ("mum drinks") is
  // their subject.
  for (let j = from; j >= 0 && t.sentence[j] === sentence; j--) {
    const k = c.personAt[j]!;
    if (k < 0) continue;
    // "Mum says he …": Mum tells; the subject is further on (or unknown).
    const end = c.people.to[k]!;
    if (end < from && reports(t, c, end)) continue;
    return k;
  }
  return -1;
}

/** The role of person `k` named in the text, a pronoun resolved (see `subjectOf`). */
export function roleOf(t: Tokens, c: TextContext, k: number): Role {
  const { role, gender, pronoun } = c.people.value[k]!;
  if (!pronoun) return role;
  return antecedent(t, c, c.people.from[k]!, gender) ?? "unknown";
}

/** Does a reporting word follow token `at` (directly, or after one word: "Mum has said")? */
function reports(t: Tokens, c: TextContext, at: number): boolean {
  return (at < t.count && c.reportingAt[at] === 1) || (at + 1 < t.count && c.reportingAt[at + 1] === 1);
}

/**
 * The role of the nearest person named before token `at` in its sentence whom a pronoun may stand
 * for: "she" and "he" one of their gender (not "baby" in "baby's father, who she lives with");
 * "they" anyone named ("girls in her class … they push her").
 */
function antecedent(
  t: Tokens,
  c: TextContext,
  at: number,
  gender: "female" | "male" | undefined,
): Role | null {
  const sentence = t.sentence[at]!;
  // Failing one of the pronoun's gender, another child named without one ("her friend, who told
  // us she was raped"). Never the child, whom a note names without a gender ("baby", "YP") in a
  // sentence about a parent ("baby's father, who she lives with"), nor an adult who tells ("class
  // teacher says he is late").
  let fallback: Role | null = null;
  for (let j = at - 1; j >= 0 && t.sentence[j] === sentence; j--) {
    const k = c.personAt[j]!;
    if (k < 0) continue;
    const p = c.people.value[k]!;
    if (p.role === "unknown") continue;
    if (!gender || p.gender === gender) return p.role;
    if (!p.gender && (p.role === "other-child" || p.role === "sibling")) fallback ??= p.role;
  }
  return fallback;
}

/** Is a mention whose subject has `role` about someone other than the indicator's subject? */
export function isOtherPerson(subject: Subject | undefined, role: Role | null): boolean {
  if (!subject || subject === "household" || role === null || role === "unknown") return false;
  if (subject === "child") return role !== "child";
  if (subject === "family") return role === "sibling" || role === "other-child" || role === "other-adult";
  return role === "child" || role === "sibling" || role === "other-adult";
}
