import { Matcher } from "../packages/core/src/match/match.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { parseAge } from "../packages/core/src/assess/age.ts";
const p = realPack(); const m = new Matcher(p);
const ex: [string, string?][] = [
 ["She reports her partner shouts at her when the baby cries and she has a bruise on her forearm which she said was from the door", "30"],
 ["There are concerns about alcohol and drug use"],
 ["Mum said the family are planning for her to be cut at a family ceremony this summer", "9"],
 ["A marriage is being arranged for her overseas and she does not want it", "16"],
 ["She is 34 weeks pregnant, nobody knew about the pregnancy and she has had no antenatal care", "16"],
 ["He arrived alone and has no family here", "15"],
 ["Mum has not been sleeping and 'can't cope with two of them'", "4m"],
 ["No explanation was given for the bruise on the cheek", "3m"],
 ["Mum didn't notice the bruise on the cheek", "3m"],
 ["There were no concerns until a bruise on the cheek was found today", "3m"],
 ["He denies domestic abuse and the child disclosed domestic abuse", "8"],
 ["Nobody denies that there is domestic abuse", "8"],
 ["Mum disclosed domestic abuse from her partner", "8"],
 ["Mum is low in mood", "8"],
 ["Partner shouts at her", "8"],
 ["Sibling previously subject to a Child in Need plan (2024)", "8"],
 ["Dad is at the school gates now, drunk, threatening to kill the child, who is hiding in the office", "8"],
 ["She has a bruise on her cheek", "17"],
];
for (const [t, a] of ex) {
  const r = m.analyse(t, { age: a ? parseAge(a)! : undefined, area: "lancashire" });
  console.log("\n" + t + (a ? ` [${a}]` : ""));
  if (r.dangerNow.suggested) console.log("  DANGER NOW:", r.dangerNow.evidence.map((e) => e.quote).join(" | "));
  for (const s of r.suggestions) console.log(`  ${s.counted ? "+" : "-"} L${s.indicator.level} ${s.indicator.id} ${s.context ?? ""} ${s.evidence.map((e) => `"${e.quote}"${e.contextWords ? `[${e.contextWords}]` : ""}${e.because.kind === "rule" ? `{${e.because.rule}}` : ""}`).join(" ")}`);
}
