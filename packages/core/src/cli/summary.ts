import type { Pack } from "../schema/pack.ts";

/** One line of counts, so that a passing validate also shows what it validated. */
export function countsLine(pack: Pack): string {
  const byLevel = [1, 2, 3, 4].map((l) => pack.indicators.filter((i) => i.level === l).length);
  const contacts = pack.areas.reduce((n, a) => n + a.contacts.length, 0);
  return [
    `${pack.levels.length} levels`,
    `${pack.domains.length} domains`,
    `${pack.indicators.length} indicators (level 1–4: ${byLevel.join("/")}; ${pack.indicators.filter((i) => i.kind === "strength").length} strengths)`,
    `${pack.gradedFactors.length} graded factors`,
    `${pack.consent.rules.length} consent rules`,
    `${pack.areas.length} areas`,
    `${contacts} contacts`,
    `${pack.glossary.length} glossary terms`,
    `${pack.bankHolidays.length} bank holidays`,
  ].join(", ");
}
