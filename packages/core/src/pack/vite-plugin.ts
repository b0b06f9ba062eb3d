import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readdirSync, statSync } from "node:fs";
import { loadFromPath } from "./node-files.ts";
import { formatProblem } from "./problem.ts";

const VIRTUAL = "virtual:right-help-pack";
const RESOLVED = "\0" + VIRTUAL;

/** The repository's content directory. */
export const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../../content");

/**
 * Vite plugin: `import pack from "virtual:right-help-pack"` gives the built-in content pack,
 * validated at build time (an invalid pack fails the build with every problem listed). Shared
 * by the extension, the widget and the tests, so all ship the same pack.
 */
export function rightHelpPack(contentDir = CONTENT_DIR) {
  return {
    name: "right-help-pack",
    resolveId(id: string) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(this: { addWatchFile?(file: string): void; error(message: string): never }, id: string) {
      if (id !== RESOLVED) return undefined;
      const result = loadFromPath(contentDir);
      if (!result.ok)
        this.error(`content pack is not valid:\n${result.problems.map(formatProblem).join("\n")}`);
      for (const file of yamlFiles(contentDir)) this.addWatchFile?.(file);
      // JSON.parse of a string literal is faster to start than the same object as JS.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.pack))});`;
    },
  };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? yamlFiles(full) : /\.ya?ml$/.test(name) ? [full] : [];
  });
}
