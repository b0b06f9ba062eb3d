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
  })
  .strict();

/** A group of indicators from one list in one source (e.g. the Parts One/Two indicators). */
export const IndicatorSet = z
  .object({
    id: Slug,
    title: Text,
    /** True when every indicator of the set sits under one of the pack's domains. */
    domains: z.boolean(),
    levelMapping: z.array(LevelMapping).optional(),
    note: Text.optional(),
    bands: z.array(Band).optional(),
    source: SourceRef,
  })
  .strict();
export type IndicatorSet = z.infer<typeof IndicatorSet>;

export const Indicator = z
  .object({
    id: Slug,
    set: Slug,
    level: LevelNumber,
    domain: Slug.optional(),
    /** As in the source, cleaned of PDF artefacts. */
    text: Text,
    kind: z.enum(["need", "strength"]),
    ages: z.array(AgeBand).min(1).optional(),
    /** Project-authored phrases practitioners use for this indicator (for matching). */
    cues: z
      .array(Text.refine((c) => c.split(/\s+/).length <= 12, "a cue is a short phrase: 12 words at most"))
      .optional(),
    /** Project-authored note, e.g. why a merged bullet was split. */
    note: Text.optional(),
    source: SourceRef,
  })
  .strict();
export type Indicator = z.infer<typeof Indicator>;
