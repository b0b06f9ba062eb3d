import { Matcher } from "../packages/core/src/match/match.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { run } from "../tests/core/evaluation/metrics.ts";
import { loadSet } from "../tests/core/evaluation/notes.ts";
const p = realPack(); const m = new Matcher(p);
for (const n of [...loadSet("dev"), ...loadSet("legacy")]) {
  const o = run(p, m, n);
  for (const c of n.expect.context) {
    if (!o.found.has(c.indicator)) continue;
    const at = c.words ? n.text.indexOf(c.words) : -1;
    const s = o.analysis.suggestions.find((x) => x.indicator.id === c.indicator)!;
    const ev = s.evidence.filter((e) => e.context === null && (at < 0 ? !n.expect.indicators.includes(c.indicator) : e.start < at + c.words.length && e.end > at));
    if (ev.length) console.log(n.id, c.kind, c.indicator, `| words: "${c.words}" | counted: ${ev.map((e) => `"${e.quote}" subj=${e.subject}`).join(", ")}`);
  }
}
