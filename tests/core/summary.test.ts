import { describe, expect, it } from "vitest";
import { assess } from "../../packages/core/src/assess/assess.ts";
import { parseAge } from "../../packages/core/src/assess/age.ts";
import { parseIsoTime } from "../../packages/core/src/contacts/clock.ts";
import { Matcher } from "../../packages/core/src/match/match.ts";
import { NOTE_LIMIT, recordNote } from "../../packages/core/src/summary/record-note.ts";
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

  it("says, in order: date and time, area, level (a prompt), indicators, strengths, contacts now, consent", () => {
    expect(found.length).toBeGreaterThan(0);
    const lines = note.split("\n");
    expect(lines[0]).toBe("Right Help prompt, 24 November 2026 at 10:00 (UK time)");
    expect(lines[1]).toBe("Area: Lancashire County (Preston)");
    expect(lines[2]).toBe(
      `Prompted level: Level ${a.level}, ${a.levelInfo.name}. A prompt for professional judgement, not a decision.`,
    );
    for (const r of a.reasons) expect(note).toContain(`- Level ${r.level}: ${r.text}`);
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at("Confirmed indicators:")).toBeLessThan(at("Contact now:"));
    expect(at("Contact now:")).toBeLessThan(at(`Consent to record at Level ${a.level}:`));
    expect(at(`Consent to record at Level ${a.level}:`)).toBe(lines.length - 1);
    // Whom to call now comes from the routing's "now", as in the panel.
    for (const r of a.contacts!.now) if (r.contact.phone) expect(note).toContain(r.contact.phone);
    expect(note).toContain("0300 123 6720");
    expect(note.length).toBeLessThanOrEqual(NOTE_LIMIT);
  });

  it("stays within 1,500 characters with every indicator ticked, keeping the highest levels", () => {
    const all = assess(pack, {
      indicators: pack.indicators.map((i) => i.id),
      area: "lancashire",
      district: "preston",
      at,
    });
    const long = recordNote(all, { pack, at });
    expect(long.length).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(long).toContain("Prompted level: Level 4");
    expect(long).toMatch(/^- Level 4: /m);
    expect(long).toMatch(/^- and \d+ more/m);
    expect(long).toMatch(/^Contact now: .*0300 123 6720/m);
    expect(long).toMatch(/^Consent/m);
  });

  it("out of office hours lists the out-of-hours team before the front door, as the contacts do", () => {
    const sunday = parseIsoTime("2026-11-29T15:00")!;
    const n = recordNote(assess(pack, { indicators: [], area: "lancashire", at: sunday }), {
      pack,
      at: sunday,
    });
    expect(n).toMatch(
      /Contact now: Emergency services \(999\); Out of hours Emergency Duty Team \(EDT\) 0300 1236722; .*0300 123 6720/,
    );
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

  it("says when immediate danger was flagged, before the indicators", () => {
    const n = recordNote(assess(pack, { indicators: [], area: "blackpool", at, immediateDanger: true }), {
      pack,
      at,
    });
    expect(n).toContain("Prompted level: Level 4");
    expect(n).toContain("Immediate danger was flagged.");
  });
});
