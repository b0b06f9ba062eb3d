import { z } from "./zod.ts";
import { LevelNumber, Slug, Text } from "./common.ts";
import { SourceRef } from "./source.ts";

/** One answer to a graded question, with the level the guidance attaches to it. */
export const GradedOption = z
  .object({
    id: Slug,
    label: Text,
    level: LevelNumber,
    /**
     * The indicator this answer grades: the same bullet of the guidance, so ticking both counts
     * it once.
     */
    grades: Slug.optional(),
    source: SourceRef,
  })
  .strict();

/** A question whose answer maps to a level (missing episodes, DA risk grading, neglect grading …). */
export const GradedFactor = z
  .object({
    id: Slug,
    question: Text,
    /** Project-authored help text: what tool or grading the question refers to. */
    help: Text.optional(),
    options: z.array(GradedOption).min(2, "a graded factor needs at least two options"),
    source: SourceRef,
  })
  .strict();
export type GradedFactor = z.infer<typeof GradedFactor>;
