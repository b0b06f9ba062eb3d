import { z } from "./zod.ts";
import { Text } from "./common.ts";
import { SourceRef } from "./source.ts";

export const Weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Weekday = z.infer<typeof Weekday>;

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time written HH:MM");

export const HoursSpan = z
  .object({
    days: z.array(Weekday).min(1),
    open: Clock,
    close: Clock,
  })
  .strict()
  .refine((s) => s.open < s.close, { message: "open must be before close", path: ["close"] });

/**
 * Opening hours, only where the source states them. `text` is the source's own wording.
 * - always: 24 hours, every day (999).
 * - weekly: the spans given; `bankHolidays` says what the source says about bank holidays.
 * - outside-office-hours: open whenever the pack's office hours are not (out-of-hours teams).
 */
export const Hours = z.discriminatedUnion("pattern", [
  z.object({ pattern: z.literal("always"), text: Text, source: SourceRef }).strict(),
  z
    .object({
      pattern: z.literal("weekly"),
      text: Text,
      spans: z.array(HoursSpan).min(1),
      bankHolidays: z.enum(["open", "closed", "not-stated"]),
      source: SourceRef,
    })
    .strict(),
  z.object({ pattern: z.literal("outside-office-hours"), text: Text, source: SourceRef }).strict(),
]);
export type Hours = z.infer<typeof Hours>;

/** Office hours are not defined in the sources: kept as an explicit, visible assumption. */
export const OfficeHours = z
  .object({
    spans: z.array(HoursSpan).min(1),
    bankHolidaysClosed: z.boolean(),
    assumption: Text,
    source: SourceRef,
  })
  .strict();
export type OfficeHours = z.infer<typeof OfficeHours>;
