// Issue 10, item 13: with nothing selected no level is prompted, in words and in JSON.
import { describe, expect, it } from "vitest";
import { assess } from "../../packages/core/src/assess/assess.ts";
import { main } from "../../packages/core/src/cli/main.ts";
import { parseIsoTime } from "../../packages/core/src/contacts/clock.ts";
import { recordNote } from "../../packages/core/src/summary/record-note.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const at = parseIsoTime("2026-11-24T10:00")!;

async function assessText(text: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ["assess", ...argv],
    { out: (s) => out.push(s), err: (s) => err.push(s) },
    () => text,
  );
  return { code, out: out.join("\n"), err };
}

describe("nothing selected", () => {
  it("CLI --json: level null with nothingSelected true, and no level's steps or consent", async () => {
    const r = await assessText("", "--json", "--area", "blackpool");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.level).toBeNull();
    expect(json.levelName).toBeNull();
    expect(json.nothingSelected).toBe(true);
    expect(json.nextSteps).toEqual([]);
    expect(json.consent).toBeNull();
    expect(json.contacts.length).toBeGreaterThan(0);
  });

  it("CLI --json: a prompted level says nothingSelected false", async () => {
    const json = JSON.parse((await assessText("mum was drinking heavily", "--json")).out);
    expect(json.level).toBeGreaterThan(1);
    expect(json.nothingSelected).toBe(false);
  });

  it("CLI text and the record note: 'no level prompted', never Level 1", async () => {
    const r = await assessText("We met on Tuesday in the office.", "--area", "blackpool");
    expect(r.out).toContain("Prompted level: none (no level prompted: nothing is selected)");
    expect(r.out).not.toMatch(/Level 1|Universal/);
    const note = recordNote(assess(pack, { indicators: [], area: "lancashire", at }), { pack, at });
    expect(note).toContain("No indicators were selected. This is not a finding that there is no concern.");
    expect(note).not.toMatch(/Level 1|Next steps at|Consent at/);
  });

  it("immediate danger alone still prompts Level 4", async () => {
    const json = JSON.parse((await assessText("", "--json", "--immediate-danger")).out);
    expect(json.level).toBe(4);
    expect(json.nothingSelected).toBe(false);
  });
});
