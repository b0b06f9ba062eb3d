import { z } from "./zod.ts";
import { IsoDate, Slug, Text } from "./common.ts";
import { Area } from "./area.ts";
import { Consent } from "./consent.ts";
import { GradedFactor } from "./graded.ts";
import { OfficeHours } from "./hours.ts";
import { Domain, Indicator, IndicatorSet } from "./indicator.ts";
import { Level } from "./level.ts";
import { MatchingLists } from "./matching.ts";
import { BankHoliday, GlossaryEntry, ResilienceGroup, RuleId, RuleText } from "./reference.ts";
import { SourceDoc, SourceRef } from "./source.ts";

/** Numbers the rules use, kept in the pack so that each cites the guidance it comes from. */
export const Parameters = z
  .object({
    /** "A number of these indicators would need to be present to indicate need at Level 3." */
    level3Threshold: z
      .object({
        count: z.number().int().min(1),
        /** The project's reading, shown wherever the rule decides a level. */
        assumption: Text,
        source: SourceRef,
      })
      .strict(),
    officeHours: OfficeHours,
    timeZone: z.literal("Europe/London"),
  })
  .strict();
export type Parameters = z.infer<typeof Parameters>;

/** The pack format version: bump when a change would break a front end reading older packs. */
export const PACK_FORMAT = 1;

export const Pack = z
  .object({
    format: z.literal(PACK_FORMAT),
    id: Slug,
    title: Text,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version like 1.0.0"),
    published: IsoDate,
    sources: z.array(SourceDoc).min(1),
    parameters: Parameters,
    levels: z.array(Level).length(4, "there must be exactly four levels"),
    domains: z.array(Domain).min(1),
    indicatorSets: z.array(IndicatorSet).min(1),
    indicators: z.array(Indicator).min(1),
    gradedFactors: z.array(GradedFactor).default([]),
    consent: Consent,
    rules: z.array(RuleText).refine((rules) => RuleId.options.every((id) => rules.some((r) => r.id === id)), {
      message: `every rule needs its text: ${RuleId.options.join(", ")}`,
    }),
    areas: z.array(Area).min(1),
    glossary: z.array(GlossaryEntry).default([]),
    bankHolidays: z.array(BankHoliday).default([]),
    resilienceFramework: z.array(ResilienceGroup).default([]),
    ...MatchingLists,
  })
  .strict();
export type Pack = z.infer<typeof Pack>;
