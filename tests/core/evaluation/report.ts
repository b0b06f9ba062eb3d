/**
 * `npm run eval`: the engine's scores on the labelled notes, both halves, with the misses and
 * false positives of the development half only (the holdout half stays unread).
 */
import { Matcher } from "../../../packages/core/src/match/match.ts";
import { realPack } from "../real-pack.ts";
import { promptedLevel, rightHelpFinder, score, type Scores } from "./metrics.ts";
import { loadNotes, split } from "./notes.ts";

const pack = realPack();
const matcher = Matcher.forPack(pack);
const { dev, holdout } = split(loadNotes());
const find = rightHelpFinder(pack, matcher);
const level = (n: Parameters<typeof promptedLevel>[2]) => promptedLevel(pack, matcher, n);
const fmt = (s: Scores) =>
  `notes ${s.notes}  recall ${s.recall.toFixed(3)}  precision ${s.precision.toFixed(3)}  negation ${s.negationRespected.toFixed(3)}  level agreement ${s.levelAgreement.toFixed(3)}  level-4 recall ${s.level4Recall.toFixed(3)}`;

const d = score(dev, find, level);
const h = score(holdout, find, level);
console.log(`dev      ${fmt(d)}`);
console.log(`holdout  ${fmt(h)}`);
console.log(`all      ${fmt(score([...dev, ...holdout], find, level))}`);
if (process.argv.includes("--details")) {
  const text = new Map(dev.map((n) => [n.id, n.text]));
  const label = (id: string) => pack.indicators.find((i) => i.id === id)?.text ?? id;
  console.log("\nDev misses:");
  for (const m of d.misses) console.log(`  ${m.note} ${m.id}: ${label(m.id)}\n      ${text.get(m.note)}`);
  console.log("\nDev false positives:");
  for (const m of d.falsePositives) console.log(`  ${m.note} ${m.id}: ${label(m.id)}`);
  console.log("\nDev under-escalated:", d.underEscalated);
}
