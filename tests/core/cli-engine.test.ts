import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../packages/core/src/cli/main.ts";
import { ROOT } from "../seeds.ts";
import { realPack } from "./real-pack.ts";

async function run(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, () => stdin);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const NOTE = "Mum smelt of alcohol at pick-up. No evidence of injury. 4/12 old with a bruise on the cheek.";

describe("right-help assess", () => {
  it("prints the documented JSON shape, counting non-negated matches only", async () => {
    const r = await run(
      [
        "assess",
        "--area",
        "lancashire",
        "--district",
        "preston",
        "--age",
        "4m",
        "--at",
        "2026-11-24T10:00",
        "--json",
      ],
      NOTE,
    );
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(
      expect.arrayContaining([
        "level",
        "immediateRisk",
        "matches",
        "reasons",
        "nextSteps",
        "consent",
        "contacts",
      ]),
    );
    expect(j.level).toBe(4);
    expect(j.immediateRisk).toBeNull();
    for (const m of j.matches) {
      expect(m).toMatchObject({
        id: expect.any(String),
        level: expect.any(Number),
        text: expect.any(String),
        negated: expect.any(Boolean),
      });
      for (const e of m.evidence) expect(NOTE.slice(e.start, e.end)).toBe(e.quote);
    }
    const counted = j.matches
      .filter((m: { id: string }) => !j.notForThisAge.includes(m.id))
      .filter((m: { negated: boolean }) => !m.negated)
      .map((m: { id: string }) => m.id)
      .sort();
    expect(j.reasons.map((x: { id: string }) => x.id).sort()).toEqual(counted);
    expect(j.contacts[0]).toMatchObject({ id: "lancs-emergency", phone: "999", openNow: true });
    expect(j.contacts[1]).toMatchObject({ id: "lancs-mash", phone: "0300 123 6720", openNow: null });
  });

  it("reads --text-file, and says plainly when nothing is found", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "rh-")), "note.txt");
    writeFileSync(file, "Lovely visit, all well.");
    const r = await run(["assess", "--text-file", file, "--area", "blackpool"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("none: this is not a finding of no concern.");
    expect(r.out).toContain("No indicators were selected. This is not a finding that there is no concern.");
  });

  it("exits 2 naming the valid values for an unknown area, district, age, time or option", async () => {
    const cases: [string[], RegExp][] = [
      [["--area", "york"], /unknown area "york"; valid areas: .*blackpool.*lancashire/],
      [["--area", "lancashire", "--district", "york"], /valid districts: lancaster, .*pendle/],
      [["--area", "blackpool", "--district", "preston"], /blackpool has no districts/],
      [["--age", "old"], /--age must be/],
      [["--at", "teatime"], /--at must be an ISO time/],
      [["--colour", "red"], /unknown option --colour; valid options: --area/],
    ];
    for (const [args, message] of cases) {
      const r = await run(["assess", ...args], NOTE);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(message);
    }
  });

  it("refuses a text over the cap with exit 1 and a clear message", async () => {
    const r = await run(["assess"], "x".repeat(2_000_001));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/reads at most 2 million/);
  });

  it("flags immediate danger with the area's numbers", async () => {
    const r = await run(["assess", "--area", "blackpool", "--immediate-danger", "--json"], "");
    const risk = JSON.parse(r.out).immediateRisk;
    expect(risk.instruction).toMatch(/^Call 999 now, then .* on 01253 477299/);
    expect(risk.guidance).toMatch(/call the police in the first instance Tel: 999/);
    expect(risk.call).toEqual(["bpool-emergency", "bpool-request-for-support-hub"]);
  });
});

describe("right-help assess --json recordNote", () => {
  it("holds the short note: at most 1,500 characters, the level, the contacts for the time, no text of the record", async () => {
    const record =
      "Jayden Smith (DOB 01/02/2026), 14 Acacia Avenue. Mum smelt of alcohol at pick-up. 4/12 old with a bruise on the cheek. Poor home conditions, empty fridge.";
    const args = ["assess", "--area", "lancashire", "--district", "preston", "--age", "4m", "--json"];
    const sunday = JSON.parse((await run([...args, "--at", "2026-11-29T15:00"], record)).out);
    const note: string = sunday.recordNote;
    expect(note.length).toBeLessThanOrEqual(1500);
    expect(note).toContain("Prompted level: Level 4, Specialist");
    expect(note).toContain("29 November 2026 at 15:00");
    // Out of hours: the out-of-hours team, then the front door, as in the JSON's contacts.
    expect(note).toMatch(/Contact now: .*0300 1236722; .*0300 123 6720/);
    for (const words of [
      "Jayden",
      "Acacia",
      "01/02/2026",
      "smelt",
      "pick-up",
      "bruise on the cheek",
      "empty fridge",
    ])
      expect(note).not.toContain(words);
    const tuesday = JSON.parse((await run([...args, "--at", "2026-11-24T10:00"], record)).out);
    expect(tuesday.recordNote).not.toContain("0300 1236722");
    expect(tuesday.recordNote).toContain("0300 123 6720");
  });
});

describe("right-help contacts", () => {
  it("orders the contacts with hours and open-now, as JSON", async () => {
    const r = await run(["contacts", "--area", "lancashire", "--at", "2026-11-28T14:00", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list.slice(0, 2).map((c: { id: string }) => c.id)).toEqual(["lancs-emergency", "lancs-edt"]);
    expect(list[1].hours).toMatch(/outside office hours/i);
  });

  it("prints a readable list with the office-hours assumption and the gaps", async () => {
    const r = await run(["contacts", "--area", "blackpool", "--at", "2026-11-27T16:45"]);
    expect(r.out).toMatch(/^Blackpool.*office hours \(The guidance does not define office hours/);
    expect(r.out).toMatch(/Professionals' advice line|advice line/i);
    expect(r.out).toMatch(/closed now/);
    expect(r.out).toMatch(/Note: .*out-of-hours/i);
  });

  it("needs --area, and exits 2 listing the areas", async () => {
    const r = await run(["contacts"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--area is required; valid areas: /);
  });

  it("works as the installed bin with a piped note", () => {
    const r = spawnSync(
      join(ROOT, "node_modules/.bin/right-help"),
      ["assess", "--area", "blackburn-with-darwen", "--json"],
      {
        input: NOTE,
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).contacts.map((c: { phone: string }) => c.phone)).toEqual([
      "999",
      "01254 666400",
    ]);
  });
});

describe("right-help assess with confirmed items (issue 8)", () => {
  const json = async (args: string[], text = "") => {
    const r = await run(["assess", ...args, "--json"], text);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };
  const cin = realPack()
    .indicators.filter((i) => i.id.startsWith("bp-cin-"))
    .map((i) => i.id);

  it("prompts Level 4 for any one Blackpool Child in Need example, all 15", async () => {
    expect(cin).toHaveLength(15);
    for (const id of cin) expect((await json(["--area", "blackpool", "--indicator", id])).level, id).toBe(4);
  });

  it("counts a graded answer and the indicator it grades once (missing episodes; domestic abuse)", async () => {
    const missing = await json([
      "--indicator",
      "l3-repeated-missing-fewer-than-3-in-90-days",
      "--graded",
      "missing-episodes-90-days=missing-fewer-than-3-in-90-days",
    ]);
    expect(missing.level).toBe(2);
    const da = await json([
      "--indicator",
      "l3-domestic-abuse-medium-risk",
      "--graded",
      "domestic-abuse-risk-grading=domestic-abuse-medium",
    ]);
    expect(da.level).toBe(2);
    expect(da.assumptions[0].source.doc).toBe("project");
  });

  it("exits 2 naming where the valid ids are, for an unknown indicator or graded answer", async () => {
    const bad = await run(["assess", "--indicator", "no-such-item", "--json"], "");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /unknown indicator id\(s\): no-such-item; the valid ids are in content\/indicators/,
    );
    const badGrade = await run(["assess", "--graded", "missing-episodes-90-days=lots", "--json"], "");
    expect(badGrade.code).toBe(2);
    expect(badGrade.err).toMatch(/options of missing-episodes-90-days: missing-emerging/);
  });

  it("gives each match its context, subject and reason, and says when danger now is suggested", async () => {
    const text =
      "Mum disclosed domestic abuse from her partner. Dad is at the school gates now, drunk, threatening to kill her.";
    const j = await json(["--area", "lancashire", "--age", "8"], text);
    expect(j.dangerNow.suggested).toBe(true);
    expect(j.dangerNow.evidence[0]).toMatchObject({ quote: expect.any(String), start: expect.any(Number) });
    const disclosure = j.matches.find((m: { id: string }) => m.id === "l4-disclosure-of-abuse-by-child");
    expect(disclosure).toMatchObject({ counted: false, context: "other-person", subject: "child" });
    expect(disclosure.evidence[0]).toMatchObject({
      context: "other-person",
      contextWords: "Mum",
      subject: "parent",
    });
    const da = j.matches.find((m: { id: string }) => m.id === "l2-low-level-parental-conflict");
    expect(da.counted).toBe(true);
    expect(j.immediateRisk).toBeNull(); // suggested, never set: the practitioner confirms
  });

  it("lists the Blackpool hub at Level 1, for everyone", async () => {
    const r = await run(["contacts", "--area", "blackpool", "--level", "1", "--json"], "");
    const hub = JSON.parse(r.out).find((c: { id: string }) => c.id === "bpool-request-for-support-hub");
    expect(hub).toBeDefined();
    const inPack = realPack()
      .areas.flatMap((a) => a.contacts)
      .find((c) => c.id === hub.id)!;
    expect(inPack.audience).toContain("public");
    expect(inPack.levels).toBeUndefined();
  });

  it("cites the level 3 threshold as the project's reading in the built pack", async () => {
    const r = await run(["build-pack", "content", "-o", `${tmpdir()}/rh-pack-${process.pid}.json`], "");
    expect(r.code).toBe(0);
    const built = JSON.parse(readFileSync(`${tmpdir()}/rh-pack-${process.pid}.json`, "utf8"));
    expect(built.parameters.level3Threshold.source.doc).toBe("project");
  });
});
