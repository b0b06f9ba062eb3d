import { Matcher } from "../packages/core/src/match/match.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { parseAge } from "../packages/core/src/assess/age.ts";
const p = realPack(); const m = new Matcher(p);
const [t, a, area] = [process.argv[2]!, process.argv[3], process.argv[4] ?? "lancashire"];
const r = m.analyse(t, { age: a ? parseAge(a)! : undefined, area });
if (r.dangerNow.suggested) console.log("  DANGER NOW:", r.dangerNow.evidence.map((e) => e.quote).join(" | "));
for (const s of r.suggestions) console.log(`  ${s.counted ? "+" : "-"} L${s.indicator.level} ${s.indicator.id} ${s.context ?? ""} ${s.evidence.map((e) => `"${e.quote}"${e.contextWords ? `[${e.contextWords}]` : ""}${e.because.kind === "rule" ? `{${e.because.rule}}` : ""}`).join(" ")}`);
