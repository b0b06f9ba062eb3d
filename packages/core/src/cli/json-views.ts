import type { Assessment } from "../assess/assess.ts";
import type { RoutedContact } from "../contacts/route.ts";
import type { DangerNow, Suggestion } from "../match/match.ts";

/** The shapes the CLI's --json prints: stable, documented in the README. */
export function contactView(r: RoutedContact) {
  const c = r.contact;
  return {
    id: c.id,
    name: c.name,
    roles: c.roles,
    phone: c.phone ?? null,
    phoneE164: c.phoneE164 ?? null,
    email: c.email ?? null,
    url: c.url ?? null,
    openNow: r.openNow,
    openBasis: r.openBasis,
    hours: c.hours?.text ?? null,
    why: r.why,
  };
}

export function matchView(s: Suggestion) {
  const i = s.indicator;
  return {
    id: i.id,
    set: i.set,
    level: i.level ?? null,
    domain: i.domain ?? null,
    kind: i.kind,
    text: i.text,
    negated: s.negated,
    counted: s.counted,
    /** Null when counted; else why not: negated, hypothetical, historical or other-person. */
    context: s.context,
    subject: i.subject ?? "child",
    because: s.evidence[0]!.because,
    ages: i.ages ?? null,
    evidence: s.evidence.map((e) => ({
      quote: e.quote,
      start: e.start,
      end: e.end,
      negated: e.negated,
      context: e.context,
      contextWords: e.contextWords,
      subject: e.subject,
      because: e.because,
    })),
  };
}

export function assessmentView(a: Assessment, matches: Suggestion[], dangerNow?: DangerNow) {
  // Nothing selected prompts no level: Level 1's name, steps and consent would read as a finding.
  const none = a.nothingSelected;
  return {
    level: none ? null : a.level,
    levelName: none ? null : a.levelInfo.name,
    nothingSelected: none,
    dangerNow: dangerNow ?? { suggested: false, evidence: [] },
    immediateRisk: a.immediateRisk,
    matches: matches.map(matchView),
    reasons: a.reasons,
    prompts: a.prompts,
    strengths: a.strengths.map((s) => s.id),
    notForThisAge: a.notForThisAge.map((s) => s.id),
    notForThisArea: a.notForThisArea.map((s) => s.id),
    assumptions: a.assumptions,
    nextSteps: none ? [] : a.nextSteps,
    consent: none
      ? null
      : {
          level: a.consent.level,
          summary: a.levelInfo.consent,
          rules: a.consent.rules,
        },
    contacts: a.contacts?.contacts.map(contactView) ?? [],
    coverage: a.contacts?.coverage.map((c) => c.text) ?? [],
  };
}
