import type { Indicator } from "../schema/indicator.ts";
import type { Level } from "../schema/level.ts";
import type { Pack } from "../schema/pack.ts";
import type { RuleId, RuleText } from "../schema/reference.ts";
import type { SourceRef } from "../schema/source.ts";
import { consentGuidance, type ConsentGuidance } from "../consent/consent.ts";
import { immediateDangerFor } from "../contacts/immediate-danger.ts";
import { rolesFor } from "../contacts/needs.ts";
import { routeContacts, type Routing } from "../contacts/route.ts";
import type { Band } from "../schema/band.ts";
import { bandsFor } from "./area-bands.ts";
import { appliesToAge, type Age } from "./age.ts";

export interface AssessInput {
  /** Indicator ids the practitioner confirmed (needs and strengths). */
  indicators: readonly string[];
  /** Graded-factor answers: factor id → option id. */
  graded?: Readonly<Record<string, string>>;
  age?: Age;
  /** The child's area: without it there are no contacts, only "call 999". */
  area?: string;
  district?: string;
  earlyHelpAssessmentInPlace?: boolean;
  immediateDanger?: boolean;
  /** When the contacts are needed (defaults to now). */
  at?: Date;
}

/** Why the level is what it is: one line per indicator or answer that counted. */
export interface Reason {
  level: number;
  text: string;
  domain: string | undefined;
  /** "indicator" ids are indicator ids; "graded" ids are "factor/option". */
  kind: "indicator" | "graded";
  id: string;
  source: SourceRef;
}

/** A prompt to act: the guidance's words for a rule that applies here (`id` is the rule). */
export type Prompt = RuleText;

export interface Assessment {
  /**
   * The prompted level; when `nothingSelected`, no level is prompted and this is only the
   * level contacts are routed for (1): front ends say "no level prompted" instead.
   */
  level: 1 | 2 | 3 | 4;
  levelInfo: Level;
  /**
   * Set when the practitioner says the child is in immediate danger: the area's own words, cited
   * (the guidance's general rule where no area is known), and whom to call: 999, then the hub.
   */
  immediateRisk: {
    /** "Call 999 now, then <whom the routing puts next> on <number>." */
    instruction: string;
    /** The area's own words for a child in immediate danger (cited by `source`). */
    guidance?: string;
    note?: string;
    source: SourceRef;
    call: string[];
  } | null;
  /** The area's own continuum bands for this level (Blackpool): definition, response, who helps. */
  bands: Band[];
  reasons: Reason[];
  prompts: Prompt[];
  /** Needs that counted, by domain name (or set title when the set has no domains). */
  needsByDomain: { domain: string; indicators: Indicator[] }[];
  /** Strengths, listed beside the needs: they never lower the level. */
  strengths: Indicator[];
  /** Selected indicators that do not apply at the child's age (shown, not counted). */
  notForThisAge: Indicator[];
  /** Selected indicators from another area's guidance (shown, not counted). */
  notForThisArea: Indicator[];
  /** The project's readings that decided this level (e.g. "a number of" read as two), shown with it. */
  assumptions: { text: string; source: SourceRef }[];
  nextSteps: string[];
  consent: ConsentGuidance;
  contacts: Routing | null;
  /** True when nothing was selected: never to be read as "no concern". */
  nothingSelected: boolean;
}

export class UnknownInputError extends Error {}

/**
 * Selected indicators and answers → a prompted level with reasons, following the guidance:
 * immediate danger → 999 first; any level 4 item → 4; a number (pack parameter) of level 3
 * items → 3, a single one → 2 with "consider level 3"; any level 2 → 2; otherwise 1.
 */
export function assess(pack: Pack, input: AssessInput): Assessment {
  const byId = new Map(pack.indicators.map((i) => [i.id, i]));
  const unknown = input.indicators.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new UnknownInputError(`unknown indicator id(s): ${unknown.join(", ")}`);
  const rule = ruleTexts(pack);

  const selected = [...new Set(input.indicators)].map((id) => byId.get(id)!);
  const inArea = (i: Indicator) => appliesToArea(pack, i, input.area);
  const notForThisArea = selected.filter((i) => !inArea(i));
  const notForThisAge = selected.filter((i) => inArea(i) && !appliesToAge(i.ages, input.age));
  const applicable = selected.filter((i) => inArea(i) && appliesToAge(i.ages, input.age));
  const strengths = applicable.filter((i) => i.kind === "strength");
  // A graded answer and the indicator it grades are one bullet of the guidance: count it once.
  const graded = gradedOptions(pack, input.graded);
  const gradedIds = new Set(graded.map(({ option }) => option.grades));
  const needs = applicable.filter((i) => i.kind === "need" && !gradedIds.has(i.id));

  const reasons: Reason[] = needs.map((i) => ({
    level: i.level!,
    text: i.text,
    domain: domainName(pack, i),
    kind: "indicator",
    id: i.id,
    source: i.source,
  }));
  for (const { factor, option } of graded) {
    reasons.push({
      level: option.level,
      text: option.label,
      domain: undefined,
      kind: "graded",
      id: `${factor.id}/${option.id}`,
      source: option.source,
    });
  }
  reasons.sort((a, b) => b.level - a.level);

  const count = (level: number) => reasons.filter((r) => r.level === level).length;
  const threshold = pack.parameters.level3Threshold.count;
  const prompts: Prompt[] = [];
  const assumptions: Assessment["assumptions"] = [];
  let level: 1 | 2 | 3 | 4;
  if (input.immediateDanger || count(4) > 0) {
    level = 4;
    prompts.push(rule("straight-to-level-4"));
  } else if (count(3) >= threshold) {
    level = 3;
    assumptions.push(thresholdAssumption(pack));
  } else if (count(3) > 0) {
    level = 2;
    assumptions.push(thresholdAssumption(pack));
    prompts.push({
      ...rule("level-3-needs-a-number"),
      text: `Consider Level 3: discuss with your safeguarding lead or the advice line. ${rule("level-3-needs-a-number").text}`,
    });
  } else {
    level = count(2) > 0 ? 2 : 1;
  }
  if ((level === 3 || count(3) > 0) && level < 4 && !input.earlyHelpAssessmentInPlace) {
    prompts.push(rule("early-help-assessment-first"), rule("assessment-not-a-delay"));
  }
  if (strengths.length > 0 && reasons.length > 0) prompts.push(rule("balance-strengths"));
  prompts.push(rule("guide-not-decision"), rule("consult-if-in-doubt"));

  const contacts =
    input.area === undefined
      ? null
      : routeContacts(pack, {
          area: input.area,
          district: input.district,
          at: input.at,
          level,
          needs: rolesFor(reasons),
        });
  const immediateRisk = input.immediateDanger ? immediate(pack, rule("immediate-danger"), contacts) : null;
  const levelInfo = pack.levels.find((l) => l.level === level)!;

  return {
    level,
    levelInfo,
    immediateRisk,
    reasons,
    prompts,
    needsByDomain: groupByDomain(pack, needs),
    strengths,
    notForThisAge,
    notForThisArea,
    assumptions,
    bands:
      input.area === undefined
        ? []
        : bandsFor(
            pack,
            input.area,
            level,
            applicable.map((i) => i.id),
          ),
    nextSteps: levelInfo.nextSteps,
    consent: consentGuidance(pack, level, undefined, input.area),
    contacts,
    nothingSelected: selected.length === 0 && reasons.length === 0 && !input.immediateDanger,
  };
}

/** Whether an indicator's set is guidance for this area (unknown area: every set applies). */
export function appliesToArea(pack: Pack, i: Indicator, area: string | undefined): boolean {
  return setAppliesIn(pack.indicatorSets.find((s) => s.id === i.set)?.areas, area);
}

/** A set limited to `areas` (none: every area) applies in `area` (unknown: yes). */
export function setAppliesIn(areas: readonly string[] | undefined, area: string | undefined): boolean {
  return area === undefined || areas === undefined || areas.includes(area);
}

function gradedOptions(pack: Pack, answers: AssessInput["graded"]) {
  return Object.entries(answers ?? {}).map(([factorId, optionId]) => {
    const factor = pack.gradedFactors.find((f) => f.id === factorId);
    const option = factor?.options.find((o) => o.id === optionId);
    if (!factor || !option) throw new UnknownInputError(`unknown graded answer ${factorId}/${optionId}`);
    return { factor, option };
  });
}

function thresholdAssumption(pack: Pack): Assessment["assumptions"][number] {
  const t = pack.parameters.level3Threshold;
  return { text: t.assumption, source: t.source };
}

function ruleTexts(pack: Pack): (id: RuleId) => RuleText {
  return (id) => pack.rules.find((r) => r.id === id)!;
}

/** The area's own immediate-danger words and numbers; without an area, the guidance's rule. */
function immediate(pack: Pack, rule: RuleText, routing: Routing | null): Assessment["immediateRisk"] {
  if (!routing) {
    return {
      instruction: `Call 999 now, then your area's safeguarding hub. ${rule.text}`,
      source: rule.source,
      call: [],
    };
  }
  // Whom to call after 999 comes from the routing, as everywhere else (out of hours: the
  // out-of-hours team), so the instruction never disagrees with the contacts. The area's own
  // words for immediate danger are quoted beside it, cited.
  const own = immediateDangerFor(pack, routing.area.id);
  const contact = (id: string) => routing.area.contacts.find((c) => c.id === id)!;
  const then = routing.then?.contact ?? contact(routing.area.frontDoor);
  const emergency = contact(own.call[0]!);
  return {
    instruction: `Call ${emergency.phone} now, then ${then.name} on ${then.phone}.`,
    guidance: own.text,
    note: own.note,
    source: own.source,
    call: [emergency.id, then.id],
  };
}

function domainName(pack: Pack, i: Indicator): string | undefined {
  return i.domain ? pack.domains.find((d) => d.id === i.domain)?.name : undefined;
}

function groupByDomain(pack: Pack, needs: Indicator[]): Assessment["needsByDomain"] {
  const groups = new Map<string, Indicator[]>();
  for (const i of needs) {
    const key = domainName(pack, i) ?? pack.indicatorSets.find((s) => s.id === i.set)?.title ?? i.set;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups].map(([domain, indicators]) => ({
    domain,
    indicators: indicators.sort((a, b) => (b.level ?? 0) - (a.level ?? 0)),
  }));
}
