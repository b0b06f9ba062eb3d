import type { AgeBand } from "../schema/indicator.ts";

/** The child's age as the practitioner gives it: unborn, or months since birth. */
export type Age = { unborn: true } | { unborn: false; months: number };

/**
 * Parse "unborn", "4m" / "4 months", "7" / "7y" / "7 years". Returns null for anything else,
 * so callers can say which forms are valid.
 */
export function parseAge(raw: string): Age | null {
  const s = raw.trim().toLowerCase();
  if (s === "unborn" || s === "pre-birth" || s === "prebirth") return { unborn: true };
  const m = /^(\d{1,3})\s*(m|mo|mos|months?|y|yrs?|years?)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const months = m[2]?.startsWith("m") ? n : n * 12;
  if (months > 25 * 12) return null;
  return { unborn: false, months };
}

/**
 * Non-mobile babies: the guidance gives no age. The project counts every baby under 12 months
 * as possibly non-mobile: over-inclusive on purpose, because missing an injury to a baby who
 * cannot crawl is the worse mistake.
 */
export const NON_MOBILE_UNDER_MONTHS = 12;

/**
 * "Unborn" items are about an unborn baby, who may be a young person's: from this age (the
 * project's reading, cautious) a child may be pregnant, so unborn items still apply.
 */
export const MAY_BE_PREGNANT_FROM_MONTHS = 10 * 12;

/** Whether an indicator limited to `bands` applies to a child of `age` (unknown age: yes). */
export function appliesToAge(bands: readonly AgeBand[] | undefined, age: Age | undefined): boolean {
  if (!bands || !age) return true;
  return bands.some((band) => {
    if (age.unborn) return band === "unborn";
    switch (band) {
      case "unborn":
        return age.months >= MAY_BE_PREGNANT_FROM_MONTHS;
      case "non-mobile-baby":
        return age.months < NON_MOBILE_UNDER_MONTHS;
      case "under-13":
        return age.months < 13 * 12;
      case "13-plus":
        return age.months >= 13 * 12;
      case "16-plus":
        return age.months >= 16 * 12;
    }
  });
}

export function describeAge(age: Age): string {
  if (age.unborn) return "unborn";
  if (age.months < 24) return `${age.months} month${age.months === 1 ? "" : "s"}`;
  return `${Math.floor(age.months / 12)} years`;
}
