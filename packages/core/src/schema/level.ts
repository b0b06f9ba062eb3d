import { z } from "./zod.ts";
import { LevelKey, LevelNumber, Text } from "./common.ts";
import { SourceRef } from "./source.ts";

/** One of the four levels of need (Parts One/Two: "Levels of Need", "When families need additional help"). */
export const Level = z
  .object({
    level: LevelNumber,
    key: LevelKey,
    name: Text,
    summary: Text,
    whoFor: z.array(Text).min(1),
    /** Level of identified need and way of accessing the service. */
    access: z.array(Text).min(1),
    services: z.array(Text).min(1),
    why: Text,
    nextSteps: z.array(Text).min(1),
    consent: Text,
    /** Every section the level's text was taken from. */
    sources: z.array(SourceRef).min(1),
  })
  .strict();
export type Level = z.infer<typeof Level>;
