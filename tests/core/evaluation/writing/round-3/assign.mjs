import { readFileSync, writeFileSync } from "node:fs";
const lines = readFileSync("indicators.md", "utf8")
  .split("\n")
  .filter((l) => l.startsWith("- `"));
// deterministic shuffle, a different seed from round 1
let s = 20261129;
const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
const arr = lines
  .map((l) => [rnd(), l])
  .sort((a, b) => a[0] - b[0])
  .map((x) => x[1]);
const W = ["I", "J", "K", "L"];
W.forEach((w, k) =>
  writeFileSync(
    `assign-${w}.md`,
    `# Writer ${w}: indicators you must cover (each at least ONCE as a labelled, counted indicator)\n\n` +
      arr.filter((_, i) => i % 4 === k).join("\n") +
      "\n",
  ),
);
