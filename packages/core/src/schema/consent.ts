import { z } from "./zod.ts";
import { LevelNumber, Slug, Text } from "./common.ts";
import { SourceRef } from "./source.ts";

/** What a practitioner may be about to do with information. */
export const ConsentAction = z.enum(["consult", "refer", "share-without-consent"]);
export type ConsentAction = z.infer<typeof ConsentAction>;

/** One rule of the consent and information-sharing guidance. */
export const ConsentRule = z
  .object({
    id: Slug,
    levels: z.array(LevelNumber).min(1),
    actions: z.array(ConsentAction).min(1),
    /** What consent is needed. */
    consent: Text,
    /** When consent may be overridden, if ever. */
    override: Text.optional(),
    /** What must be recorded. */
    record: Text.optional(),
    /** The area the rule is specific to; absent for pan-Lancashire rules. */
    area: Slug.optional(),
    source: SourceRef,
  })
  .strict();
export type ConsentRule = z.infer<typeof ConsentRule>;

/** General principles of consent (Parts One/Two "Consent"), shown with every answer. */
export const ConsentPrinciple = z
  .object({
    id: Slug,
    text: Text,
    source: SourceRef,
  })
  .strict();

export const Consent = z
  .object({
    principles: z.array(ConsentPrinciple).min(1),
    rules: z.array(ConsentRule).min(1),
  })
  .strict();
export type Consent = z.infer<typeof Consent>;
