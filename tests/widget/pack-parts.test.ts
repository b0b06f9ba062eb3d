import type { Pack } from "@right-help/core";
import builtIn from "virtual:right-help-pack";
import { describe, expect, it } from "vitest";
import { assemble, MODE_PARTS, PART_KEYS, partOf, type Part } from "../../packages/widget/src/pack-parts.ts";

const pack: Pack = builtIn;
const parts = Object.keys(PART_KEYS) as Part[];

describe("the built-in pack in parts (the widget's sibling modules)", () => {
  it("puts every field of the pack in exactly one part, and the checker's parts make the whole pack", () => {
    const seen = parts.flatMap((p) => Object.keys(partOf(pack, p)));
    expect([...seen].sort()).toEqual(Object.keys(pack).sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(assemble(MODE_PARTS.checker.map((p) => partOf(pack, p)))).toEqual(pack);
  });

  it("sends a field added to the pack later to the checker's indicators part", () => {
    const grown = { ...pack, matchingRules: [{ id: "x" }] } as unknown as Pack;
    expect(partOf(grown, "indicators")).toHaveProperty("matchingRules");
    for (const p of parts.filter((p) => p !== "indicators"))
      expect(partOf(grown, p)).not.toHaveProperty("matchingRules");
  });

  it("gives contacts only the areas and rules, with the other lists empty, never missing", () => {
    const contacts = assemble(MODE_PARTS.contacts.map((p) => partOf(pack, p)));
    expect(contacts.areas).toEqual(pack.areas);
    expect(contacts.rules).toEqual(pack.rules);
    expect(contacts.bankHolidays).toEqual(pack.bankHolidays);
    expect(contacts.indicators).toEqual([]);
    expect(contacts.levels).toEqual([]);
  });
});
