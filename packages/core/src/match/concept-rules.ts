import type { Age } from "../assess/age.ts";
import { appliesToAge } from "../assess/age.ts";
import type { ConceptRule, DangerNowRule } from "../schema/matching.ts";
import type { Tokens } from "./tokenise.ts";
import { subjectOf, type TextContext } from "./context.ts";

/** A concept word found in the text, not negated, hypothetical or historical. */
export interface ConceptHit {
  concept: string;
  from: number;
  to: number;
}

/** A rule that fired in one sentence, with the concept words that fired it (in text order). */
export interface RuleFiring<R> {
  rule: R;
  hits: ConceptHit[];
}

type AnyRule = Pick<ConceptRule, "all" | "any" | "sentences"> & Partial<Pick<ConceptRule, "age" | "subject">>;

/**
 * Concept rules, sentence by sentence: a rule fires when every concept of `all` and one of `any`
 * occur in one sentence, its age condition holds (the child's age, or a concept standing in for
 * it) and, with `subject`, the nearest person named before the words is that person. `hits`
 * must be in text order; the work is linear in them.
 */
export function fireRules<R extends AnyRule>(
  t: Tokens,
  c: TextContext,
  hits: readonly ConceptHit[],
  rules: readonly R[],
  age: Age | undefined,
): RuleFiring<R>[] {
  // The first hit of each concept in each sentence, sentence by sentence.
  const sentences: { sentence: number; byConcept: Map<string, ConceptHit> }[] = [];
  for (const h of hits) {
    const sentence = t.sentence[h.from]!;
    let last = sentences.at(-1);
    if (last?.sentence !== sentence) sentences.push((last = { sentence, byConcept: new Map() }));
    if (!last.byConcept.has(h.concept)) last.byConcept.set(h.concept, h);
  }
  const out: RuleFiring<R>[] = [];
  sentences.forEach((here, k) => {
    for (const rule of rules) {
      const found = within(sentences, k, rule.sentences ?? 1);
      const fired = fire(rule, found, age);
      if (!fired) continue;
      // Across sentences, fire once: where the last of its concepts is.
      if ((rule.sentences ?? 1) > 1 && !fired.some((h) => t.sentence[h.from] === here.sentence)) continue;
      if (rule.subject && !subjectHolds(rule.subject, t, c, fired)) continue;
      out.push({ rule, hits: fired.sort((a, b) => a.from - b.from) });
    }
  });
  return out;
}

/** The concepts of sentence k and of the sentences just before it, `span` sentences in all. */
function within(
  sentences: { sentence: number; byConcept: Map<string, ConceptHit> }[],
  k: number,
  span: number,
): Map<string, ConceptHit> {
  const here = sentences[k]!;
  if (span === 1) return here.byConcept;
  const merged = new Map<string, ConceptHit>();
  for (let j = k; j >= 0 && here.sentence - sentences[j]!.sentence < span; j--) {
    for (const [concept, h] of sentences[j]!.byConcept) merged.set(concept, h);
  }
  return merged;
}

function fire(rule: AnyRule, found: Map<string, ConceptHit>, age: Age | undefined): ConceptHit[] | null {
  const hits: ConceptHit[] = [];
  for (const concept of rule.all) {
    const h = found.get(concept);
    if (!h) return null;
    hits.push(h);
  }
  if (rule.any) {
    const h = rule.any.map((a) => found.get(a)).find((x) => x !== undefined);
    if (!h) return null;
    hits.push(h);
  }
  if (rule.age) {
    const stand = rule.age.orConcept ? found.get(rule.age.orConcept) : undefined;
    // The age must be known to hold; or the sentence says it ("4 month old", "not yet rolling").
    if (stand) hits.push(stand);
    else if (!age || !appliesToAge(rule.age.bands, age)) return null;
  }
  return hits;
}

/**
 * A rule about a parent needs a parent or partner named as the subject; a rule about the child
 * holds unless someone else is named ("Mum is low in mood" is not the child's low mood).
 */
function subjectHolds(subject: string, t: Tokens, c: TextContext, hits: ConceptHit[]): boolean {
  const first = hits.reduce((a, b) => (a.from <= b.from ? a : b));
  const role = subjectOf(t, c, first.from, first.to)?.value ?? null;
  if (subject === "parent") return role === "parent" || role === "partner";
  if (subject === "child") return role === null || role === "child" || role === "unknown";
  return true;
}

export type { DangerNowRule };
