import type { ContactRole } from "../schema/area.ts";

/**
 * Which role contacts the reasons for a prompt call for, so "the contacts that matter now" hold
 * them (complex safeguarding for exploitation, the missing co-ordinator for missing episodes …).
 * Project-authored: a plain word match on the reason's id and text.
 */
const CALLS: [RegExp, ContactRole][] = [
  [/exploit|\bcse\b|\bcce\b|county lines|traffick|groom/i, "exploitation"],
  [/missing/i, "missing"],
  [/domestic (abuse|violence)/i, "domestic-abuse"],
];

export function rolesFor(reasons: readonly { id: string; text: string }[]): ContactRole[] {
  const roles = new Set<ContactRole>();
  for (const r of reasons)
    for (const [words, role] of CALLS) if (words.test(`${r.id} ${r.text}`)) roles.add(role);
  return [...roles];
}
