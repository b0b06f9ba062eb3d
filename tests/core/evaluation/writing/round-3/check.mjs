// Checks one writer's labelled-notes file: node /work/labelling/check.mjs out/writer-A.yaml A
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire("/work/main/package.json");
const { parse } = require("yaml");
const [file, writer] = process.argv.slice(2);
const MIN = 1; // round 2: each assigned indicator at least once
const list = readFileSync("/work/labelling/round3/indicators.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("- `"));
const info = new Map();
for (const l of list) {
  const id = /`([^`]+)`/.exec(l)[1];
  const strength = l.includes("strength (any level)") || /, strength[,:]/.test(l);
  const level = /level (\d)/.exec(l)?.[1];
  info.set(id, { level: level ? Number(level) : null, strength, blackpool: id.startsWith("bp-") });
}
const assigned = readFileSync(`/work/labelling/round3/assign-${writer}.md`, "utf8")
  .split("\n")
  .filter((l) => l.startsWith("- `"))
  .map((l) => /`([^`]+)`/.exec(l)[1]);
const data = parse(readFileSync(file, "utf8"));
const errs = [];
const notes = data.notes ?? [];
const count = new Map();
const classes = {};
const AREAS = ["lancashire", "blackpool", "blackburn-with-darwen"];
const KINDS = ["negated", "hypothetical", "historical", "other-person"];
const CLASSES = ["negated", "hypothetical", "historical", "wrong-person", "danger-now", "strengths-only"];
const ids = new Set();
for (const n of notes) {
  const where = `note ${n.id}`;
  if (!n.id || ids.has(n.id)) errs.push(`${where}: missing or duplicate id`);
  ids.add(n.id);
  if (!String(n.id).startsWith(writer + "-")) errs.push(`${where}: id must start with ${writer}-`);
  if (!AREAS.includes(n.area)) errs.push(`${where}: area must be one of ${AREAS}`);
  if (typeof n.age !== "string" || !/^(unborn|\d{1,2} (months|years))$/.test(n.age))
    errs.push(`${where}: age must be "unborn", "N months" or "N years"`);
  if (typeof n.text !== "string" || n.text.length < 40) errs.push(`${where}: text too short`);
  if (!n.profession) errs.push(`${where}: profession missing`);
  const e = n.expect ?? {};
  const inds = e.indicators ?? [];
  let l4 = 0,
    l3 = 0,
    l2 = 0;
  for (const id of inds) {
    const i = info.get(id);
    if (!i) {
      errs.push(`${where}: unknown indicator ${id}`);
      continue;
    }
    if (i.blackpool && n.area !== "blackpool")
      errs.push(`${where}: ${id} is a Blackpool item but area is ${n.area}`);
    count.set(id, (count.get(id) ?? 0) + 1);
    if (i.strength) continue;
    if (i.level === 4) l4++;
    else if (i.level === 3) {
      if (i.blackpool) l4++;
      else l3++;
    } else if (i.level === 2) l2++;
  }
  const computed = l4 ? 4 : l3 >= 2 ? 3 : l3 === 1 || l2 ? 2 : 1;
  if (
    !Array.isArray(e.level) ||
    e.level.length !== 2 ||
    e.level[0] > e.level[1] ||
    e.level[1] - e.level[0] > 1
  )
    errs.push(`${where}: level must be [lo, hi] with hi - lo <= 1`);
  else if (computed < e.level[0] || computed > e.level[1])
    errs.push(
      `${where}: your indicators give level ${computed} by the rules, outside your band [${e.level}]`,
    );
  for (const c of e.context ?? []) {
    if (!info.has(c.indicator)) errs.push(`${where}: context names unknown indicator ${c.indicator}`);
    if (!KINDS.includes(c.kind)) errs.push(`${where}: context kind must be one of ${KINDS}`);
    if (!c.words || !n.text.includes(c.words))
      errs.push(`${where}: context words must be copied exactly from the text: ${c.words}`);
  }
  if (typeof e.dangerNow !== "boolean") errs.push(`${where}: dangerNow must be true or false`);
  for (const c of e.classes ?? []) {
    if (!CLASSES.includes(c)) errs.push(`${where}: class ${c} unknown`);
    classes[c] = (classes[c] ?? 0) + 1;
  }
  if ((e.classes ?? []).includes("danger-now") !== e.dangerNow)
    errs.push(`${where}: dangerNow and the danger-now class must agree`);
  if ((e.classes ?? []).includes("strengths-only") && inds.some((id) => !info.get(id)?.strength))
    errs.push(`${where}: strengths-only note labels a need`);
}
const under = assigned.filter((id) => (count.get(id) ?? 0) < MIN);
console.log(`${notes.length} notes; classes: ${JSON.stringify(classes)}`);
console.log(
  `assigned indicators covered at least once: ${assigned.length - under.length}/${assigned.length}`,
);
if (under.length)
  console.log(`still uncovered: ${under.map((id) => `${id}(${count.get(id) ?? 0})`).join(", ")}`);
console.log(errs.length ? `${errs.length} problems:\n` + errs.slice(0, 60).join("\n") : "no problems");
