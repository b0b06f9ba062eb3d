import { Matcher } from "../packages/core/src/match/match.ts";
import { parseAge } from "../packages/core/src/assess/age.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { loadSet } from "../tests/core/evaluation/notes.ts";
const p = realPack(); const m = new Matcher(p);
for (const n of [...loadSet("dev"), ...loadSet("legacy")]) {
  const r = m.analyse(n.text, { age: parseAge(n.age) ?? undefined, area: n.area });
  if (r.dangerNow.suggested !== n.expect.dangerNow)
    console.log(n.id, n.expect.dangerNow ? "MISSED" : "FALSE", r.dangerNow.evidence.map((e) => `${e.rule}: "${e.quote}"`).join(" | "));
}
