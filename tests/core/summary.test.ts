import { describe, expect, it } from "vitest";
import { assess } from "../../packages/core/src/assess/assess.ts";
import { parseAge } from "../../packages/core/src/assess/age.ts";
import { parseIsoTime } from "../../packages/core/src/contacts/clock.ts";
import { Matcher } from "../../packages/core/src/match/match.ts";
import { recordNote } from "../../packages/core/src/summary/record-note.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const at = parseIsoTime("2026-11-24T10:00")!;

describe("the record note", () => {
  const text =
    "Jayden Smith-Okafor (DOB 01/02/2019) of 14 Acacia Avenue, PR1 2AB: mum smelt of alcohol at pick-up " +
    "and J said dad hits mum when he is drunk. NHS no 943 476 5919.";
  const found = Matcher.forPack(pack)
    .match(text)
    .filter((s) => !s.negated);
  const a = assess(pack, {
    indicators: found.map((s) => s.indicator.id),
    area: "lancashire",
    district: "preston",
    at,
    age: parseAge("7")!,
  });
  const note = recordNote(a, { pack, at, age: parseAge("7")! });

  it("says what was prompted, why, next steps, consent and contacts, with the judgement caveat", () => {
    expect(found.length).toBeGreaterThan(0);
    expect(note).toMatch(
      /^Right Help: level of need prompt \(a prompt for professional judgement, not a decision\)/,
    );
    expect(note).toContain("Date and time: 24 November 2026 at 10:00 (UK time)");
    expect(note).toContain("Area: Lancashire County (Preston)");
    expect(note).toContain(`Prompted level: Level ${a.level}`);
    for (const r of a.reasons) expect(note).toContain(r.text);
    expect(note).toContain("The indicators are a guide and not a pre-determined level of response");
    expect(note).toContain(`Consent at Level ${a.level}:`);
    expect(note).toContain("0300 123 6720");
  });

  it("never contains the checked text or anything identifying", () => {
    for (const fragment of [
      "Jayden",
      "Okafor",
      "01/02/2019",
      "Acacia",
      "PR1 2AB",
      "943 476 5919",
      "hits mum",
      "pick-up",
    ]) {
      expect(note).not.toContain(fragment);
    }
    for (const s of found) for (const e of s.evidence) expect(note).not.toContain(e.quote);
  });

  it("says plainly that nothing selected is not 'no concern'", () => {
    const empty = recordNote(assess(pack, { indicators: [], area: "blackpool", at }), { pack, at });
    expect(empty).toContain("No indicators were selected. This is not a finding that there is no concern.");
  });

  it("puts the immediate-danger instruction first when flagged", () => {
    const n = recordNote(assess(pack, { indicators: [], area: "blackpool", at, immediateDanger: true }), {
      pack,
      at,
    });
    expect(n.split("\n").findIndex((l) => l.startsWith("IMMEDIATE DANGER: Call 999 now"))).toBeLessThan(
      n.split("\n").findIndex((l) => l.startsWith("Prompted level")),
    );
  });
});
