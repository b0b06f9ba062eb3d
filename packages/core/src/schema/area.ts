import { z } from "./zod.ts";
import { LevelNumber, Slug, Text } from "./common.ts";
import { Hours } from "./hours.ts";
import { SourceRef } from "./source.ts";
import { isUkPhone } from "../phone.ts";

export const ContactRole = z.enum([
  "emergency",
  "front-door",
  "advice",
  "out-of-hours",
  "early-help",
  "information",
  "education",
  "exploitation",
  "missing",
  "send",
  "young-carers",
  "advocacy",
  "family-support",
  "health",
  "police",
  "domestic-abuse",
  "youth-justice",
  "disability",
  "information-sharing",
  "other",
]);
export type ContactRole = z.infer<typeof ContactRole>;

export const Audience = z.enum(["professionals", "public"]);

export const Contact = z
  .object({
    id: Slug,
    name: Text,
    purpose: Text,
    roles: z.array(ContactRole).min(1),
    /** As displayed in the source, e.g. "0300 123 6720". */
    phone: z.string().refine(isUkPhone, "not a valid UK phone number").optional(),
    /** Filled in by the pack builder from `phone`. */
    phoneE164: z
      .string()
      .regex(/^\+44\d{9,10}$|^\d{3,6}$/)
      .optional(),
    email: z.email("not a well-formed email address").optional(),
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    audience: z.array(Audience).min(1),
    hours: Hours.optional(),
    /** Levels of need this contact is for; absent means any level. */
    levels: z.array(LevelNumber).min(1).optional(),
    /** District or locality ids this contact serves; absent means the whole area. */
    localities: z.array(Slug).min(1).optional(),
    note: Text.optional(),
    source: SourceRef,
  })
  .strict()
  .refine((c) => c.phone || c.email || c.url, {
    message: "a contact needs at least one of phone, email or url",
  });
export type Contact = z.infer<typeof Contact>;

export const District = z
  .object({
    id: Slug,
    name: Text,
    locality: Slug,
    source: SourceRef,
  })
  .strict();
export type District = z.infer<typeof District>;

export const Locality = z
  .object({
    id: Slug,
    name: Text,
    source: SourceRef,
  })
  .strict();
export type Locality = z.infer<typeof Locality>;

export const Service = z
  .object({
    id: Slug,
    name: Text,
    description: Text,
    levels: z.array(LevelNumber).min(1).optional(),
    /** Ids of this area's contacts for the service. */
    contacts: z.array(Slug).optional(),
    source: SourceRef,
  })
  .strict();
export type Service = z.infer<typeof Service>;

export const Form = z
  .object({
    id: Slug,
    name: Text,
    /** What the form is for, in the source's words; absent when the source only names it. */
    purpose: Text.optional(),
    /** How to get or submit it, as the source says. */
    howTo: Text.optional(),
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    source: SourceRef,
  })
  .strict();
export type Form = z.infer<typeof Form>;

/** What the pack does not hold for an area: shown to users, never filled with guesses. */
export const CoverageNote = z
  .object({
    text: Text,
    source: SourceRef,
  })
  .strict();

/**
 * What to do when a child is in immediate danger, in the area's own words from its own
 * sources. Where the sources hold no such instruction for an area, `text` is the nearest thing
 * they say and `note` says what is missing: the words are never written for the area.
 */
export const ImmediateDanger = z
  .object({
    text: Text,
    /** Project-authored: what the sources lack here. */
    note: Text.optional(),
    source: SourceRef,
  })
  .strict();
export type ImmediateDanger = z.infer<typeof ImmediateDanger>;

export const Area = z
  .object({
    id: Slug,
    name: Text,
    /** Id of the contact for requests for support (MASH / hub / duty team). */
    frontDoor: Slug,
    immediateDanger: ImmediateDanger,
    localities: z.array(Locality).default([]),
    districts: z.array(District).default([]),
    contacts: z.array(Contact).min(1),
    services: z.array(Service).default([]),
    forms: z.array(Form).default([]),
    coverage: z.array(CoverageNote).min(1, "say what the sources lack for this area"),
    source: SourceRef,
  })
  .strict();
export type Area = z.infer<typeof Area>;
