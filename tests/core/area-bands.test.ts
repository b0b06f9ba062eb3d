import { describe, expect, it } from "vitest";
import { bandsFor } from "../../packages/core/src/assess/area-bands.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const names = (area: string, level: number, ids: string[] = []) =>
  bandsFor(pack, area, level, ids).map((b) => b.name);

describe("Blackpool's continuum bands beside a prompted level", () => {
  it("maps Universal to 1 and Early Help to 2", () => {
    expect(names("blackpool", 1)).toEqual(["Universal"]);
    expect(names("blackpool", 2)).toEqual(["Early Help"]);
  });

  it("has no band at Level 3: Child in Need is statutory, under Level 4", () => {
    expect(names("blackpool", 3)).toEqual([]);
  });

  it("at Level 4 shows the band whose example was selected", () => {
    expect(names("blackpool", 4, ["bp-cin-early-indications-fgm-forced-marriage"])).toEqual([
      "Child in Need",
    ]);
    expect(names("blackpool", 4, ["bp-cp-severe-neglect"])).toEqual(["Child Protection"]);
    expect(names("blackpool", 4, ["bp-cin-persistent-missing", "bp-cp-missing-with-risk-taking"])).toEqual([
      "Child in Need",
      "Child Protection",
    ]);
  });

  it("at Level 4 shows both statutory bands when no Blackpool example was selected", () => {
    expect(names("blackpool", 4)).toEqual(["Child in Need", "Child Protection"]);
    // A Parts One/Two item or a lower band's example names no statutory band.
    const partsOneTwo = pack.indicators.find((i) => i.set === "parts-one-two" && i.level === 4)!.id;
    expect(names("blackpool", 4, [partsOneTwo, "bp-eh-medium-risk-cse"])).toEqual([
      "Child in Need",
      "Child Protection",
    ]);
  });

  it("gives each band its own rows, cited", () => {
    const [cin] = bandsFor(pack, "blackpool", 4, ["bp-cin-teenage-pregnancy"]);
    expect(cin!.assessment).toEqual(["Children’s social care statutory assessment"]);
    expect(cin!.whoWillHelp).toEqual([
      "The Duty and Assessment team who will request a written referral if a statutory response is necessary",
    ]);
    expect(cin!.source).toEqual({
      doc: "003_977a27b501eb6e75.txt",
      section: "The Continuum of Need > Statutory > Child in Need",
    });
    expect(cin!.levelSource?.doc).toBe("000_0ce1d818e6557b02.txt");
  });

  it("gives other areas no bands", () => {
    for (const area of ["lancashire", "blackburn-with-darwen", "york"])
      for (const level of [1, 2, 3, 4]) expect(names(area, level, ["bp-cp-severe-neglect"])).toEqual([]);
  });
});
