import type { Pack } from "../schema/pack.ts";
import { phoneDigits, toE164 } from "../phone.ts";
import type { PathKey } from "./problem.ts";

export interface Issue {
  path: PathKey[];
  message: string;
}

/**
 * Checks the schema cannot express: references between items, unique ids, the safety
 * minimum for every area (the 999 route and a front door), citations of known sources.
 */
export function crossCheck(pack: Pack): Issue[] {
  const issues: Issue[] = [];
  const add = (path: PathKey[], message: string) => issues.push({ path, message });

  checkCitations(pack, add);

  unique(pack.domains, ["domains"], "domain", add);
  unique(pack.indicatorSets, ["indicatorSets"], "indicator set", add);
  unique(pack.indicators, ["indicators"], "indicator", add);
  unique(pack.gradedFactors, ["gradedFactors"], "graded factor", add);
  unique(pack.areas, ["areas"], "area", add);
  unique(pack.glossary, ["glossary"], "glossary entry", add);
  unique(pack.rules, ["rules"], "rule", add);
  unique(pack.consent.principles, ["consent", "principles"], "consent principle", add);
  unique(pack.consent.rules, ["consent", "rules"], "consent rule", add);
  pack.gradedFactors.forEach((f, i) => unique(f.options, ["gradedFactors", i, "options"], "option", add));
  const dates = new Set<string>();
  pack.bankHolidays.forEach((h, i) => {
    if (dates.has(h.date)) add(["bankHolidays", i, "date"], `bank holiday ${h.date} is listed twice`);
    dates.add(h.date);
  });

  // Levels: exactly 1–4, each once, with the matching key.
  const keys = ["universal", "early-help", "family-help", "specialist"];
  pack.levels.forEach((l, i) => {
    if (pack.levels.findIndex((m) => m.level === l.level) !== i)
      add(["levels", i, "level"], `level ${l.level} is given twice`);
    if (keys[l.level - 1] !== l.key)
      add(["levels", i, "key"], `level ${l.level} must have key "${keys[l.level - 1]}"`);
  });

  const domains = new Set(pack.domains.map((d) => d.id));
  const sets = new Map(pack.indicatorSets.map((s) => [s.id, s]));
  pack.indicators.forEach((ind, i) => {
    const set = sets.get(ind.set);
    if (!set)
      add(
        ["indicators", i, "set"],
        `unknown indicator set "${ind.set}"; known: ${[...sets.keys()].join(", ")}`,
      );
    if (ind.domain !== undefined && !domains.has(ind.domain)) {
      add(["indicators", i, "domain"], `unknown domain "${ind.domain}"; known: ${[...domains].join(", ")}`);
    }
    if (set?.domains && ind.domain === undefined)
      add(["indicators", i], `indicators of set "${set.id}" need a domain`);
  });

  const areaIds = new Set(pack.areas.map((a) => a.id));
  pack.indicatorSets.forEach((set, i) =>
    set.areas?.forEach((area, j) => {
      if (!areaIds.has(area)) add(["indicatorSets", i, "areas", j], `unknown area "${area}"`);
    }),
  );
  const indicatorIds = new Set(pack.indicators.map((ind) => ind.id));
  checkMatchingRules(pack, indicatorIds, add);
  pack.gradedFactors.forEach((f, i) =>
    f.options.forEach((o, j) => {
      if (o.grades !== undefined && !indicatorIds.has(o.grades))
        add(["gradedFactors", i, "options", j, "grades"], `unknown indicator "${o.grades}"`);
    }),
  );
  pack.indicatorSets.forEach((set, s) => checkBands(pack, set, s, areaIds, add));
  pack.consent.rules.forEach((r, i) => {
    if (r.area !== undefined && !areaIds.has(r.area))
      add(["consent", "rules", i, "area"], `unknown area "${r.area}"`);
  });

  const contactIds = new Set<string>();
  pack.areas.forEach((area, a) => checkArea(area, a, contactIds, add));
  return issues;
}

type Add = (path: PathKey[], message: string) => void;

/** Concept rules, danger-now rules and lexicon cues name concepts and indicators the pack holds. */
function checkMatchingRules(pack: Pack, indicatorIds: Set<string>, add: Add): void {
  const concepts = new Set(pack.concepts.map((c) => c.id));
  unique(pack.concepts, ["concepts"], "concept", add);
  unique(pack.conceptRules, ["conceptRules"], "concept rule", add);
  unique(pack.dangerNowRules, ["dangerNowRules"], "danger-now rule", add);
  const named = (list: readonly string[] | undefined, at: PathKey[]) =>
    list?.forEach((id, j) => {
      if (!concepts.has(id)) add([...at, j], `unknown concept "${id}"`);
    });
  pack.conceptRules.forEach((r, i) => {
    named(r.all, ["conceptRules", i, "all"]);
    named(r.any, ["conceptRules", i, "any"]);
    named(r.none, ["conceptRules", i, "none"]);
    if (r.age?.orConcept) named([r.age.orConcept], ["conceptRules", i, "age", "orConcept"]);
    r.indicators.forEach((id, j) => {
      if (!indicatorIds.has(id)) add(["conceptRules", i, "indicators", j], `unknown indicator "${id}"`);
    });
  });
  pack.dangerNowRules.forEach((r, i) => {
    named(r.all, ["dangerNowRules", i, "all"]);
    named(r.any, ["dangerNowRules", i, "any"]);
    named(r.none, ["dangerNowRules", i, "none"]);
  });
  pack.lexiconCues.forEach((l, i) => {
    if (!indicatorIds.has(l.indicator))
      add(["lexiconCues", i, "indicator"], `unknown indicator "${l.indicator}"`);
  });
}

function checkArea(area: Pack["areas"][number], a: number, contactIds: Set<string>, add: Add): void {
  const at = (...rest: PathKey[]): PathKey[] => ["areas", a, ...rest];
  unique(area.localities, at("localities"), "locality", add);
  unique(area.districts, at("districts"), "district", add);
  unique(area.services, at("services"), "service", add);
  unique(area.forms, at("forms"), "form", add);

  const localities = new Set(area.localities.map((l) => l.id));
  area.districts.forEach((d, i) => {
    if (!localities.has(d.locality)) add(at("districts", i, "locality"), `unknown locality "${d.locality}"`);
  });
  const places = new Set([...localities, ...area.districts.map((d) => d.id)]);

  area.contacts.forEach((c, i) => {
    // Contact ids are unique across the whole pack: drafts and notes name them alone.
    if (contactIds.has(c.id)) add(at("contacts", i, "id"), `contact id "${c.id}" is used twice`);
    contactIds.add(c.id);
    c.localities?.forEach((l, j) => {
      if (!places.has(l))
        add(at("contacts", i, "localities", j), `unknown district or locality "${l}" in ${area.id}`);
    });
    if (c.phone !== undefined && c.phoneE164 !== undefined && c.phoneE164 !== toE164(c.phone)) {
      add(at("contacts", i, "phoneE164"), `does not match phone ${c.phone} (expected ${toE164(c.phone)})`);
    }
  });
  const own = new Set(area.contacts.map((c) => c.id));
  area.services.forEach((s, i) =>
    s.contacts?.forEach((id, j) => {
      if (!own.has(id)) add(at("services", i, "contacts", j), `unknown contact "${id}" in ${area.id}`);
    }),
  );

  const front = area.contacts.find((c) => c.id === area.frontDoor);
  if (!front) add(at("frontDoor"), `frontDoor "${area.frontDoor}" is not one of ${area.id}'s contacts`);
  else if (!front.roles.includes("front-door"))
    add(at("frontDoor"), `contact "${front.id}" needs the role "front-door"`);
  else if (!front.phone) add(at("frontDoor"), `front-door contact "${front.id}" needs a phone number`);
  const emergency = area.contacts.filter(
    (c) => c.roles.includes("emergency") && c.phone && phoneDigits(c.phone) === "999",
  );
  if (emergency.length === 0)
    add(at("contacts"), `area "${area.id}" has no emergency contact with phone 999`);

  // 999 and the front door are for a child at any level: a level restriction would drop them
  // from the contacts at a prompted level.
  for (const c of front ? [front, ...emergency] : emergency) {
    if (c.levels !== undefined)
      add(
        at("contacts", area.contacts.indexOf(c), "levels"),
        `"${c.id}" is ${c === front ? "the front door" : "a 999 contact"} and must be for every level: remove "levels"`,
      );
  }
}

/** A set's bands: a known area, one id each, and examples that name some of the set's indicators. */
function checkBands(
  pack: Pack,
  set: Pack["indicatorSets"][number],
  s: number,
  areaIds: Set<string>,
  add: Add,
): void {
  if (!set.bands) return;
  const at = (...rest: PathKey[]): PathKey[] => ["indicatorSets", s, "bands", ...rest];
  unique(set.bands, at(), "band", add);
  const sections = new Set(pack.indicators.filter((i) => i.set === set.id).map((i) => i.source.section));
  set.bands.forEach((band, b) => {
    if (!areaIds.has(band.area)) add(at(b, "area"), `unknown area "${band.area}"`);
    if (band.examples !== undefined && !sections.has(band.examples))
      add(at(b, "examples"), `no indicator of set "${set.id}" cites the section "${band.examples}"`);
  });
}

function unique(items: readonly { id: string }[], path: PathKey[], what: string, add: Add): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add([...path, i, "id"], `duplicate ${what} id "${item.id}"`);
    seen.add(item.id);
  });
}

/** Every `source`/`sources` anywhere in the pack must cite one of the pack's sources. */
function checkCitations(pack: Pack, add: Add): void {
  const docs = new Set(pack.sources.map((s) => s.doc));
  const walk = (value: unknown, path: PathKey[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i]));
    if (value === null || typeof value !== "object") return;
    for (const [k, v] of Object.entries(value)) {
      if (path.length === 0 && k === "sources") continue;
      if (k === "source" || k === "sources") {
        const refs = Array.isArray(v)
          ? v.map((r, i) => [r, [...path, k, i]] as const)
          : [[v, [...path, k]] as const];
        for (const [ref, p] of refs) {
          const doc = (ref as { doc?: string }).doc;
          if (doc !== undefined && !docs.has(doc))
            add([...p, "doc"], `cites "${doc}", which is not in the pack's sources`);
        }
      } else walk(v, [...path, k]);
    }
  };
  walk(pack, []);
}
