import type { Age } from "../assess/age.ts";
import { appliesToAge } from "../assess/age.ts";
import type { Subject } from "../schema/indicator.ts";
import type { ConceptRule } from "../schema/matching.ts";
import type { Tokens } from "./tokenise.ts";
import { isOtherPerson, subjectOf, type TextContext } from "./context.ts";

/**
 * Concept ids numbered once for a matcher, shared by its rule sets and its concept cues, so that
 * a concept word found in a text is known by its number (see `ConceptHits`).
 */
export class ConceptNumbers {
  private readonly no = new Map<string, number>();
  /** The concept id of each number. */
  readonly ids: string[] = [];

  /** The number of a concept id, numbering it when new. */
  of(id: string): number {
    let k = this.no.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.no.set(id, k);
      this.ids.push(id);
    }
    return k;
  }
}

/** A concept word found in the text, not negated, hypothetical or historical. */
export interface ConceptHit {
  concept: string;
  from: number;
  to: number;
}

/**
 * The concept words of a text in text order, as parallel arrays: a 1 MB note holds ~20,000 and
 * only the few that fire a rule become `ConceptHit` objects.
 */
export interface ConceptHits {
  count: number;
  /** The concept's number (see `ConceptNumbers`). */
  concept: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

/** Room for `size` concept words. */
export function conceptHits(size: number): ConceptHits {
  return { count: 0, concept: new Int32Array(size), from: new Int32Array(size), to: new Int32Array(size) };
}

/** The rules of a concept no rule uses (shared: a text has ~20,000 concept words). */
const NO_RULES: readonly number[] = [];

/** A rule that fired, with the concept words that fired it (in text order). */
export interface RuleFiring<R> {
  rule: R;
  hits: ConceptHit[];
}

type AnyRule = Pick<ConceptRule, "all" | "any" | "none" | "sentences"> &
  Partial<Pick<ConceptRule, "age" | "subject">>;

interface Compiled<R> {
  rule: R;
  all: number[];
  any: number[] | null;
  none: number[] | null;
  orConcept: number;
  span: number;
}

/**
 * Concept rules, sentence by sentence: a rule fires when every concept of `all` and one of `any`
 * occur within its span of sentences (one by default) and none of `none` does, its age condition
 * holds (the child's age, or a concept standing in for it) and, with `subject`, the nearest
 * person named before the words is that person. Concepts are numbered once (see `ConceptNumbers`); a text is read with two
 * small arrays (where each concept was last seen) and only the rules that use a concept of the
 * sentence are tried, so the work is linear in the concept words and allocates nothing per sentence.
 */
export class ConceptRules<R extends AnyRule> {
  private readonly compiled: Compiled<R>[];
  /** For each concept number, the rules that use it. */
  private readonly byConcept: number[][] = [];

  constructor(
    rules: readonly R[],
    private readonly numbers = new ConceptNumbers(),
  ) {
    const n = (id: string) => numbers.of(id);
    this.compiled = rules.map((rule) => ({
      rule,
      all: rule.all.map(n),
      any: rule.any ? rule.any.map(n) : null,
      // Numbered so that they are tracked, but they never trigger a rule.
      none: rule.none ? rule.none.map(n) : null,
      orConcept: rule.age?.orConcept ? n(rule.age.orConcept) : -1,
      span: rule.sentences ?? 1,
    }));
    this.compiled.forEach((c, i) => {
      for (const k of new Set([...c.all, ...(c.any ?? []), ...(c.orConcept >= 0 ? [c.orConcept] : [])])) {
        (this.byConcept[k] ??= []).push(i);
      }
    });
  }

  /** Rules fired by `hits` (concept words in text order). */
  fire(t: Tokens, c: TextContext, hits: ConceptHits, age: Age | undefined): RuleFiring<R>[] {
    const size = this.numbers.ids.length;
    const seenIn = new Int32Array(size).fill(-1_000_000); // sentence a concept was last seen in
    const lastHit = new Int32Array(size); // the hit that stands for it there
    const tried = new Int32Array(this.compiled.length).fill(-1);
    const out: RuleFiring<R>[] = [];
    const num = hits.concept;
    const count = hits.count;
    let i = 0;
    while (i < count) {
      const sentence = t.sentence[hits.from[i]!]!;
      const start = i;
      // Record the sentence's concepts (the first word of each stands for it).
      for (; i < count && t.sentence[hits.from[i]!] === sentence; i++) {
        const k = num[i]!;
        if (seenIn[k] !== sentence) {
          seenIn[k] = sentence;
          lastHit[k] = i;
        }
      }
      for (let j = start; j < i; j++) {
        for (const r of this.byConcept[num[j]!] ?? NO_RULES) {
          // Each rule is tried once a sentence, and only where one of its concepts is.
          if (tried[r] === sentence) continue;
          tried[r] = sentence;
          const rule = this.compiled[r]!;
          const matched = this.match(rule, sentence, seenIn, lastHit, age);
          if (!matched) continue;
          const fired = matched.map((h) => ({
            concept: this.numbers.ids[hits.concept[h]!]!,
            from: hits.from[h]!,
            to: hits.to[h]!,
          }));
          if (rule.rule.subject && !subjectHolds(rule.rule.subject, t, c, fired)) continue;
          out.push({ rule: rule.rule, hits: fired.sort((a, b) => a.from - b.from) });
        }
      }
    }
    return out;
  }

  private match(
    rule: Compiled<R>,
    sentence: number,
    seenIn: Int32Array,
    lastHit: Int32Array,
    age: Age | undefined,
  ): number[] | null {
    const since = sentence - rule.span; // seen after this sentence: within the span
    for (const k of rule.all) if (seenIn[k]! <= since) return null;
    if (rule.none) for (const k of rule.none) if (seenIn[k]! > since) return null;
    let anyHit = -1;
    if (rule.any) {
      for (const k of rule.any) {
        if (seenIn[k]! > since) {
          anyHit = k;
          break;
        }
      }
      if (anyHit < 0) return null;
    }
    const hits = rule.all.map((k) => lastHit[k]!);
    if (anyHit >= 0) hits.push(lastHit[anyHit]!);
    const bands = rule.rule.age?.bands;
    if (bands) {
      // The age must be known to hold; or the sentence says it ("4 month old", "not yet rolling").
      if (rule.orConcept >= 0 && seenIn[rule.orConcept]! > since) hits.push(lastHit[rule.orConcept]!);
      else if (!age || !appliesToAge(bands, age)) return null;
    }
    return hits;
  }
}

/**
 * A rule about a parent needs a parent or partner named as the subject; any other rule holds
 * unless someone else is named ("Mum is low in mood" is not the child's low mood): the same
 * judgement a cue's mention gets (`isOtherPerson`).
 */
function subjectHolds(subject: Subject, t: Tokens, c: TextContext, hits: ConceptHit[]): boolean {
  const first = hits.reduce((a, b) => (a.from <= b.from ? a : b));
  const role = subjectOf(t, c, first.from)?.value ?? null;
  if (subject === "parent") return role === "parent" || role === "partner";
  return !isOtherPerson(subject, role);
}
