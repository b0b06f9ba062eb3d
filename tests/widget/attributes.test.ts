import type { Pack } from "@right-help/core";
import builtIn from "virtual:right-help-pack";
import { describe, expect, it } from "vitest";
import { parsePlace, parseSettings, type RawAttributes } from "../../packages/widget/src/attributes.ts";

/** The built-in pack (the virtual module's declaration types it loosely). */
const pack: Pack = builtIn;

const raw = (given: Partial<RawAttributes>): RawAttributes => ({
  area: null,
  district: null,
  mode: null,
  "pack-src": null,
  "heading-level": null,
  ...given,
});

const HOSTILE = "<img src=x onerror=alert(1)>";

describe("parseSettings", () => {
  it("defaults to contacts, heading level 2 and the built-in pack, with no problems", () => {
    expect(parseSettings(raw({}))).toEqual({
      mode: "contacts",
      headingLevel: 2,
      packSrc: undefined,
      problems: [],
    });
  });

  it("reads valid values, ignoring case and spaces; blank values count as absent", () => {
    const s = parseSettings(raw({ mode: " Checker ", "heading-level": "4", "pack-src": " /pack.json " }));
    expect(s).toEqual({ mode: "checker", headingLevel: 4, packSrc: "/pack.json", problems: [] });
    expect(parseSettings(raw({ mode: "   ", "heading-level": "" })).problems).toEqual([]);
  });

  it("names an unknown mode and falls back to contacts", () => {
    const s = parseSettings(raw({ mode: "timeline" }));
    expect(s.mode).toBe("contacts");
    expect(s.problems).toEqual([
      'Unknown mode (mode="timeline"): showing the contacts. The modes are contacts, levels, checker.',
    ]);
  });

  it.each(["0", "7", "2.5", "two", "-1", "１"])("rejects heading-level=%j and keeps level 2", (value) => {
    const s = parseSettings(raw({ "heading-level": value }));
    // Full-width "１" normalises to "1" (NFKC): a typing slip, not an attack.
    if (value === "１") expect(s.headingLevel).toBe(1);
    else {
      expect(s.headingLevel).toBe(2);
      expect(s.problems[0]).toContain("is not a number from 1 to 6");
    }
  });
});

describe("parsePlace", () => {
  it("accepts area ids and names in any case, and Lancashire's district ids and names", () => {
    expect(parsePlace(raw({ area: "blackpool" }), pack)).toEqual({
      area: "blackpool",
      district: undefined,
      problems: [],
    });
    expect(parsePlace(raw({ area: "LANCASHIRE", district: "South Ribble" }), pack)).toEqual({
      area: "lancashire",
      district: "south-ribble",
      problems: [],
    });
    const bwd = pack.areas.find((a) => a.id === "blackburn-with-darwen")!;
    expect(parsePlace(raw({ area: bwd.name }), pack).area).toBe("blackburn-with-darwen");
  });

  it("knows Lancashire's 12 districts", () => {
    const ids = pack.areas.find((a) => a.id === "lancashire")!.districts.map((d) => d.id);
    expect(ids).toHaveLength(12);
    for (const id of ids)
      expect(parsePlace(raw({ area: "lancashire", district: id }), pack).district).toBe(id);
  });

  it("says an unknown area is unknown, lists the areas and leaves the area unset", () => {
    const p = parsePlace(raw({ area: "lancs" }), pack);
    expect(p.area).toBeUndefined();
    expect(p.problems).toEqual([
      'Right Help does not know the area in area="lancs". The areas are ' +
        `${pack.areas.map((a) => a.id).join(", ")}. Choose the child's area below.`,
    ]);
  });

  it("shows a hostile value only as truncated text inside the message", () => {
    const p = parsePlace(raw({ area: HOSTILE, district: HOSTILE }), pack);
    expect(p.area).toBeUndefined();
    expect(p.problems[0]).toContain(`area="${HOSTILE}"`);
    expect(p.problems[1]).toContain("no known area was given");
  });

  it("handles a 100 KB value quickly and shows at most 40 characters of it", () => {
    const huge = "x".repeat(100_000);
    const started = performance.now();
    const p = parsePlace(raw({ area: huge, district: huge }), pack);
    expect(performance.now() - started).toBeLessThan(50);
    expect(p.area).toBeUndefined();
    for (const problem of p.problems) expect(problem.length).toBeLessThan(300);
    expect(p.problems[0]).toContain(`area="${"x".repeat(40)}…"`);
  });

  it("strips bidi and zero-width characters from what it shows, and does not match them", () => {
    const p = parsePlace(raw({ area: "black\u200bpool\u202e" }), pack);
    expect(p.area).toBeUndefined();
    expect(p.problems[0]).toContain('area="blackpool"');
    expect(p.problems[0]).not.toMatch(/[\u200b\u202e]/);
  });

  it("ignores a district for an area without districts, or an unknown one, and says so", () => {
    expect(parsePlace(raw({ area: "blackpool", district: "preston" }), pack)).toEqual({
      area: "blackpool",
      district: undefined,
      problems: [
        'Blackpool has no districts in the guidance, so district="preston" is ignored: showing the whole area.',
      ],
    });
    const p = parsePlace(raw({ area: "lancashire", district: "manchester" }), pack);
    expect(p.district).toBeUndefined();
    expect(p.problems[0]).toMatch(
      /^Lancashire.* has no district district="manchester": showing the whole area/,
    );
  });
});
