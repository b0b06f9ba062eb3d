import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { loadContent, loadPackJson, type LoadResult, type SourceFile } from "./load.ts";
import type { Problem } from "./problem.ts";
import { FileReadError, plainCode, readRegularFile } from "./read-regular-file.ts";

/** Largest content file or built pack read (the whole built pack is about 0.5 MB). */
export const MAX_PACK_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Node-only: load a content directory (every *.yaml / *.yml below it, sorted, `schema/`
 * excluded) or a built JSON pack file. Kept apart so that the pure loader can run in browsers.
 * Only regular files are read, each up to a byte cap; a FIFO, a device or a symbolic link
 * loop is a problem named by its file, never a hang.
 */
export function loadFromPath(path: string, cwd = process.cwd()): LoadResult {
  const name = relative(cwd, path) || path;
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    return fail(
      path,
      (e as { code?: string }).code === "ENOENT" ? "no such file or directory" : plainCode(e),
    );
  }
  if (stat.isDirectory()) {
    const problems: Problem[] = [];
    const files: SourceFile[] = [];
    for (const f of listYaml(path, problems, cwd, new Set([key(stat)]))) {
      const file = relative(cwd, f) || f;
      try {
        files.push({ file, text: readRegularFile(f, MAX_PACK_FILE_BYTES) });
      } catch (e) {
        problems.push(readProblem(file, e));
      }
    }
    const loaded = loadContent(files, name);
    if (problems.length === 0) return loaded;
    return loaded.ok ? { ok: false, problems } : { ...loaded, problems: [...problems, ...loaded.problems] };
  }
  try {
    return loadPackJson(name, readRegularFile(path, MAX_PACK_FILE_BYTES));
  } catch (e) {
    return { ok: false, problems: [readProblem(name, e)] };
  }
}

const key = (s: { dev: number; ino: number }) => `${s.dev}:${s.ino}`;

function listYaml(dir: string, problems: Problem[], cwd: string, seen: Set<string>): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const shown = relative(cwd, full) || full;
    let stat;
    try {
      stat = statSync(full);
    } catch (e) {
      if (/\.ya?ml$/.test(name))
        problems.push({ file: shown, path: "", message: `cannot be read: ${plainCode(e)}` });
      continue;
    }
    if (stat.isDirectory()) {
      if (name === "schema" || name.startsWith(".")) continue;
      // A link back to a folder already read would otherwise be walked until ELOOP.
      if (seen.has(key(stat))) {
        problems.push({
          file: shown,
          path: "",
          message: "a symbolic link back to a folder already read; not followed",
        });
        continue;
      }
      seen.add(key(stat));
      out.push(...listYaml(full, problems, cwd, seen));
    } else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

function readProblem(file: string, e: unknown): Problem {
  if (!(e instanceof FileReadError)) throw e;
  const message = e.tooLarge
    ? `larger than the ${MAX_PACK_FILE_BYTES / 1024 / 1024} MB limit for one file; not read`
    : e.reason.replace(/^is /, "");
  return { file, path: "", message };
}

function fail(file: string, message: string): LoadResult {
  return { ok: false, problems: [{ file, path: "", message }] };
}
