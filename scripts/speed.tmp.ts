import { Matcher } from "../packages/core/src/match/match.ts";
import { realPack } from "../tests/core/real-pack.ts";
import { loadSet } from "../tests/core/evaluation/notes.ts";
const p = realPack(); const m = new Matcher(p);
const notes = loadSet("dev"); let s = ""; let i = 0;
while (s.length < 1_000_000) s += notes[i++ % notes.length]!.text + "\n\n";
s = s.slice(0, 1_000_000);
const times: number[] = [];
for (let k = 0; k < 12; k++) { const t0 = performance.now(); m.analyse(s, { area: "lancashire" }); times.push(performance.now() - t0); }
times.sort((a, b) => a - b); console.log("1MB median ms", times[6]!.toFixed(1), "min", times[0]!.toFixed(1));
const low = () => { const t0 = performance.now(); s.toLowerCase().split(/\W+/).length; return performance.now() - t0; };
const f: number[] = []; for (let k = 0; k < 12; k++) f.push(low()); f.sort((a, b) => a - b); console.log("floor-ish", f[6]!.toFixed(1));
