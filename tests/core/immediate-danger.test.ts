import { describe, expect, it } from "vitest";
import { immediateDangerFor } from "../../packages/core/src/contacts/immediate-danger.ts";
import { UnknownPlaceError } from "../../packages/core/src/contacts/route.ts";
import { normalise, readSeed } from "../seeds.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();

describe("each area's own immediate-danger words", () => {
  it("Lancashire: 999, then the MASH, in Part Three's words", () => {
    const d = immediateDangerFor(pack, "lancashire");
    expect(d.text).toMatch(/^If a child\/young person is considered to be at IMMEDIATE risk/);
    expect(d.source.doc).toBe("001_4960e6af0054ceb4.txt");
    expect(d.call).toEqual(["lancs-emergency", "lancs-mash"]);
  });

  it("Blackpool: its own Part Three instruction (police in the first instance), then the hub", () => {
    const d = immediateDangerFor(pack, "blackpool");
    expect(d.text).toContain(
      "If there is an immediate safeguarding concern please call the police in the first instance",
    );
    expect(d.source.doc).toBe("004_b95ae17ac63f93ed.txt");
    expect(d.call).toEqual(["bpool-emergency", "bpool-request-for-support-hub"]);
  });

  it("Blackburn with Darwen: only 'If in doubt, consult…' and the duty number; no 999 wording is written for it", () => {
    const d = immediateDangerFor(pack, "blackburn-with-darwen");
    expect(d.text).toMatch(/^If in doubt, consult with agency safeguarding leads, or the Duty Social Worker/);
    expect(d.text).toContain("01254 666400");
    expect(d.text).not.toMatch(/999|immediate/i);
    expect(d.note).toMatch(/no Blackburn with Darwen instruction/);
    expect(d.call).toEqual(["bwd-emergency", "bwd-duty-social-worker"]);
  });

  it("quotes each area's words from the document it cites", () => {
    for (const area of pack.areas) {
      const d = immediateDangerFor(pack, area.id);
      const seed = normalise(readSeed(d.source.doc));
      // The Blackburn with Darwen line leaves out the other two areas' numbers, marked "…".
      for (const part of d.text.split(" … ")) expect(seed, area.id).toContain(normalise(part));
    }
  });

  it("names the valid areas for an unknown one", () => {
    expect(() => immediateDangerFor(pack, "york")).toThrow(UnknownPlaceError);
    expect(() => immediateDangerFor(pack, "york")).toThrow(/valid areas: .*blackpool/);
  });
});
