import { describe, expect, it } from "vitest";
import { Matcher, MAX_TEXT_LENGTH, TextTooLongError } from "../../packages/core/src/match/match.ts";
import type { Indicator } from "../../packages/core/src/schema/indicator.ts";
import { realPack } from "./real-pack.ts";

/** A matcher over made-up indicators, with the pack's own context modifiers and people. */
const { contextModifiers, people } = realPack();
const testMatcher = (indicators: Indicator[]) =>
  new Matcher({ indicators, indicatorSets: [], contextModifiers, people });

const src = { doc: "guide.txt", section: "Indicators" };
const ind = (
  id: string,
  level: 1 | 2 | 3 | 4,
  cues: string[],
  extra: Partial<Indicator> = {},
): Indicator => ({
  id,
  set: "test",
  level,
  text: `Indicator ${id} with a long enough text`,
  kind: "need",
  cues,
  source: src,
  ...extra,
});

const matcher = testMatcher([
  ind("alcohol", 3, ["drinking heavily", "smelt of alcohol", "drunk"]),
  ind("da", 2, ["domestic abuse"]),
  ind("da-high", 4, ["high risk domestic abuse", "marac"]),
  ind("dna", 2, ["did not attend", "not brought to appointments"]),
  ind("overdose", 4, ["took an overdose"]),
  ind("teen-pregnancy", 3, [], { text: "Teenage pregnancy" }),
]);

const ids = (text: string) =>
  matcher.match(text).map((s) => `${s.indicator.id}${s.negated ? " (negated)" : ""}`);

describe("matching free text", () => {
  it("finds cues through word forms and case, with exact evidence offsets", () => {
    const text = "Visit 3/11: Mum DRANK? no — Mum was Drinking Heavily and smelt of alcohol.";
    const [s] = matcher.match(text);
    expect(s!.indicator.id).toBe("alcohol");
    expect(s!.evidence.map((e) => e.quote)).toEqual(["Drinking Heavily", "smelt of alcohol"]);
    for (const e of s!.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    expect(s!.mentions).toBe(2);
  });

  it("matches short indicator texts as they stand", () => {
    expect(ids("Concern re teenage pregnancies in the family")).toEqual(["teen-pregnancy"]);
  });

  it("lets a longer cue of another indicator win over a shorter one inside it", () => {
    expect(ids("Referred to MARAC after high risk domestic abuse")).toEqual(["da-high"]);
    expect(ids("History of domestic abuse")).toEqual(["da"]);
  });

  describe("negation within a clause", () => {
    it.each([
      ["No concerns about drinking heavily", "alcohol (negated)"],
      ["Mum denies drinking heavily", "alcohol (negated)"],
      ["Dad is not drunk", "alcohol (negated)"],
      ["No evidence of domestic abuse", "da (negated)"],
      ["Nil domestic abuse", "da (negated)"],
      ["She didn't take an overdose; she took an overdose? No.", "overdose"],
      ["Drinking heavily was denied", "alcohol (negated)"],
    ])("%s", (text, expected) => {
      expect(ids(text)).toEqual([expected]);
    });

    it("does not cross a clause: comma, full stop, 'but'", () => {
      expect(ids("No bruising, mum smelt of alcohol")).toEqual(["alcohol"]);
      expect(ids("Denies domestic abuse but dad was drinking heavily")).toEqual(["da (negated)", "alcohol"]);
      expect(ids("No injuries seen. Took an overdose last week")).toEqual(["overdose"]);
    });

    it("keeps negation words that belong to the cue, and phrases that report a concern", () => {
      expect(ids("J did not attend the appointment")).toEqual(["dna"]);
      expect(ids("Not brought to appointments x3")).toEqual(["dna"]);
      expect(ids("Mum no longer drinking heavily? She is no longer coping and drinking heavily")).toEqual([
        "alcohol",
      ]);
    });

    it("counts an indicator as found when any mention is not negated", () => {
      const [s] = matcher.match("Denies drinking heavily. Neighbour says she was drunk every night.");
      expect(s!.negated).toBe(false);
      expect(s!.evidence[0]!.negated).toBe(false);
      expect(s!.evidence.map((e) => e.negated)).toEqual([false, true]);
    });
  });

  describe("odd Unicode", () => {
    it("sees through zero-width, bidi controls, soft hyphens and full-width letters", () => {
      const text = "mum was dr\u200Binking heav\u00ADily; \u202Esmelt\u202C of alcohol; ｄｒｕｎｋ";
      const [s] = matcher.match(text);
      expect(s!.indicator.id).toBe("alcohol");
      expect(s!.evidence).toHaveLength(3);
      for (const e of s!.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    });

    it("treats non-breaking spaces and curly apostrophes as a reader would", () => {
      expect(ids("smelt\u00A0of\u202Falcohol")).toEqual(["alcohol"]);
      expect(ids("Mum didn’t attend; J did not attend")).toEqual(["dna"]);
    });

    it("survives emoji, combining marks, lone surrogates and RTL script", () => {
      expect(ids("👶🏽 took an overdose \uD800 שלום e\u0301")).toEqual(["overdose"]);
    });
  });

  it("returns nothing for text without cues, and for empty text", () => {
    expect(matcher.match("")).toEqual([]);
    expect(matcher.match("Attended nursery, happy and settled.")).toEqual([]);
  });

  it("refuses text over the cap with a clear error", () => {
    expect(() => matcher.match("a".repeat(MAX_TEXT_LENGTH + 1))).toThrow(TextTooLongError);
    expect(() => matcher.match("a".repeat(MAX_TEXT_LENGTH + 1))).toThrow(/at most 2 million/);
  });

  it("keeps evidence bounded on a huge repetitive page", () => {
    const text = "drunk. ".repeat(100_000);
    const [s] = matcher.match(text);
    expect(s!.mentions).toBe(100_000);
    expect(s!.evidence.length).toBeLessThanOrEqual(10);
  });
});

describe("gaps between cue words", () => {
  const m = testMatcher([
    ind("smell", 3, ["smelt of alcohol"]),
    ind("friends", 1, ["has friends"], { kind: "strength" }),
    ind("school", 2, ["not in school"]),
  ]);
  const found = (text: string) => m.match(text).map((s) => s.indicator.id);

  it("lets a few words of the text stand between cue words, within a clause", () => {
    expect(found("Mum smelt strongly of stale alcohol")).toEqual(["smell"]);
    expect(found("Mum smelt, we think, of alcohol")).toEqual([]);
    expect(found("Mum smelt of cigarettes and of perfume and alcohol")).toEqual([]);
  });

  it("never steps over a negation word", () => {
    expect(found("J has no friends at school")).toEqual([]);
    expect(found("J has lots of friends")).toEqual(["friends"]);
  });

  it("after a negation word in the cue, only function words may intervene", () => {
    expect(found("Currently not in school")).toEqual(["school"]);
    expect(found("He is not in the school")).toEqual(["school"]);
    expect(found("Not worried about school")).toEqual([]);
  });
});

describe("overlapping cues", () => {
  it("a lower level never hides a higher one inside its span", () => {
    const m = testMatcher([
      ind("siblings-in-care", 3, ["older siblings were adopted after care"]),
      ind("siblings-adopted", 4, ["siblings adopted"]),
    ]);
    expect(
      m.match("Her older siblings were adopted after care proceedings").map((s) => s.indicator.id),
    ).toEqual(["siblings-in-care", "siblings-adopted"]);
  });
});

describe("lexicon cues", () => {
  const indicators = [ind("alcohol", 3, ["drinking heavily"]), ind("da", 2, ["domestic abuse"])];
  const m = new Matcher({
    indicators,
    indicatorSets: [],
    contextModifiers,
    people,
    lexiconCues: [
      { indicator: "alcohol", phrases: ["drinks from the morning"] },
      { indicator: "no-such-indicator", phrases: ["anything at all"] },
    ],
  });
  const found = (text: string) =>
    m.match(text).map((s) => `${s.indicator.id}${s.counted ? "" : ` (${s.context})`}`);

  it("find their indicator like its own cues, with the same context rules", () => {
    expect(found("Dad drinks from the morning most days")).toEqual(["alcohol"]);
    expect(found("Dad denies that he drinks from the morning")).toEqual(["alcohol (negated)"]);
    expect(m.match("Dad drinks from the morning")[0]!.evidence[0]!.because).toEqual({
      kind: "cue",
      cue: "drinks from the morning",
    });
  });

  it("for an indicator the pack does not hold, find nothing", () => {
    expect(found("anything at all")).toEqual([]);
  });
});
