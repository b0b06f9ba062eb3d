import { join } from "node:path";
import { loadFromPath } from "../../packages/core/src/pack/node-files.ts";
import { formatProblem } from "../../packages/core/src/pack/problem.ts";
import type { Pack } from "../../packages/core/src/schema/pack.ts";
import { ROOT } from "../seeds.ts";

/** The project's real content, loaded once per test file. */
export function realPack(): Pack {
  const r = loadFromPath(join(ROOT, "content"), ROOT);
  if (!r.ok) throw new Error(`content does not validate:\n${r.problems.map(formatProblem).join("\n")}`);
  return r.pack;
}
