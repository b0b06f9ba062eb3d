import { z } from "./zod.ts";
import { Slug, Text } from "./common.ts";
import { AgeBand, Subject } from "./indicator.ts";

/**
 * Matching knowledge beyond cues, all project-authored (medspaCy keeps its target and context
 * rules apart from the engine in the same way): context modifiers (ConText), people, concepts,
 * concept rules and the language of danger now.
 */

/** Words that hold a short phrase of a note: one to eight words, written as in a note. */
const Phrase = Text.refine((p) => p.split(/\s+/).length <= 8, "a phrase is eight words at most");

/**
 * A ConText modifier. `negated`, `hypothetical` and `historical` mark the mentions in their
 * scope; `pseudo` phrases look like triggers but are not ("no explanation for", "not only");
 * `terminate` ends a trigger's scope ("until", "and the child").
 */
export const ContextModifier = z
  .object({
    id: Slug,
    kind: z.enum(["negated", "hypothetical", "historical", "pseudo", "terminate"]),
    /** forward: the trigger governs words after it; backward: before it ("… denied"). */
    direction: z.enum(["forward", "backward", "both"]).default("forward"),
    /** How many words away the governed mention may start or end (default 6). */
    window: z.number().int().min(1).max(12).optional(),
    phrases: z.array(Phrase).min(1),
    note: Text.optional(),
  })
  .strict();
export type ContextModifier = z.infer<typeof ContextModifier>;

/** Words naming a person, by role: the nearest one before a mention is taken as its subject. */
export const PersonWords = z
  .object({
    role: z.enum(["child", "parent", "partner", "sibling", "other-child", "other-adult", "unknown"]),
    /** For pronouns ("she", "he") and the people they may stand for. */
    gender: z.enum(["female", "male"]).optional(),
    /** Pronouns stand for the nearest person named before them in the sentence (of their gender, if any). */
    pronoun: z.boolean().optional(),
    phrases: z.array(Phrase).min(1),
  })
  .strict();
export type PersonWords = z.infer<typeof PersonWords>;

/** A concept: a lexicon of everyday words, professional terms and shorthand. */
export const Concept = z
  .object({
    id: Slug,
    name: Text,
    phrases: z.array(Phrase).min(1),
    /** Past events that matter now ("abused as a child" shaping a parent's care): kept in the past tense. */
    keepHistorical: z.boolean().optional(),
    /** Words that matter in an "if" too ("if I go back tonight he'll kill me" is a threat now). */
    keepHypothetical: z.boolean().optional(),
  })
  .strict();
export type Concept = z.infer<typeof Concept>;

/** When a rule needs the child to be of some age: the given age, or a concept in the sentence. */
const AgeCondition = z
  .object({
    bands: z.array(AgeBand).min(1),
    /** Stands in for the age when the sentence names it ("4 month old", "not yet rolling"). */
    orConcept: Slug.optional(),
  })
  .strict();

/**
 * Concepts together in one sentence suggest an indicator: every concept of `all`, one of `any`
 * (when given), none negated, hypothetical or historical, with the age and subject conditions.
 */
export const ConceptRule = z
  .object({
    id: Slug,
    /** The indicators suggested (those not for the child's area are left out). */
    indicators: z.array(Slug).min(1),
    all: z.array(Slug).min(1),
    any: z.array(Slug).min(1).optional(),
    /** Concepts that hold the rule back when in its sentences ("police called … last month"). */
    none: z.array(Slug).min(1).optional(),
    /** How many sentences the concepts may spread over (default 1: one sentence). */
    sentences: z.number().int().min(1).max(3).optional(),
    age: AgeCondition.optional(),
    /** Whose the concept words must be: the nearest person named before them. */
    subject: Subject.optional(),
    /** Shown to the practitioner: why this was suggested, in plain words. */
    explanation: Text,
  })
  .strict();
export type ConceptRule = z.infer<typeof ConceptRule>;

/** Language of danger now: suggests asking "is the child in immediate danger now?". */
export const DangerNowRule = z
  .object({
    id: Slug,
    all: z.array(Slug).min(1),
    any: z.array(Slug).min(1).optional(),
    none: z.array(Slug).min(1).optional(),
    sentences: z.number().int().min(1).max(3).optional(),
    explanation: Text,
  })
  .strict();
export type DangerNowRule = z.infer<typeof DangerNowRule>;

/**
 * More cue phrases for one indicator, kept apart from the indicator's own `cues` because they
 * came another way: written by lexicon writers who saw only the indicator list and the guidance,
 * then kept only where they held up on the dev notes (see scripts/lexicon/README.md).
 */
export const LexiconCues = z
  .object({
    indicator: Slug,
    phrases: z.array(Phrase).min(1),
  })
  .strict();
export type LexiconCues = z.infer<typeof LexiconCues>;

export const MatchingLists = {
  contextModifiers: z.array(ContextModifier).default([]),
  people: z.array(PersonWords).default([]),
  /** Words that report ("says", "told"): the person just before one is the teller, not the subject. */
  reportingWords: z.array(Phrase).default([]),
  concepts: z.array(Concept).default([]),
  conceptRules: z.array(ConceptRule).default([]),
  dangerNowRules: z.array(DangerNowRule).default([]),
  lexiconCues: z.array(LexiconCues).default([]),
};
