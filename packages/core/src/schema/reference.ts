import { z } from "zod";
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
