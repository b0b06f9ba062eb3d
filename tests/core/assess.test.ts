import { describe, expect, it } from "vitest";
import { assess, UnknownInputError } from "../../packages/core/src/assess/assess.ts";
import { parseAge } from "../../packages/core/src/assess/age.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const byLevel = (level: number, set = "parts-one-two") =>
  pack.indicators.filter((i) => i.level === level && i.set === set && i.kind === "need").map((i) => i.id);
const [l2a, l2b] = byLevel(2);
const [l3a, l3b] = byLevel(3);
const [l4a] = byLevel(4);
const strength = pack.indicators.find((i) => i.kind === "strength" && i.set === "parts-one-two")!.id;
const at = new Date("2026-11-24T10:00:00Z"); // a Tuesday morning
const base = { area: "lancashire", at };
const ruleIds = (a: ReturnType<typeof assess>) => a.prompts.map((p) => p.id);

describe("assess: the guidance's rules", () => {
  it("nothing selected → level 1, flagged so it never reads as 'no concern'", () => {
    const a = assess(pack, { ...base, indicators: [] });
    expect(a.level).toBe(1);
    expect(a.nothingSelected).toBe(true);
    expect(ruleIds(a)).toContain("guide-not-decision");
  });

  it("any level 2 indicator → level 2", () => {
    expect(assess(pack, { ...base, indicators: [l2a!] }).level).toBe(2);
  });

  it("a single level 3 indicator → level 2 with 'consider level 3' and the Early Help Assessment prompt", () => {
    const a = assess(pack, { ...base, indicators: [l3a!, l2a!] });
    expect(a.level).toBe(2);
    expect(a.prompts.find((p) => p.id === "level-3-needs-a-number")!.text).toMatch(/^Consider Level 3/);
    expect(ruleIds(a)).toContain("early-help-assessment-first");
  });

  it("two level 3 indicators (the pack's threshold) → level 3; EHA prompt only when none is in place", () => {
    expect(pack.parameters.level3Threshold.count).toBe(2);
    const a = assess(pack, { ...base, indicators: [l3a!, l3b!] });
    expect(a.level).toBe(3);
    expect(ruleIds(a)).toContain("early-help-assessment-first");
    const withEha = assess(pack, { ...base, indicators: [l3a!, l3b!], earlyHelpAssessmentInPlace: true });
    expect(ruleIds(withEha)).not.toContain("early-help-assessment-first");
  });

  it("any level 4 indicator → level 4 with 'go straight to Level 4'", () => {
    const a = assess(pack, { ...base, indicators: [l2a!, l4a!] });
    expect(a.level).toBe(4);
    expect(ruleIds(a)).toContain("straight-to-level-4");
    expect(a.reasons[0]!.level).toBe(4);
    expect(a.reasons[0]!.source.doc).toBe("000_0ce1d818e6557b02.txt");
  });

  it("a graded answer counts at its level, with its citation", () => {
    const a = assess(pack, {
      ...base,
      indicators: [],
      graded: { "missing-episodes-90-days": "missing-3-or-more-in-90-days" },
    });
    expect(a.level).toBe(4);
    expect(a.reasons[0]).toMatchObject({ kind: "graded", level: 4 });
    const medium = assess(pack, {
      ...base,
      indicators: [l3a!],
      graded: { "domestic-abuse-risk-grading": "domestic-abuse-medium" },
    });
    expect(medium.level).toBe(3);
  });

  it("immediate danger → level 4 and '999, then the hub' with the area's own numbers", () => {
    const lancs = assess(pack, { ...base, indicators: [], immediateDanger: true });
    expect(lancs.level).toBe(4);
    // Each area's own words, and whom to call: 999 first, then the front door.
    expect(lancs.immediateRisk!.instruction).toMatch(
      /^Call 999 now, then .*Multi-Agency Safeguarding Hub.* on 0300 123 6720/,
    );
    expect(lancs.immediateRisk!.guidance).toMatch(
      /telephone 999, then contact the Multi-Agency Safeguarding Hub/,
    );
    expect(lancs.immediateRisk!.call).toEqual(["lancs-emergency", "lancs-mash"]);
    const bpool = assess(pack, { indicators: [], area: "blackpool", at, immediateDanger: true });
    expect(bpool.immediateRisk!.instruction).toMatch(/^Call 999 now, then .* on 01253 477299/);
    expect(bpool.immediateRisk!.guidance).toMatch(/please call the police in the first instance Tel: 999/);
    expect(bpool.immediateRisk!.call).toEqual(["bpool-emergency", "bpool-request-for-support-hub"]);
    const bwd = assess(pack, { indicators: [], area: "blackburn-with-darwen", at, immediateDanger: true });
    expect(bwd.immediateRisk!.guidance).toMatch(/^If in doubt, consult/);
    const nowhere = assess(pack, { indicators: [], immediateDanger: true });
    expect(nowhere.immediateRisk!.instruction).toMatch(/^Call 999 now, then your area's safeguarding hub/);
    expect(nowhere.contacts).toBeNull();
  });

  it("strengths are listed beside needs and never lower the level", () => {
    const a = assess(pack, { ...base, indicators: [l4a!, strength] });
    expect(a.level).toBe(4);
    expect(a.strengths.map((s) => s.id)).toEqual([strength]);
    expect(ruleIds(a)).toContain("balance-strengths");
  });

  it("groups needs by domain and gives the level's next steps and consent", () => {
    const a = assess(pack, { ...base, indicators: [l2a!, l2b!] });
    expect(a.needsByDomain.flatMap((g) => g.indicators.map((i) => i.id)).sort()).toEqual([l2a, l2b].sort());
    expect(a.nextSteps).toEqual(pack.levels[1]!.nextSteps);
    expect(a.consent.rules.every((r) => r.levels.includes(2))).toBe(true);
  });

  it("does not count indicators limited to other ages, and says so", () => {
    const under13 = "bp-cp-under-13-sexually-active";
    expect(pack.indicators.find((i) => i.id === under13)?.ages).toEqual(["under-13"]);
    const bp = { ...base, area: "blackpool" };
    const at15 = assess(pack, { ...bp, indicators: [under13], age: parseAge("15")! });
    expect(at15.level).toBe(1);
    expect(at15.notForThisAge.map((i) => i.id)).toEqual([under13]);
    expect(assess(pack, { ...bp, indicators: [under13], age: parseAge("12")! }).level).toBe(4);
    // Age unknown: counted (missing a concern is the worse mistake).
    expect(assess(pack, { ...bp, indicators: [under13] }).level).toBe(4);
  });

  it("rejects unknown indicator ids and graded answers (forged input)", () => {
    expect(() => assess(pack, { ...base, indicators: ["<img onerror=alert(1)>"] })).toThrow(
      UnknownInputError,
    );
    expect(() => assess(pack, { ...base, indicators: [], graded: { "neglect-grading": "nope" } })).toThrow(
      UnknownInputError,
    );
  });
});

describe("assess: the guidance as written (issue 8)", () => {
  const bp = { ...base, area: "blackpool" };
  const cin = pack.indicators.filter((i) => i.id.startsWith("bp-cin-"));

  it("any one Blackpool Child in Need example prompts Level 4 for a Blackpool child (all 15)", () => {
    expect(cin).toHaveLength(15);
    for (const i of cin) expect(assess(pack, { ...bp, indicators: [i.id] }).level, i.id).toBe(4);
  });

  it("counts a graded answer and the indicator it grades once", () => {
    const missing = assess(pack, {
      ...base,
      indicators: ["l3-repeated-missing-fewer-than-3-in-90-days"],
      graded: { "missing-episodes-90-days": "missing-fewer-than-3-in-90-days" },
    });
    expect(missing.level).toBe(2);
    expect(missing.reasons.filter((r) => r.level === 3)).toHaveLength(1);
    const da = assess(pack, {
      ...base,
      indicators: ["l3-domestic-abuse-medium-risk"],
      graded: { "domestic-abuse-risk-grading": "domestic-abuse-medium" },
    });
    expect(da.level).toBe(2);
    // Two different level 3 items still make a number.
    const two = assess(pack, {
      ...base,
      indicators: ["l3-domestic-abuse-medium-risk"],
      graded: { "missing-episodes-90-days": "missing-fewer-than-3-in-90-days" },
    });
    expect(two.level).toBe(3);
  });

  it("shows the project's reading of 'a number of' wherever that rule decides the level", () => {
    const one = assess(pack, { ...base, indicators: [l3a!] });
    expect(one.assumptions.map((a) => a.source.doc)).toEqual(["project"]);
    expect(one.assumptions[0]!.text).toMatch(/two or more/);
    expect(assess(pack, { ...base, indicators: [l3a!, l3b!] }).assumptions).toHaveLength(1);
    expect(assess(pack, { ...base, indicators: [l2a!] }).assumptions).toEqual([]);
    expect(assess(pack, { ...base, indicators: [l4a!] }).assumptions).toEqual([]);
  });

  it("counts Blackpool's guidance for Blackpool children only, and says so elsewhere", () => {
    const id = "bp-cin-early-indications-fgm-forced-marriage";
    for (const area of ["lancashire", "blackburn-with-darwen"]) {
      const a = assess(pack, { ...base, area, indicators: [id] });
      expect(a.level, area).toBe(1);
      expect(a.notForThisArea.map((i) => i.id)).toEqual([id]);
    }
    expect(assess(pack, { ...bp, indicators: [id] }).notForThisArea).toEqual([]);
  });

  it("holds resilient factors as strengths that never set a level", () => {
    const factor = pack.indicators.find((i) => i.set === "blackpool-resilient-factors")!;
    const a = assess(pack, { ...bp, indicators: [factor.id] });
    expect(a.strengths.map((s) => s.id)).toEqual([factor.id]);
    expect(a.reasons).toEqual([]);
    expect(a.level).toBe(1);
  });

  it("lets a pregnant young person's unborn-baby items count ('unborn' is the baby's age)", () => {
    const unborn = "bp-cp-unborn-at-risk-pre-birth";
    expect(assess(pack, { ...bp, indicators: [unborn], age: parseAge("15")! }).level).toBe(4);
    expect(assess(pack, { ...bp, indicators: [unborn], age: parseAge("4")! }).level).toBe(1);
    // Antenatal support states no age limit in the source.
    expect(pack.indicators.find((i) => i.id === "bp-eh-antenatal-support")!.ages).toBeUndefined();
  });
});
