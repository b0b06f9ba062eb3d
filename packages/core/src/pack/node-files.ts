import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent, loadPackJson, type LoadResult } from "./load.ts";

/**
 * Node-only: load a content directory (every *.yaml / *.yml below it, sorted, `schema/`
 * excluded) or a built JSON pack file. Kept apart so that the pure loader can run in browsers.
 */
export function loadFromPath(path: string, cwd = process.cwd()): LoadResult {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return { ok: false, problems: [{ file: path, path: "", message: "no such file or directory" }] };
  }
  if (stat.isDirectory()) {
    const files = listYaml(path).map((f) => ({ file: relative(cwd, f) || f, text: readFileSync(f, "utf8") }));
    return loadContent(files, relative(cwd, path) || path);
  }
  return loadPackJson(relative(cwd, path) || path, readFileSync(path, "utf8"));
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "schema" && !name.startsWith(".")) out.push(...listYaml(full));
    } else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}
