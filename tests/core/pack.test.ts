import { describe, expect, it } from "vitest";
import { loadContent, loadPackJson } from "../../packages/core/src/pack/load.ts";
import { formatProblem, type Problem } from "../../packages/core/src/pack/problem.ts";
import { files, minimalPack } from "./fixtures/minimal-pack.ts";

function problemsOf(overrides: Record<string, string | null>): Problem[] {
  const r = loadContent(files(overrides));
  if (r.ok) throw new Error("expected the pack to be rejected");
  return r.problems;
}

/** 1-based line of the only line in a fixture file that contains `needle`. */
function lineOf(file: string, needle: string): number {
  const lines = minimalPack[file]!.split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`"${needle}" must be on one line of ${file}`);
  return hits[0]!;
}

/** Replace exactly one occurrence, so a fixture edit that silently misses fails loudly. */
function edit(file: string, from: string, to: string): Record<string, string> {
  const text = minimalPack[file]!;
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur once in ${file}`);
  return { [file]: text.slice(0, at) + to + text.slice(at + from.length) };
}

describe("loading content", () => {
  it("accepts the minimal pack and fills E.164 numbers", () => {
    const r = loadContent(files());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const hub = r.pack.areas[0]!.contacts.find((c) => c.id === "town-hub")!;
    expect(hub.phoneE164).toBe("+443001236720");
    expect(r.pack.areas[0]!.contacts[0]!.phoneE164).toBe("999");
  });

  it("names file, path and line for a missing field", () => {
    const [p, ...rest] = problemsOf(edit("content/domains.yaml", "    name: Health\n", ""));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: "content/domains.yaml", path: "domains[0].name", line: 2 });
    expect(p!.message).toMatch(/required/);
  });

  it("rejects a bad phone number where it is written", () => {
    const [p] = problemsOf(edit("content/areas/town.yaml", "0300 123 6720", "0300 123 672"));
    expect(formatProblem(p!)).toBe(
      `content/areas/town.yaml:${lineOf("content/areas/town.yaml", "0300 123 6720")} areas[0].contacts[1].phone — not a valid UK phone number`,
    );
  });

  it("rejects a duplicate id", () => {
    const [p] = problemsOf(edit("content/indicators.yaml", "id: drinks-heavily", "id: physically-well"));
    expect(p).toMatchObject({ file: "content/indicators.yaml", path: "indicators[1].id" });
    expect(p!.message).toBe('duplicate indicator id "physically-well"');
  });

  it("rejects an unknown domain, listing the known ones", () => {
    const [p] = problemsOf(
      edit("content/indicators.yaml", "domain: health\n    text: Risks", "domain: wealth\n    text: Risks"),
    );
    expect(p).toMatchObject({ file: "content/indicators.yaml", path: "indicators[1].domain" });
    expect(p!.line).toBe(lineOf("content/indicators.yaml", "Risks from") - 1);
    expect(p!.message).toBe('unknown domain "wealth"; known: health');
  });

  it("rejects concept rules and lexicon cues naming unknown concepts or indicators, and duplicate concept ids", () => {
    const problems = problemsOf({
      "content/matching.yaml": `concepts:
  - { id: injury, name: an injury, phrases: [bruise] }
  - { id: injury, name: again, phrases: [mark] }
conceptRules:
  - id: a-rule
    indicators: [no-such-indicator]
    all: [injury, no-such-concept]
    explanation: Words together.
dangerNowRules:
  - { id: d, all: [nowhere], none: [never-said], explanation: Danger. }
lexiconCues:
  - { indicator: no-such-indicator, phrases: [some words] }
`,
    });
    expect(problems.map((p) => `${p.path} ${p.message}`)).toEqual(
      expect.arrayContaining([
        'concepts[1].id duplicate concept id "injury"',
        'conceptRules[0].all[1] unknown concept "no-such-concept"',
        'conceptRules[0].indicators[0] unknown indicator "no-such-indicator"',
        'dangerNowRules[0].all[0] unknown concept "nowhere"',
        'dangerNowRules[0].none[0] unknown concept "never-said"',
        'lexiconCues[0].indicator unknown indicator "no-such-indicator"',
      ]),
    );
    expect(problems.every((p) => p.file === "content/matching.yaml")).toBe(true);
  });

  it("rejects level 5", () => {
    const [p] = problemsOf(edit("content/indicators.yaml", "level: 3", "level: 5"));
    expect(p).toMatchObject({ path: "indicators[1].level", message: "level must be 1, 2, 3 or 4" });
  });

  it("reports broken YAML with its line, and keeps checking the other files", () => {
    const problems = problemsOf({
      ...edit("content/domains.yaml", "  - id: health", "  - id: [health"),
      "content/glossary.yaml": "",
    });
    expect(new Set(problems.map((p) => p.file))).toEqual(
      new Set(["content/domains.yaml", "content/glossary.yaml"]),
    );
    // The parser reports where it noticed the unclosed bracket: on that line or the next.
    expect(problems.find((p) => p.file === "content/domains.yaml")!.line).toBeGreaterThanOrEqual(2);
    expect(problems.find((p) => p.file === "content/glossary.yaml")!.message).toBe("the file is empty");
  });

  it("lists every problem, not just the first", () => {
    const problems = problemsOf({
      ...edit("content/areas/town.yaml", "email: hub@example.org", "email: hub@"),
      ...edit("content/domains.yaml", "name: Health", "name: ''"),
    });
    expect(problems.map(formatProblem).sort()).toEqual([
      `content/areas/town.yaml:${lineOf("content/areas/town.yaml", "hub@example.org")} areas[0].contacts[1].email — not a well-formed email address`,
      `content/domains.yaml:${lineOf("content/domains.yaml", "name: Health")} domains[0].name — must not be empty`,
    ]);
  });

  it("requires the 999 route and a front door with a phone in every area", () => {
    const noEmergency = problemsOf(edit("content/areas/town.yaml", 'phone: "999"', 'phone: "101"'));
    expect(noEmergency.map((p) => p.message)).toContain(
      'area "town" has no emergency contact with phone 999',
    );
    const badFront = problemsOf(
      edit("content/areas/town.yaml", "frontDoor: town-hub", "frontDoor: town-nowhere"),
    );
    expect(badFront[0]!.message).toBe(`frontDoor "town-nowhere" is not one of town's contacts`);
  });

  it("keeps 999 and the front door at every level: a level restriction on either is rejected", () => {
    const front = problemsOf(
      edit(
        "content/areas/town.yaml",
        "roles: [front-door]",
        "roles: [front-door]\n        levels: [2, 3, 4]",
      ),
    );
    expect(front.map((p) => [p.path, p.message])).toEqual([
      [
        "areas[0].contacts[1].levels",
        '"town-hub" is the front door and must be for every level: remove "levels"',
      ],
    ]);
    const emergency = problemsOf(
      edit("content/areas/town.yaml", "roles: [emergency]", "roles: [emergency]\n        levels: [4]"),
    );
    expect(emergency.map((p) => [p.path, p.message])).toEqual([
      [
        "areas[0].contacts[0].levels",
        '"town-emergency" is a 999 contact and must be for every level: remove "levels"',
      ],
    ]);
  });

  it("requires each area's own immediate-danger words", () => {
    const [p] = problemsOf(
      edit(
        "content/areas/town.yaml",
        "    immediateDanger:\n      text: In immediate danger call 999, then the hub.\n      source: { doc: guide.txt, section: Contacts }\n",
        "",
      ),
    );
    expect(p).toMatchObject({ path: "areas[0].immediateDanger" });
  });

  it("checks a set's bands: a known area and examples some of its indicators cite", () => {
    const band = (area: string, examples: string) =>
      edit(
        "content/indicators.yaml",
        "    domains: true\n",
        `    domains: true\n    bands:\n      - { id: b, name: B, area: ${area}, level: 2, examples: ${examples}, source: { doc: guide.txt, section: Health } }\n`,
      );
    expect(loadContent(files(band("town", "Health"))).ok).toBe(true);
    const problems = problemsOf(band("york", "Wealth"));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["indicatorSets[0].bands[0].area", 'unknown area "york"'],
      ["indicatorSets[0].bands[0].examples", 'no indicator of set "main" cites the section "Wealth"'],
    ]);
  });

  it("rejects a citation of a document the pack does not list", () => {
    const [p] = problemsOf(edit("content/domains.yaml", "doc: guide.txt", "doc: elsewhere.txt"));
    expect(p).toMatchObject({ path: "domains[0].source.doc" });
    expect(p!.message).toMatch(/not in the pack's sources/);
  });

  it("rejects unknown fields and unknown top-level keys", () => {
    const problems = problemsOf({
      ...edit("content/domains.yaml", "name: Health", "name: Health\n    colour: red"),
      "content/extra.yaml": "widgets: []\n",
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^widgets: unknown pack key "widgets"; expected one of: id, title, /),
      "domains[0]: unknown field: colour",
    ]);
  });

  it("says which file already gave a key that may not be split", () => {
    const [p] = problemsOf({ "content/more-consent.yaml": minimalPack["content/consent.yaml"]! });
    expect(p).toMatchObject({ file: "content/more-consent.yaml", path: "consent" });
    expect(p!.message).toMatch(/already given in content\/consent.yaml/);
  });

  it("names the missing pack key when no file gives it", () => {
    const problems = problemsOf({ "content/consent.yaml": null });
    expect(problems.map(formatProblem)).toEqual([
      'content consent — required field is missing (expected object): no content file gives "consent:"',
    ]);
  });
});

describe("loading a built JSON pack", () => {
  const built = () => {
    const r = loadContent(files());
    if (!r.ok) throw new Error("fixture must load");
    return r.pack;
  };

  it("round-trips what build-pack writes", () => {
    const r = loadPackJson("pack.json", JSON.stringify(built()));
    expect(r.ok).toBe(true);
  });

  it("rejects broken JSON in one line with no stack", () => {
    const r = loadPackJson("pack.json", '{"id": ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toMatch(/^not valid JSON: /);
  });

  it("names the path in the JSON for a wrong value", () => {
    const pack = built();
    (pack.indicators[0] as { level: number }).level = 5;
    const r = loadPackJson("pack.json", JSON.stringify(pack, null, 2));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: "pack.json", path: "indicators[0].level" });
    expect(r.problems[0]!.line).toBeGreaterThan(1);
  });

  it("rejects an empty file and a non-object", () => {
    for (const text of ["", "   \n", "[1, 2]", "42"]) {
      const r = loadPackJson("pack.json", text);
      expect(r.ok, text).toBe(false);
    }
  });
});
