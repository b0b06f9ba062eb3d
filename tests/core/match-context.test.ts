/**
 * The examples that issue 9 lists, each as a practitioner would read it, with the real pack:
 * everyday words, pseudo-negations that are not negations, the wrong person, the wrong time, and
 * danger now. Plus the Blackpool area and age limits of issue 8.
 */
import { describe, expect, it } from "vitest";
import { parseAge } from "../../packages/core/src/assess/age.ts";
import { Matcher, type MatchOptions } from "../../packages/core/src/match/match.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const matcher = Matcher.forPack(pack);
const level = (id: string) => pack.indicators.find((i) => i.id === id)!.level;
const age = (a: string) => parseAge(a)!;

/** Indicator ids counted for a text. */
function counted(text: string, options: MatchOptions = { area: "lancashire" }): string[] {
  return matcher
    .match(text, options)
    .filter((s) => s.counted)
    .map((s) => s.indicator.id);
}
/** Indicator ids found but not counted, with why. */
function notCounted(text: string, options: MatchOptions = { area: "lancashire" }): Record<string, string> {
  return Object.fromEntries(
    matcher
      .match(text, options)
      .filter((s) => !s.counted)
      .map((s) => [s.indicator.id, s.context!]),
  );
}
const highest = (ids: string[]) => Math.max(0, ...ids.map((id) => level(id) ?? 0));

describe("serious concerns in everyday words", () => {
  it("a partner who shouts and a bruise 'from the door' is domestic abuse", () => {
    const ids = counted(
      "She reports her partner shouts at her when the baby cries and she has a bruise on her forearm which she said was from the door",
    );
    expect(ids).toContain("l2-low-level-parental-conflict");
    const s = matcher.match("Partner shouts at her.", { area: "lancashire" })[0]!;
    expect(s.evidence[0]!.because).toMatchObject({ kind: "rule", rule: "abuse-by-a-partner" });
  });

  it("'concerns about alcohol and drug use' is substance misuse", () => {
    expect(counted("There are concerns about alcohol and drug use")).toContain(
      "l3-problematic-substance-alcohol-misuse",
    );
  });

  it("a girl to be 'cut' at a family ceremony is FGM (Level 4)", () => {
    const ids = counted(
      "Mum said the family are planning for her to be cut at a family ceremony this summer",
      {
        area: "lancashire",
        age: age("9"),
      },
    );
    expect(ids).toContain("l4-female-genital-mutilation");
  });

  it("a marriage arranged overseas that she does not want is forced marriage", () => {
    expect(counted("A marriage is being arranged for her overseas and she does not want it")).toContain(
      "l4-forced-marriage",
    );
  });

  it("a pregnancy nobody knew about with no antenatal care is a concealed pregnancy", () => {
    expect(
      counted("She is 34 weeks pregnant, nobody knew about the pregnancy and she has had no antenatal care"),
    ).toContain("l4-concealed-or-denied-pregnancy");
  });

  it("a child who arrived alone with no family here is an unaccompanied asylum-seeking child", () => {
    expect(counted("He arrived in the UK alone on a lorry and has no family here")).toContain(
      "l4-unaccompanied-asylum-seeking-child",
    );
  });

  it("sex with a boyfriend whose age is an adult's is exploitation; not for a pregnant adult's unborn baby", () => {
    const text =
      'Brought by her "boyfriend" M., who says he is 22. Reports sex with M. and one of his friends.';
    expect(counted(text, { area: "lancashire", age: age("14") })).toContain(
      "l4-serious-sexual-criminal-exploitation",
    );
    expect(counted(text, { area: "lancashire", age: age("unborn") })).not.toContain(
      "l4-serious-sexual-criminal-exploitation",
    );
  });

  it("a parent's violent offence is the parent's serious crime; 'glasses' is no glassing", () => {
    expect(
      counted("Mr V due out on licence in 3 weeks (GBH with intent - stabbed a man outside a pub)."),
    ).toContain("l4-parents-violent-serious-crime");
    expect(counted("Mum says his glasses have been broken since half term.")).not.toContain(
      "l4-parents-violent-serious-crime",
    );
  });
});

describe("false negation never hides a concern", () => {
  it("'not been sleeping and \"can't cope\"' keeps 'can't cope' as a concern", () => {
    const text = "Mum has not been sleeping and 'can't cope with two of them'";
    expect(counted(text).length).toBeGreaterThan(0);
    expect(Object.values(notCounted(text))).not.toContain("negated");
  });

  it("'No explanation was given for the bruise' at 3 months is an unexplained injury: Level 4", () => {
    const ids = counted("No explanation was given for the bruise on the cheek", {
      area: "lancashire",
      age: age("3m"),
    });
    expect(ids).toContain("l4-unexplained-injuries-bruising-non-mobile-babies");
  });

  it("'Mum didn't notice the bruise' is not 'no bruise'", () => {
    expect(
      counted("Mum didn't notice the bruise on the cheek", { area: "lancashire", age: age("3m") }),
    ).toContain("l4-unexplained-injuries-bruising-non-mobile-babies");
  });

  it("'no concerns until a bruise … was found today' ends the negation at 'until'", () => {
    expect(
      counted("There were no concerns until a bruise on the cheek was found today", {
        area: "lancashire",
        age: age("3m"),
      }),
    ).toContain("l4-unexplained-injuries-bruising-non-mobile-babies");
  });

  it("'He denies domestic abuse and the child disclosed domestic abuse' counts the disclosure", () => {
    const text = "He denies domestic abuse and the child disclosed domestic abuse";
    expect(counted(text)).toContain("l4-disclosure-of-abuse-by-child");
    // The denied mention is still shown, labelled.
    const da = matcher
      .match(text, { area: "lancashire" })
      .find((s) => s.indicator.id === "l2-low-level-parental-conflict")!;
    expect(da.evidence.map((e) => e.context)).toEqual([null, "negated"]);
    expect(da.evidence[1]!.contextWords).toBe("denies");
  });

  it("'Nobody denies that there is domestic abuse' is domestic abuse", () => {
    expect(counted("Nobody denies that there is domestic abuse")).toContain("l2-low-level-parental-conflict");
  });

  it("still reads a real denial as negated, with the words that set it", () => {
    const s = matcher.match("Mum denies any domestic abuse.", { area: "lancashire" });
    expect(s.length).toBeGreaterThan(0);
    for (const x of s) {
      expect(x.counted).toBe(false);
      expect(x.evidence[0]).toMatchObject({ context: "negated", contextWords: "denies" });
    }
  });
});

describe("what the words really say (found on the second dev half)", () => {
  it("a negation at the end of a wrapped line still reaches the next line", () => {
    const text = "PHQ-A 8. No self-harm, no\nsuicidal thoughts. Sleeping ok.";
    expect(counted(text, { area: "lancashire", age: age("14") })).toEqual([]);
    // A new line in capitals is a new clause: the alcohol is not denied with the drugs.
    expect(counted("Denies drug use\nAlcohol most days, drinking heavily", { area: "lancashire" })).toContain(
      "l3-problematic-substance-alcohol-misuse",
    );
    // A comma still ends a clause, whatever follows it.
    expect(
      counted("Meltdowns at home - throws things, has hit out at mum", { area: "blackpool" }),
    ).not.toContain("l4-rejection-abandonment-by-family");
  });

  it("a negation that runs into the words governs them ('not giving up on him')", () => {
    expect(counted('Thanked me for "not giving up on him".')).toEqual([]);
    expect(counted("Mum has given up on him.")).toContain("l4-rejection-abandonment-by-family");
  });

  it("'missed school' is not 'went missing', and 'possession with intent' is not spirit possession", () => {
    expect(
      counted("He missed school three times this month.", { area: "lancashire", age: age("14") }),
    ).not.toContain("l4-missing-three-or-more-in-90-days");
    expect(
      counted("He went missing three times this month.", { area: "lancashire", age: age("14") }),
    ).toContain("l4-missing-three-or-more-in-90-days");
    expect(counted("Her eldest was arrested for possession with intent to supply.")).not.toContain(
      "l4-honour-faith-belief-based-abuse",
    );
    expect(counted("Mum believes he is possessed by a spirit.")).toContain(
      "l4-honour-faith-belief-based-abuse",
    );
  });

  it("a person named at the end of the words is their object, not their subject ('a young carer for her mum')", () => {
    expect(counted("She is a young carer for her mum.", { area: "lancashire", age: age("14") })).toContain(
      "l2-young-carer",
    );
  });
});

describe("words that only look alike (found on the third dev half)", () => {
  it("'confidently … kicking a ball' is no disclosure, 'in the arm' no baby, 'the tablet' no overdose", () => {
    const options = { area: "lancashire", age: age("3") };
    expect(counted("Climbing frame confidently, running, kicking a ball.", options)).not.toContain(
      "l4-disclosure-of-abuse-by-child",
    );
    expect(
      counted("Zak (14) punched his sister (12) in the arm during a row - bruise.", {
        area: "lancashire",
        age: age("14"),
      }),
    ).not.toContain("l4-unexplained-injuries-bruising-non-mobile-babies");
    expect(counted("She has tried taking the tablet off him but he just finds it.", options)).not.toContain(
      "l4-high-risk-self-harm-suicide-attempts-admissions",
    );
  });
});

describe("concerns that only show in a combination (found on the second dev half)", () => {
  it("past events that are the point still count: 'previously in foster care in 2019'", () => {
    expect(counted("She was previously in foster care in 2019, then moved to live with nan.")).toContain(
      "l4-previously-accommodated",
    );
    // Other past events stay in the past.
    expect(counted("He was on a child protection plan in 2019 for neglect.")).toEqual([]);
  });

  it("a parent who cannot be roused, with signs of drink: Level 4", () => {
    const ids = counted(
      "Mum slumped on the sofa, not responding to knocking, empty vodka bottle on the floor. Baby crying.",
      { area: "lancashire", age: age("4m") },
    );
    expect(ids).toContain("l4-parent-mental-health-substance-significantly-affects-care");
    expect(
      counted("Mum was asleep on the sofa when I arrived.", { area: "lancashire", age: age("4m") }),
    ).toEqual([]);
  });

  it("a child who is the main carer, with nobody else, at a cost: Level 4; with help around: Level 3", () => {
    const main =
      "Pt does dad's washing and dressing and does all the cooking. Stays off when dad has a bad day. Mum not around.";
    expect(counted(main, { area: "lancashire", age: age("15") })).toContain(
      "l4-main-carer-significant-impact",
    );
    const helped = "She does all the cooking and is behind with coursework. Dad works shifts.";
    const ids = counted(helped, { area: "lancashire", age: age("15") });
    expect(ids).toContain("l3-caring-responsibilities-impact-development");
    expect(ids).not.toContain("l4-main-carer-significant-impact");
  });
});

describe("the right person", () => {
  it("'Mum disclosed domestic abuse from her partner' is not the child's disclosure (no false Level 4)", () => {
    const text = "Mum disclosed domestic abuse from her partner";
    expect(notCounted(text)["l4-disclosure-of-abuse-by-child"]).toBe("other-person");
    expect(highest(counted(text))).toBeLessThan(4);
    const s = matcher
      .match(text, { area: "lancashire" })
      .find((x) => x.indicator.id === "l4-disclosure-of-abuse-by-child")!;
    expect(s.evidence[0]).toMatchObject({ context: "other-person", contextWords: "Mum", subject: "parent" });
  });

  it("'Mum disclosed her partner pushed her in front of the children' is not a parent disclosing abuse of the child", () => {
    const text = "Mum disclosed that her partner shouts at her and pushed her in front of the children.";
    expect(counted(text)).not.toContain("l4-parent-disclosure-of-abuse");
    expect(highest(counted(text))).toBeLessThan(4);
    expect(counted("Mum disclosed that she smacked the baby because he would not stop crying.")).toContain(
      "l4-parent-disclosure-of-abuse",
    );
  });

  it("Mum 'low in mood' is Mum's need, not the child's emotional wellbeing", () => {
    const ids = counted("Mum is low in mood");
    expect(ids).toContain("l2-parent-emotional-needs-unmet");
    expect(ids).not.toContain("l2-emotional-wellbeing-support-needed");
    expect(ids).not.toContain("l3-emerging-mental-health-issues");
  });

  it("'Partner shouts at her' is not a parent's capacity to change", () => {
    const ids = counted("Partner shouts at her");
    expect(ids.filter((id) => pack.indicators.find((i) => i.id === id)!.kind === "strength")).toEqual([]);
  });

  it("a sister's overdose is not the child's self-harm", () => {
    const text = "Last week he found his sister after she took an overdose.";
    expect(
      notCounted(text, { area: "lancashire", age: age("14") })[
        "l4-high-risk-self-harm-suicide-attempts-admissions"
      ],
    ).toBe("other-person");
  });

  it("a person the cue begins with is its author's meaning: 'Parents stopped his insulin' is the child's untreated condition", () => {
    const options = { area: "lancashire", age: age("3") };
    expect(
      counted("Parents stopped his insulin 5 days ago after a healer said he was cured.", options),
    ).toContain("l4-untreated-chronic-recurring-health-problems");
    // Named before the words, the parent is still their subject (the first example above).
    expect(
      notCounted("Mum disclosed domestic abuse from her partner")["l4-disclosure-of-abuse-by-child"],
    ).toBe("other-person");
  });

  it("a sister's overdose is not acute mental illness 'in adult or child' for this child; Mum's is", () => {
    const options = { area: "lancashire", age: age("14") };
    const sister = "Older sister (17) took an overdose 2 weeks ago and is now under the crisis team.";
    expect(notCounted(sister, options)["l4-acute-mental-health-problems"]).toBe("other-person");
    expect(counted("Mum took an overdose last night and is under the crisis team.", options)).toContain(
      "l4-acute-mental-health-problems",
    );
  });

  it("the teller is not the subject: 'Mum says he has been self-harming' is the child's", () => {
    expect(counted("Mum says he has been self-harming")).toContain("l3-emerging-mental-health-issues");
  });
});

describe("the right time", () => {
  it("'Sibling previously subject to a Child in Need plan (2024)' suggests nothing counted", () => {
    expect(counted("Sibling previously subject to a Child in Need plan (2024)")).toEqual([]);
  });

  it("a year before this one marks a mention as past, and a hypothetical is not counted", () => {
    expect(notCounted("He was on a child protection plan in 2019 for neglect.")).not.toEqual({});
    expect(counted("He was on a child protection plan in 2019 for neglect.")).toEqual([]);
    // "Since" a past year is still going on.
    expect(counted("Mum has been drinking heavily since 2019.").length).toBeGreaterThan(0);
    const ids = notCounted("Advised mum to call police if she goes missing again.", {
      area: "lancashire",
      age: age("14"),
    });
    expect(Object.values(ids)).toContain("hypothetical");
  });
});

describe("danger now", () => {
  it("a drunk parent at the gates threatening to kill the child is suggested as danger now", () => {
    const a = matcher.analyse(
      "Dad is at the school gates now, drunk, threatening to kill the child, who is hiding in the office",
      { area: "lancashire", age: age("8") },
    );
    expect(a.dangerNow.suggested).toBe(true);
    expect(a.dangerNow.evidence.map((e) => e.rule)).toContain("threat-to-kill");
    for (const e of a.dangerNow.evidence)
      expect(
        "Dad is at the school gates now, drunk, threatening to kill the child, who is hiding in the office".slice(
          e.start,
          e.end,
        ),
      ).toBe(e.quote);
  });

  it("is not suggested by a past threat, a denial or a routine note", () => {
    for (const text of [
      "No threats to kill were made.",
      "Routine visit, baby feeding well, mum coping.",
      "If he threatens to kill her again she will call 999.",
    ])
      expect(matcher.analyse(text, { area: "lancashire" }).dangerNow.suggested, text).toBe(false);
  });

  it("police or 999 called about the child prompts the question (it never sets the flag)", () => {
    const a = matcher.analyse("Kept her in the office with the DSL, police rung 3.22.", {
      area: "lancashire",
    });
    expect(a.dangerNow.suggested).toBe(true);
    expect(a.dangerNow.evidence.map((e) => e.rule)).toContain("police-called");
    // Police called at a time gone by is no danger now.
    const past = "Her partner pushed her in front of the children; police called to argument last month.";
    expect(matcher.analyse(past, { area: "lancashire" }).dangerNow.suggested).toBe(false);
  });

  it("a threat made as an 'if', in the words it was made in, is still danger now", () => {
    const text =
      'Says "if I go back there tonight he\'ll kill me, he said he would". Still in the office with me.';
    const a = matcher.analyse(text, { area: "lancashire", age: age("15") });
    expect(a.dangerNow.evidence.map((e) => e.rule)).toContain("threat-in-own-words");
  });

  it("a parent too drunk to stand, alone with a baby, is Level 4 and danger now", () => {
    const text =
      "Her daughter is drunk \"can't even stand up, she's been on it all day\", alone in the flat with 5/12 baby girl.";
    const a = matcher.analyse(text, { area: "lancashire", age: age("5 months") });
    expect(a.dangerNow.suggested).toBe(true);
    expect(counted(text, { area: "lancashire", age: age("5 months") })).toContain(
      "l4-parent-mental-health-substance-significantly-affects-care",
    );
  });
});

describe("whose guidance and what age (issue 8)", () => {
  it("never suggests Blackpool's continuum for a Lancashire or Blackburn with Darwen child", () => {
    const text = "Early indications of FGM. Persistent missed medical appointments. Teenage pregnancy.";
    for (const area of ["lancashire", "blackburn-with-darwen"])
      expect(matcher.match(text, { area }).filter((s) => s.indicator.id.startsWith("bp-"))).toEqual([]);
    expect(matcher.match(text, { area: "blackpool" }).some((s) => s.indicator.id.startsWith("bp-"))).toBe(
      true,
    );
  });

  it("'a bruise on her cheek' at 17 does not prompt Level 4; at 3 months it does", () => {
    expect(
      highest(counted("She has a bruise on her cheek", { area: "lancashire", age: age("17") })),
    ).toBeLessThan(4);
    expect(highest(counted("She has a bruise on her cheek", { area: "lancashire", age: age("3m") }))).toBe(4);
  });
});

describe("whom pronouns stand for", () => {
  it("'they' stands for the people just named, and a non-molestation order is not molestation", () => {
    const text = "Her older sisters are struggling and they have been self-harming.";
    expect(notCounted(text, { area: "lancashire", age: age("11") })["l3-emerging-mental-health-issues"]).toBe(
      "other-person",
    );
    expect(counted("Non-molestation order in place, no contact since.")).not.toContain("l4-sexual-abuse");
  });

  it("'she' is never a baby: 'baby's father, who she lives with' leaves 'she' as Mum", () => {
    const text = "Mum disclosed that baby's father, who she lives with, served a prison sentence for GBH.";
    expect(notCounted(text)["l4-parents-violent-serious-crime"]).toBeUndefined();
  });

  it("'she' may be a friend named without a gender, never a teacher who tells", () => {
    const options = { area: "lancashire", age: age("15") };
    const friend = "Came in worried about a friend who she says is cutting and said she wants to die.";
    expect(notCounted(friend, options)["l3-emerging-mental-health-issues"]).toBe("other-person");
    expect(highest(counted(friend, options))).toBeLessThan(4);
    expect(counted("Class teacher says he is late most mornings.", options)).toContain(
      "l2-punctuality-and-absence",
    );
  });
});

describe("more combinations (found on the second dev half)", () => {
  it("words families use for FGM, with a trip abroad, prompt Level 4; 'had a cut' does not", () => {
    const text =
      "Mum said they are flying home for six weeks. Grandma has arranged for her to be made clean like her sisters.";
    expect(counted(text, { area: "lancashire", age: age("3") })).toContain("l4-female-genital-mutilation");
    expect(
      counted("She had a cut on her knee. Going abroad on holiday next week.", {
        area: "lancashire",
        age: age("3"),
      }),
    ).not.toContain("l4-female-genital-mutilation");
  });

  it("a serious danger in the home (a broken window restrictor, daisy-chained heaters) is Level 4", () => {
    expect(counted("Living room window restrictor broken, the sofa is under it.")).toContain(
      "l4-accommodation-places-child-in-danger",
    );
  });
});
