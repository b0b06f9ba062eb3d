import type { Assessment } from "../assess/assess.ts";
import type { Age } from "../assess/age.ts";
import type { Pack } from "../schema/pack.ts";

export interface NoteContext {
  pack: Pack;
  at: Date;
  /** Kept for callers; the short note does not say the age (it is not in the note's list). */
  age?: Age;
}

/** The note's length limit: short enough to paste into any record system's free-text field. */
export const NOTE_LIMIT = 1500;

const stamp = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  dateStyle: "long",
  timeStyle: "short",
});

/**
 * The short plain-text note a practitioner pastes into their record, at most NOTE_LIMIT
 * characters: date and time, area, the prompted level (a prompt for judgement), the confirmed
 * indicators (text, level), strengths, whom to contact now (numbers, from the routing's `now`),
 * and the consent basis to record at this level — in that order, nothing else. Built only from
 * the assessment and the pack: it never holds the text that was checked, names or identifiers.
 */
export function recordNote(a: Assessment, ctx: NoteContext): string {
  const routing = a.contacts;
  const place = !routing
    ? "not given"
    : routing.districtName
      ? `${routing.area.name} (${routing.districtName})`
      : routing.area.name;

  const head = [
    `Right Help prompt, ${stamp.format(ctx.at)} (UK time)`,
    `Area: ${place}`,
    a.nothingSelected
      ? "Prompted level: none (no level prompted: nothing is selected)"
      : `Prompted level: Level ${a.level}, ${a.levelInfo.name}. A prompt for professional judgement, not a decision.`,
  ];
  if (a.immediateRisk) head.push("Immediate danger was flagged.");

  const calls = routing
    ? routing.now
        .filter((r) => r.contact.phone)
        .map((r) =>
          r.contact.name.includes(r.contact.phone!) ? r.contact.name : `${r.contact.name} ${r.contact.phone}`,
        )
        .join("; ")
    : "999; the area's safeguarding hub (no area given)";
  const record = a.consent.rules.find((r) => r.record)?.record;
  // No level prompted: Level 1's consent line would read as a finding of no concern.
  const tail = a.nothingSelected
    ? [`Contact now: ${calls}`]
    : [
        `Contact now: ${calls}`,
        `Consent to record at Level ${a.level}: ${a.levelInfo.consent}${record ? ` ${record}` : ""}`,
      ];

  const items = a.reasons.map((r) => `- Level ${r.level}: ${r.text}`);
  const strengths = a.strengths.map((s) => `- ${s.text}`);
  const build = (nItems: number, nStrengths: number, tailLines: string[]) => {
    const lines = [...head];
    if (a.nothingSelected)
      lines.push("No indicators were selected. This is not a finding that there is no concern.");
    else if (items.length > 0) {
      lines.push("Confirmed indicators:", ...items.slice(0, nItems));
      if (nItems < items.length)
        lines.push(`- and ${items.length - nItems} more (Level ${a.reasons[nItems]!.level} or lower)`);
    }
    if (strengths.length > 0) {
      lines.push("Strengths:", ...strengths.slice(0, nStrengths));
      if (nStrengths < strengths.length) lines.push(`- and ${strengths.length - nStrengths} more`);
    }
    return [...lines, ...tailLines].join("\n");
  };

  // Longest first; when over the limit, drop strengths, then lower indicators (highest level kept),
  // then shorten the consent line: the level, the contacts and the first indicators always stay.
  let nItems = items.length;
  let nStrengths = strengths.length;
  let note = build(nItems, nStrengths, tail);
  while (note.length > NOTE_LIMIT && nStrengths > 0) note = build(nItems, --nStrengths, tail);
  while (note.length > NOTE_LIMIT && nItems > 1) note = build(--nItems, nStrengths, tail);
  if (note.length > NOTE_LIMIT)
    note = build(nItems, nStrengths, [tail[0]!, `Consent at Level ${a.level}: ${a.levelInfo.consent}`]);
  return note.length > NOTE_LIMIT ? `${note.slice(0, NOTE_LIMIT - 1)}…` : note;
}
