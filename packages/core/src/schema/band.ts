import { z } from "./zod.ts";
import { LevelNumber, Slug, Text } from "./common.ts";
import { SourceRef } from "./source.ts";

/** One row of a band: its paragraphs, as in the source, one entry per paragraph. */
const Row = z.array(Text).min(1);

/**
 * A band of a set's own continuum of need (e.g. Blackpool's Universal, Early Help, Child in
 * Need, Child Protection) with the response the source gives for it, row by row. A row the
 * source lacks for a band is left out, never written for it.
 */
export const Band = z
  .object({
    id: Slug,
    /** The band's name as the source heads it, e.g. "Child in Need". */
    name: Text,
    /** The area whose guidance the band is: it is shown for children of that area only. */
    area: Slug,
    /** The pack level the band maps to. */
    level: LevelNumber,
    /** Where that level comes from, when it is not the band's own source. */
    levelSource: SourceRef.optional(),
    /**
     * The heading the band's example indicators cite (their `source.section`): the set's
     * indicators citing it are this band's examples.
     */
    examples: Text.optional(),
    definition: Row.optional(),
    response: Row.optional(),
    /** "Who will help me?" */
    whoWillHelp: Row.optional(),
    assessment: Row.optional(),
    informationSharing: Row.optional(),
    source: SourceRef,
  })
  .strict();
export type Band = z.infer<typeof Band>;
