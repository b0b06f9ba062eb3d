import { z } from "./zod.ts";

/**
 * A citation. `doc` names an entry of the pack's `sources` (for the seed guidance, its file
 * name); `section` is the heading the fact sits under, outermost first, joined by " > ".
 */
export const SourceRef = z
  .object({
    doc: z.string().min(1, "doc must name one of the pack's sources"),
    section: z.string().min(1, "section must name the heading the fact sits under"),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

/** A document the pack cites: the published guidance, a reference fact, or the project itself. */
export const SourceDoc = z
  .object({
    doc: z.string().min(1),
    kind: z.enum(["guidance", "reference", "project"]),
    title: z.string().min(1),
    edition: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type SourceDoc = z.infer<typeof SourceDoc>;
