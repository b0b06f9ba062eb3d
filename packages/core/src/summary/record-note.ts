import type { Assessment } from "../assess/assess.ts";
import { describeAge, type Age } from "../assess/age.ts";
import type { Pack } from "../schema/pack.ts";
import type { SourceRef } from "../schema/source.ts";

export interface NoteContext {
  pack: Pack;
  at: Date;
  age?: Age;
  /** How many contacts to list (the most urgent first). */
  contactLimit?: number;
}

const stamp = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  dateStyle: "long",
  timeStyle: "short",
});

/**
 * The plain-text note a practitioner pastes into their record. Built only from the assessment
 * (indicator texts, levels, rules, contacts): it never holds the text that was checked, names
 * or anything else that identifies a child.
 */
export function recordNote(a: Assessment, ctx: NoteContext): string {
  const { pack } = ctx;
  const cite = (s: SourceRef) =>
    `[${pack.sources.find((d) => d.doc === s.doc)?.title ?? s.doc}: ${s.section}]`;
  const lines: string[] = [];
  const routing = a.contacts;
  const place = !routing
    ? "not given"
    : routing.districtName
      ? `${routing.area.name} (${routing.districtName})`
      : routing.area.name;

  lines.push("Right Help: level of need prompt (a prompt for professional judgement, not a decision)");
  lines.push(`Date and time: ${stamp.format(ctx.at)} (UK time)`);
  lines.push(`Area: ${place}`);
  if (ctx.age) lines.push(`Age: ${describeAge(ctx.age)}`);
  if (a.immediateRisk) lines.push("", `IMMEDIATE DANGER: ${a.immediateRisk.instruction}`);
  if (a.nothingSelected) {
    // No level is prompted: Level 1's steps and consent would read as a finding of no concern.
    lines.push("", "Prompted level: none (no level prompted: nothing is selected)");
    lines.push("No indicators were selected. This is not a finding that there is no concern.");
    lines.push("", "Prompts:");
    for (const p of a.prompts) lines.push(`- ${p.text} ${cite(p.source)}`);
    contactLines(lines, a, ctx);
    lines.push("", `Source: ${pack.title}, content pack ${pack.id} ${pack.version}.`);
    return lines.join("\n");
  }
  lines.push("", `Prompted level: Level ${a.level}, ${a.levelInfo.name}`);
  lines.push("Why:");
  for (const r of a.reasons)
    lines.push(`- Level ${r.level}${r.domain ? `, ${r.domain}` : ""}: ${r.text} ${cite(r.source)}`);
  if (a.strengths.length > 0) {
    lines.push("", "Strengths noted:");
    for (const s of a.strengths) lines.push(`- ${s.text} ${cite(s.source)}`);
  }
  if (a.notForThisAge.length > 0) {
    lines.push("", "Selected but not counted (limited to other ages):");
    for (const s of a.notForThisAge) lines.push(`- ${s.text} (${s.ages?.join(", ")})`);
  }
  lines.push("", "Prompts:");
  for (const p of a.prompts) lines.push(`- ${p.text} ${cite(p.source)}`);

  lines.push("", `Next steps at Level ${a.level}:`);
  for (const s of a.nextSteps) lines.push(`- ${s}`);

  lines.push("", `Consent at Level ${a.level}: ${a.levelInfo.consent}`);
  // Several rules quote the same sentence: each is said once.
  const said = new Set<string>();
  const once = (line: string, key: string) => {
    if (!said.has(key)) lines.push(line);
    said.add(key);
  };
  for (const r of a.consent.rules) {
    if (r.override) once(`- When consent may be overridden: ${r.override} ${cite(r.source)}`, r.override);
    if (r.record) once(`- Record: ${r.record} ${cite(r.source)}`, r.record);
  }

  contactLines(lines, a, ctx);
  lines.push("", `Source: ${pack.title}, content pack ${pack.id} ${pack.version}.`);
  return lines.join("\n");
}

function contactLines(lines: string[], a: Assessment, ctx: NoteContext): void {
  if (!a.contacts) return;
  lines.push("", "Contacts advised:");
  for (const c of a.contacts.contacts.slice(0, ctx.contactLimit ?? 4)) {
    const how = [c.contact.phone, c.contact.email].filter(Boolean).join(", ") || c.contact.url;
    lines.push(`- ${c.contact.name}: ${how}`);
  }
}
