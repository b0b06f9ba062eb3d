import { fileURLToPath } from "node:url";
import { loadFromPath } from "../pack/node-files.ts";
import { formatProblem } from "../pack/problem.ts";
import type { Pack } from "../schema/pack.ts";

/** The repository's own content, used when no --pack is given. */
export const DEFAULT_CONTENT = fileURLToPath(new URL("../../../../content", import.meta.url));

export class PackError extends Error {}

/** Load --pack (a content directory or built JSON pack), or the built-in content. */
export function packFrom(path: string | true | undefined): Pack {
  const r = loadFromPath(typeof path === "string" ? path : DEFAULT_CONTENT);
  if (!r.ok)
    throw new PackError(
      `the content pack is not valid:\n${r.problems.map(formatProblem).join("\n")}` +
        (r.unlisted ? `\n… and ${r.unlisted.toLocaleString("en-GB")} more problems not listed` : ""),
    );
  return r.pack;
}
