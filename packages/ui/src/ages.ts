import { describeAge, parseAge, type Age } from "@right-help/core";

/**
 * The ages a practitioner can pick: unborn, months in the first year (when "non-mobile baby"
 * indicators matter), then years to 17. Values are the forms core's parseAge reads ("unborn",
 * "9m", "7") and the only age a draft may hold: never free text.
 */
export const AGE_VALUES: readonly string[] = [
  "unborn",
  ...Array.from({ length: 12 }, (_, m) => `${m}m`),
  ...Array.from({ length: 17 }, (_, y) => `${y + 1}`),
];

export function ageOf(value: string | undefined): Age | undefined {
  if (value === undefined || !AGE_VALUES.includes(value)) return undefined;
  return parseAge(value) ?? undefined;
}

export function ageLabel(value: string): string {
  const age = ageOf(value);
  if (!age) return value;
  if (age.unborn) return "Unborn";
  if (age.months < 12) return age.months === 0 ? "Under 1 month" : describeAge(age);
  const years = age.months / 12;
  return `${years} year${years === 1 ? "" : "s"}`;
}
