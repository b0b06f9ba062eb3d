import { fieldName, isPlainObject, isSlug, MAX_SLUG_LENGTH } from "./slug.ts";
import type { Draft } from "./types.ts";

/** Thrown by saveDraft for anything but ids, answers, area, age band and flags; nothing is stored. */
export class InvalidDraftError extends Error {
  override name = "InvalidDraftError";
}

export const MAX_IDS = 500;

const AGE_BAND = /^(unborn|\d{1,2}m?|\d{1,2})$/;

// updatedAt is allowed (and ignored) so that a draft read back can be spread into the next save.
const FIELDS = new Set([
  "indicators",
  "graded",
  "area",
  "district",
  "ageBand",
  "ehaInPlace",
  "immediateDanger",
  "updatedAt",
]);

// Messages name the field but never quote the value: the value may be exactly the text we refuse to keep.
function fail(message: string): never {
  throw new InvalidDraftError(`Not a valid draft: ${message}`);
}

function slugList(value: unknown, field: string): string[] {
  if (!Array.isArray(value)) fail(`${field} must be a list of ids`);
  if (value.length > MAX_IDS) fail(`${field} holds more than ${MAX_IDS} ids`);
  const ids: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const id: unknown = value[i];
    if (!isSlug(id))
      fail(`${field}[${i}] is not an id (lower-case slug of at most ${MAX_SLUG_LENGTH} characters)`);
    ids.push(id);
  }
  return ids;
}

function slugMap(value: unknown, field: string): Record<string, string> {
  if (!isPlainObject(value)) fail(`${field} must map factor ids to option ids`);
  const keys = Object.keys(value);
  if (keys.length > MAX_IDS) fail(`${field} holds more than ${MAX_IDS} answers`);
  const map: Record<string, string> = {};
  for (const key of keys) {
    if (!isSlug(key)) fail(`${field} has a key that is not a factor id`);
    if (!isSlug(value[key])) fail(`${field}.${key} is not an option id`);
    map[key] = value[key];
  }
  return map;
}

function optional<T>(value: unknown, field: string, ok: (v: unknown) => v is T, what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!ok(value)) fail(`${field} must be ${what}`);
  return value;
}

const isAgeBand = (v: unknown): v is string => typeof v === "string" && v.length <= 8 && AGE_BAND.test(v);
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";

/** A clean copy of a draft the caller gave us, or InvalidDraftError. Only the copy is ever stored. */
export function validateDraft(input: unknown): Omit<Draft, "updatedAt"> {
  if (!isPlainObject(input)) fail("a draft must be a plain object");
  for (const key of Object.keys(input)) {
    if (!FIELDS.has(key)) fail(`unknown field${fieldName(key)}`);
  }
  const draft: Omit<Draft, "updatedAt"> = {
    indicators: slugList(input.indicators, "indicators"),
    graded: slugMap(input.graded, "graded"),
  };
  const area = optional(input.area, "area", isSlug, "an area id");
  const district = optional(input.district, "district", isSlug, "a district id");
  const ageBand = optional(
    input.ageBand,
    "ageBand",
    isAgeBand,
    `"unborn", months like "9m" or years like "7"`,
  );
  const ehaInPlace = optional(input.ehaInPlace, "ehaInPlace", isBoolean, "true or false");
  const immediateDanger = optional(input.immediateDanger, "immediateDanger", isBoolean, "true or false");
  if (area !== undefined) draft.area = area;
  if (district !== undefined) draft.district = district;
  if (ageBand !== undefined) draft.ageBand = ageBand;
  if (ehaInPlace !== undefined) draft.ehaInPlace = ehaInPlace;
  if (immediateDanger !== undefined) draft.immediateDanger = immediateDanger;
  return draft;
}

/** A draft read back from storage, or null if it is not one (written by another version, or tampered with). */
export function readStoredDraft(value: unknown): Draft | null {
  if (!isPlainObject(value) || typeof value.updatedAt !== "number" || !Number.isFinite(value.updatedAt)) {
    return null;
  }
  try {
    return { ...validateDraft(value), updatedAt: value.updatedAt };
  } catch {
    return null;
  }
}

/** Expired when last saved before the cutoff (now - ttl). */
export const isExpired = (draft: Draft, cutoff: number): boolean => draft.updatedAt < cutoff;

export const copyDraft = (draft: Draft): Draft => ({
  ...draft,
  indicators: [...draft.indicators],
  graded: { ...draft.graded },
});
