import type { Indicator, Pack } from "@right-help/core";

/** "Level 3 · Health" or "Strength · Resilient factors": where an indicator sits. */
export function indicatorMeta(pack: Pack, i: Indicator): string {
  const group =
    (i.domain && pack.domains.find((d) => d.id === i.domain)?.name) ||
    shortSetTitle(pack.indicatorSets.find((s) => s.id === i.set)?.title ?? i.set);
  const kind = i.kind === "strength" ? "Strength" : `Level ${i.level}`;
  const ages = i.ages ? ` · Ages: ${i.ages.map(ageBandLabel).join(", ")}` : "";
  return `${kind} · ${group}${ages}`;
}

/** Set titles are long ("Keeping Children Safe in Blackpool — Example …"): keep the part after the dash. */
export function shortSetTitle(title: string): string {
  const dash = title.indexOf(" — ");
  return dash >= 0 ? title.slice(dash + 3) : title;
}

const AGE_BAND_LABELS: Record<string, string> = {
  unborn: "unborn",
  "non-mobile-baby": "non-mobile baby",
  "under-13": "under 13",
  "13-plus": "13 and over",
  "16-plus": "16 and over",
};

export const ageBandLabel = (band: string): string => AGE_BAND_LABELS[band] ?? band;
