import { z } from "./zod.ts";

/** Stable, lower-case kebab-case identifier: ids are referenced by drafts and must not drift. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case kebab-case slug, e.g. 'alcohol-misuse'");

export const LevelNumber = z
  .number()
  .int("level must be a whole number")
  .min(1, "level must be 1, 2, 3 or 4")
  .max(4, "level must be 1, 2, 3 or 4");
export type LevelNumber = z.infer<typeof LevelNumber>;

export const LevelKey = z.enum(["universal", "early-help", "family-help", "specialist"]);
export type LevelKey = z.infer<typeof LevelKey>;

/** Plain text: trimmed, non-empty, no markup left over from the PDF/HTML conversion. */
export const Text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !/<\/?[a-z][^>]*>/i.test(s), "must be plain text (found an HTML tag)");

/** ISO calendar date, e.g. 2026-12-28. */
export const IsoDate = z.iso.date("must be a date written YYYY-MM-DD");
