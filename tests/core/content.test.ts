/**
 * The real content against the real sources: it validates, it holds every indicator, phone
 * number and email of the guidance, it holds nothing the guidance does not, and every
 * citation points at a heading that exists.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadFromPath } from "../../packages/core/src/pack/node-files.ts";
import { formatProblem } from "../../packages/core/src/pack/problem.ts";
import { phoneDigits } from "../../packages/core/src/phone.ts";
import type { Pack } from "../../packages/core/src/schema/pack.ts";
import { normalise, readSeed, ROOT } from "../seeds.ts";

const result = loadFromPath(join(ROOT, "content"), ROOT);
const pack: Pack = (() => {
  if (!result.ok)
    throw new Error(`content does not validate:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.pack;
})();
const guidance = pack.sources.filter((s) => s.kind === "guidance");
const seedText = new Map(guidance.map((s) => [s.doc, readSeed(s.doc)]));

/** Every source reference anywhere in the pack, with where it is. */
function citations(): { where: string; doc: string; section: string }[] {
  const out: { where: string; doc: string; section: string }[] = [];
  const walk = (v: unknown, where: string): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${where}[${i}]`));
    if (v === null || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.doc === "string" && typeof o.section === "string" && where !== "") {
      out.push({ where, doc: o.doc, section: o.section });
    }
    for (const [k, x] of Object.entries(o)) if (!(where === "" && k === "sources")) walk(x, `${where}.${k}`);
  };
  walk(pack, "");
  return out;
}

function countBy<T>(items: readonly T[], key: (t: T) => string | number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

/** Phone numbers as printed in a text, URLs removed first (a Facebook id is not a number). */
function phonesIn(text: string): string[] {
  const noUrls = text.replace(/https?:\/\/(?:\S|-\n)+|www\.\S+/g, " ");
  const found = noUrls.match(/(?:\(0\d{3,4}\)\s?\d{3}\s?\d{3,4}|\b0\d{2,4}[ \d]{6,10}\d\b|\b999\b)/g) ?? [];
  return [...new Set(found.map((p) => phoneDigits(p)))];
}

function emailsIn(text: string): string[] {
  return [
    ...new Set(
      (text.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/g) ?? []).map((e) => e.toLowerCase()),
    ),
  ];
}

const contacts = pack.areas.flatMap((a) => a.contacts);

const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>]+|\bwww\.[^\s"'<>]+/g;
const trimUrl = (u: string) => u.replace(/[.,;:)]+$/, "");
const withoutScheme = (u: string) => u.replace(/^https?:\/\//i, "");

/** Every web address written anywhere in the pack: links, and addresses quoted in text. */
function urlsInPack(): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  const walk = (v: unknown, where: string): void => {
    if (typeof v === "string")
      for (const u of v.match(URL_PATTERN) ?? []) out.push({ where, url: trimUrl(u) });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v))
        if (!(where === "" && k === "sources")) walk(x, `${where}.${k}`);
  };
  walk(pack, "");
  return out;
}

describe("the content pack", () => {
  it("validates", () => {
    expect(result.ok).toBe(true);
  });

  it("holds every Parts One/Two indicator: 31, 58, 44 (43 bullets, one split) and 63", () => {
    const set = pack.indicators.filter((i) => i.set === "parts-one-two");
    expect(countBy(set, (i) => i.level ?? "none")).toEqual({ 1: 31, 2: 58, 3: 44, 4: 63 });
    expect(set.filter((i) => i.level === 1).every((i) => i.kind === "strength")).toBe(true);
    expect(set.filter((i) => (i.level ?? 0) > 1).every((i) => i.kind === "need")).toBe(true);
  });

  it("holds the Blackpool continuum's 58 risk indicators (7/18/15/18) and 22 resilient factors", () => {
    const continuum = pack.indicators.filter((i) => i.set === "blackpool-continuum");
    expect(countBy(continuum, (i) => i.id.split("-")[1]!)).toEqual({ u: 7, eh: 18, cin: 15, cp: 18 });
    const factors = pack.indicators.filter((i) => i.set === "blackpool-resilient-factors");
    expect(factors).toHaveLength(22);
    expect(factors.every((i) => i.kind === "strength")).toBe(true);
  });

  it("maps both statutory Blackpool bands (Child in Need, Child Protection) to Level 4, citing where", () => {
    const continuum = pack.indicators.filter((i) => i.set === "blackpool-continuum");
    expect(countBy(continuum, (i) => i.level ?? "none")).toEqual({ 1: 7, 2: 18, 4: 33 });
    const set = pack.indicatorSets.find((s) => s.id === "blackpool-continuum")!;
    const cin = set.levelMapping!.find((m) => m.from === "Child in Need")!;
    expect(cin.level).toBe(4);
    expect(cin.sources!.map((s) => s.doc).sort()).toEqual([
      "000_0ce1d818e6557b02.txt",
      "003_977a27b501eb6e75.txt",
    ]);
    // The "a number of" rule is the Parts One/Two list's own.
    expect(pack.indicatorSets.filter((s) => s.numberRule).map((s) => s.id)).toEqual(["parts-one-two"]);
  });

  it("holds the resilient factors as strengths of no level, and both Blackpool sets for Blackpool only", () => {
    const factors = pack.indicators.filter((i) => i.set === "blackpool-resilient-factors");
    expect(factors.every((i) => i.level === undefined)).toBe(true);
    for (const id of ["blackpool-continuum", "blackpool-resilient-factors"])
      expect(pack.indicatorSets.find((s) => s.id === id)!.areas).toEqual(["blackpool"]);
    expect(pack.indicatorSets.find((s) => s.id === "parts-one-two")!.areas).toBeUndefined();
  });

  it("links each graded answer to the indicator it grades, at the same level", () => {
    const byId = new Map(pack.indicators.map((i) => [i.id, i]));
    const options = pack.gradedFactors.flatMap((f) => f.options);
    const linked = options.filter((o) => o.grades !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(11);
    for (const o of linked) expect(byId.get(o.grades!)?.level, o.id).toBe(o.level);
  });

  it("cites the level 3 threshold as the project's reading, with the assumption to show", () => {
    const t = pack.parameters.level3Threshold;
    expect(t.source.doc).toBe("project");
    expect(t.assumption).toMatch(/a number of/);
  });

  it("cites only guidance that exists in the seeds", () => {
    for (const s of guidance) expect(seedText.get(s.doc)!.length, s.doc).toBeGreaterThan(1000);
  });

  it("cites sections whose every heading occurs in the cited document", () => {
    const missing = citations()
      .filter((c) => seedText.has(c.doc))
      .flatMap((c) =>
        c.section
          .split(" > ")
          .filter((part) => !normalise(seedText.get(c.doc)!).includes(normalise(part)))
          .map((part) => `${c.where}: "${part}" not in ${c.doc}`),
      );
    expect(missing).toEqual([]);
  });

  it("keeps indicator texts as the source words them", () => {
    const notFound = pack.indicators
      .filter((i) => seedText.has(i.source.doc))
      .filter((i) => !normalise(seedText.get(i.source.doc)!).includes(normalise(i.text)))
      .map((i) => `${i.id}: ${i.text}`);
    expect(notFound).toEqual([]);
  });

  it("keeps glossary definitions as the source words them", () => {
    const notFound = pack.glossary
      .filter((g) => !normalise(seedText.get(g.source.doc) ?? "").includes(normalise(g.definition)))
      .map((g) => g.id);
    expect(notFound).toEqual([]);
  });

  it("holds every phone number and email address printed in the sources", () => {
    const packPhones = new Set(contacts.flatMap((c) => (c.phone ? [phoneDigits(c.phone)] : [])));
    const packEmails = new Set(contacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])));
    for (const [doc, text] of seedText) {
      for (const p of phonesIn(text)) expect(packPhones.has(p), `${p} from ${doc}`).toBe(true);
      for (const e of emailsIn(text)) expect(packEmails.has(e), `${e} from ${doc}`).toBe(true);
    }
  });

  it("holds no phone number or email address the sources do not print", () => {
    const allDigits = [...seedText.values()].map((t) => t.replace(/\D/g, "")).join(" ");
    const allText = [...seedText.values()].join("\n").toLowerCase();
    for (const c of contacts) {
      if (c.phone) expect(allDigits.includes(phoneDigits(c.phone)), `${c.id} ${c.phone}`).toBe(true);
      if (c.email) expect(allText.includes(c.email.toLowerCase()), `${c.id} ${c.email}`).toBe(true);
    }
  });

  it("holds no web address the sources do not print (an added https:// aside)", () => {
    // The PDF conversion breaks long addresses across lines: compare with whitespace removed.
    const printed = [...seedText.values()].join(" ").replace(/\s+/g, "").toLowerCase();
    const unknown = urlsInPack()
      .filter(
        ({ url }) =>
          !printed.includes(url.toLowerCase()) && !printed.includes(withoutScheme(url).toLowerCase()),
      )
      .map(({ where, url }) => `${where}: ${url}`);
    expect(unknown).toEqual([]);
  });

  it("holds every web address the sources print", () => {
    const held = urlsInPack().map(({ url }) => withoutScheme(url).toLowerCase());
    for (const [doc, text] of seedText) {
      // A line may hold only the start of an address the PDF broke: it must begin one we hold.
      for (const u of text.match(URL_PATTERN) ?? []) {
        const start = withoutScheme(trimUrl(u)).toLowerCase();
        expect(
          held.some((h) => h.startsWith(start)),
          `${u} from ${doc}`,
        ).toBe(true);
      }
    }
  });

  it("keeps each Blackpool band's rows as the source words them, every band cited", () => {
    const bands = pack.indicatorSets.flatMap((s) => s.bands ?? []);
    expect(bands.map((b) => [b.name, b.level])).toEqual([
      ["Universal", 1],
      ["Early Help", 2],
      ["Child in Need", 4],
      ["Child Protection", 4],
    ]);
    const rows = ["definition", "response", "whoWillHelp", "assessment", "informationSharing"] as const;
    const notFound = bands.flatMap((b) => {
      const seed = normalise(seedText.get(b.source.doc)!);
      return rows.flatMap((r) =>
        (b[r] ?? []).filter((para) => !seed.includes(normalise(para))).map((para) => `${b.id}.${r}: ${para}`),
      );
    });
    expect(notFound).toEqual([]);
    for (const b of bands) for (const r of rows) expect(b[r], `${b.id}.${r}`).toBeDefined();
  });

  it("gives every area the 999 route and a front door with a phone number", () => {
    for (const area of pack.areas) {
      expect(
        area.contacts.some((c) => c.roles.includes("emergency") && c.phone === "999"),
        area.id,
      ).toBe(true);
      const front = area.contacts.find((c) => c.id === area.frontDoor);
      expect(front?.roles, area.id).toContain("front-door");
      expect(front?.phoneE164, area.id).toMatch(/^\+44/);
    }
  });

  it("has the three areas and Lancashire's twelve districts in three localities", () => {
    expect(pack.areas.map((a) => a.id).sort()).toEqual(["blackburn-with-darwen", "blackpool", "lancashire"]);
    const lancs = pack.areas.find((a) => a.id === "lancashire")!;
    expect(Object.fromEntries(lancs.districts.map((d) => [d.id, d.locality]))).toEqual({
      lancaster: "north",
      fylde: "north",
      wyre: "north",
      preston: "central",
      chorley: "central",
      "south-ribble": "central",
      "west-lancashire": "central",
      hyndburn: "east",
      "ribble-valley": "east",
      rossendale: "east",
      burnley: "east",
      pendle: "east",
    });
  });

  it("says what the sources lack for each area", () => {
    const bwd = pack.areas.find((a) => a.id === "blackburn-with-darwen")!;
    expect(bwd.contacts.filter((c) => c.roles.includes("front-door")).map((c) => c.phone)).toEqual([
      "01254 666400",
    ]);
    expect(bwd.coverage.map((c) => c.text).join(" ")).toMatch(/only/i);
    const blackpool = pack.areas.find((a) => a.id === "blackpool")!;
    expect(blackpool.contacts.some((c) => c.roles.includes("out-of-hours"))).toBe(false);
    expect(blackpool.coverage.map((c) => c.text).join(" ")).toMatch(/out[- ]of[- ]hours/i);
    // Part Three prints the hub and the advice line: no note may say it prints no number.
    const part3 = blackpool.coverage.map((c) => c.text).find((t) => t.startsWith("Part Three prints"));
    expect(part3).toMatch(/01253 477299.*01253 478959/);
  });

  it("states hours only with a citation, and graded options each with a level and a citation", () => {
    for (const c of contacts) if (c.hours) expect(c.hours.source.doc, c.id).not.toBe("project");
    expect(pack.gradedFactors.length).toBeGreaterThanOrEqual(5);
    for (const f of pack.gradedFactors) {
      for (const o of f.options) expect(o.source.doc, `${f.id}/${o.id}`).not.toBe("project");
    }
  });

  it("lists the England and Wales bank holidays for 2026 and 2027", () => {
    expect(pack.bankHolidays.map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-27",
      "2027-12-28",
    ]);
  });
});
