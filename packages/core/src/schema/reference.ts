import { z } from "./zod.ts";
import { IsoDate, Slug, Text } from "./common.ts";
import { SourceRef } from "./source.ts";

export const GlossaryEntry = z
  .object({
    id: Slug,
    term: Text,
    definition: Text,
    source: SourceRef,
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const BankHoliday = z
  .object({
    date: IsoDate,
    name: Text,
    source: SourceRef,
  })
  .strict();
export type BankHoliday = z.infer<typeof BankHoliday>;

/** A group of the Resilience Framework (Blackpool, Appendix 1): Basics, Belonging, … */
export const ResilienceGroup = z
  .object({
    id: Slug,
    name: Text,
    description: Text,
    approaches: z.array(Text).min(1),
    source: SourceRef,
  })
  .strict();
export type ResilienceGroup = z.infer<typeof ResilienceGroup>;

/** The rules the engine applies, each with the guidance's own words (content/rules.yaml). */
export const RuleId = z.enum([
  "immediate-danger",
  "straight-to-level-4",
  "level-3-needs-a-number",
  "early-help-assessment-first",
  "assessment-not-a-delay",
  "guide-not-decision",
  "balance-strengths",
  "consult-if-in-doubt",
]);
export type RuleId = z.infer<typeof RuleId>;

export const RuleText = z
  .object({
    id: RuleId,
    text: Text,
    source: SourceRef,
  })
  .strict();
export type RuleText = z.infer<typeof RuleText>;
