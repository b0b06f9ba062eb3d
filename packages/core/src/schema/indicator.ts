import { z } from "./zod.ts";
import { LevelNumber, Slug, Text } from "./common.ts";
import { SourceRef } from "./source.ts";
import { Band } from "./band.ts";

/**
 * Age bands an indicator can be limited to. Only set when the source text itself limits it
 * (e.g. "non-mobile children", "under the age of 13", "16/17 year olds").
 */
export const AgeBand = z.enum(["unborn", "non-mobile-baby", "under-13", "13-plus", "16-plus"]);
export type AgeBand = z.infer<typeof AgeBand>;

export const Domain = z
  .object({
    id: Slug,
    name: Text,
    source: SourceRef,
  })
  .strict();
export type Domain = z.infer<typeof Domain>;

/** How a set's own level names map onto levels 1–4 (documented, project-authored mapping). */
export const LevelMapping = z
  .object({
    from: Text,
    level: LevelNumber,
    /** Where the guidance places this band (the mapping is read from these). */
    sources: z.array(SourceRef).min(1).optional(),
  })
  .strict();

/**
 * Whom an indicator is about: the child, a parent or carer, the child or a parent ("family":
 * "in adult or child", never a sibling's or a friend's), or the household as a whole.
 */
export const Subject = z.enum(["child", "parent", "family", "household"]);
export type Subject = z.infer<typeof Subject>;

/** A group of indicators from one list in one source (e.g. the Parts One/Two indicators). */
export const IndicatorSet = z
  .object({
    id: Slug,
    title: Text,
    /** True when every indicator of the set sits under one of the pack's domains. */
    domains: z.boolean(),
    levelMapping: z.array(LevelMapping).optional(),
    /** Areas whose guidance this set is (absent: every area). */
    areas: z.array(Slug).min(1).optional(),
    /** True when the set's level-3 items follow the "a number of" rule (Parts One/Two only). */
    numberRule: z.boolean().optional(),
    note: Text.optional(),
    bands: z.array(Band).optional(),
    source: SourceRef,
  })
  .strict();
export type IndicatorSet = z.infer<typeof IndicatorSet>;

/** Cues that suggest an indicator only for a child of the given ages (e.g. any bruise on a baby). */
export const AgeCues = z
  .object({
    ages: z.array(AgeBand).min(1),
    cues: z.array(Text).min(1),
  })
  .strict();

export const Indicator = z
  .object({
    id: Slug,
    set: Slug,
    /** Absent only for strengths that "may be present at any Level" (they never set a level). */
    level: LevelNumber.optional(),
    domain: Slug.optional(),
    /** As in the source, cleaned of PDF artefacts. */
    text: Text,
    kind: z.enum(["need", "strength"]),
    ages: z.array(AgeBand).min(1).optional(),
    /** Project-authored phrases practitioners use for this indicator (for matching). */
    cues: z
      .array(Text.refine((c) => c.split(/\s+/).length <= 12, "a cue is a short phrase: 12 words at most"))
      .optional(),
    /** Project-authored cues that apply only at some ages (checked against the child's age). */
    ageCues: z.array(AgeCues).optional(),
    /** Whom the indicator is about (project reading; default child). */
    subject: Subject.optional(),
    /**
     * The past is the point ("previous periods accommodated", "unable to care for previous
     * children"): a mention in the past tense or with a past year still counts (project reading).
     */
    keepHistorical: z.boolean().optional(),
    /** Project-authored note, e.g. why a merged bullet was split. */
    note: Text.optional(),
    source: SourceRef,
  })
  .strict()
  .refine((i) => i.level !== undefined || i.kind === "strength", {
    message: "a need must have a level (only strengths may have none)",
    path: ["level"],
  });
export type Indicator = z.infer<typeof Indicator>;
