import { Pack, PACK_FORMAT } from "../schema/pack.ts";
import type { ParsedFile } from "./parse-file.ts";
import type { PathKey, Problem } from "./problem.ts";

/** Where a part of the assembled pack came from: pack path prefix -> file and path in it. */
export interface Origin {
  packPath: PathKey[];
  file: ParsedFile;
  filePath: PathKey[];
}

export interface Assembled {
  pack: Record<string, unknown>;
  origins: Origin[];
  problems: Problem[];
}

const PACK_KEYS = new Set(Object.keys(Pack.shape));

/**
 * Merge content files into one pack object. Each file is a mapping of pack keys: list values
 * are concatenated across files (in the order given), any other value may appear in one file
 * only. Records where every part came from, so that problems can name file and line.
 */
export function assemble(files: readonly ParsedFile[]): Assembled {
  const pack: Record<string, unknown> = { format: PACK_FORMAT };
  const origins: Origin[] = [];
  const problems: Problem[] = [];
  const ownerOf = new Map<string, string>();

  for (const file of files) {
    for (const [key, value] of Object.entries(file.data)) {
      if (!PACK_KEYS.has(key) || key === "format") {
        problems.push({
          file: file.file,
          path: key,
          line: file.lineOf([key]),
          message: `unknown pack key "${key}"; expected one of: ${[...PACK_KEYS].filter((k) => k !== "format").join(", ")}`,
        });
        continue;
      }
      if (Array.isArray(value)) {
        const list = (pack[key] ??= []) as unknown[];
        if (!Array.isArray(list)) {
          problems.push(conflict(file, key, ownerOf.get(key)));
          continue;
        }
        value.forEach((item, i) => {
          origins.push({ packPath: [key, list.length], file, filePath: [key, i] });
          list.push(item);
        });
        ownerOf.set(key, file.file);
      } else {
        if (key in pack) {
          problems.push(conflict(file, key, ownerOf.get(key)));
          continue;
        }
        pack[key] = value;
        ownerOf.set(key, file.file);
        origins.push({ packPath: [key], file, filePath: [key] });
      }
    }
  }
  return { pack, origins, problems };
}

function conflict(file: ParsedFile, key: string, other: string | undefined): Problem {
  return {
    file: file.file,
    path: key,
    line: file.lineOf([key]),
    message: `"${key}" is already given in ${other ?? "another file"}; only lists may be split across files`,
  };
}

/** A place in a file: which file, which path in it, which line. */
export interface Place {
  file: string;
  path: PathKey[];
  line?: number;
}

/** Origins by their pack path, so that locating a problem costs the same in a pack of any size. */
export interface OriginIndex {
  byPath: Map<string, Origin>;
  longest: number;
}

const pathKey = (path: readonly PathKey[]) => path.join("\u0000");

export function originIndex(origins: readonly Origin[]): OriginIndex {
  const byPath = new Map<string, Origin>();
  let longest = 0;
  for (const o of origins) {
    byPath.set(pathKey(o.packPath), o);
    longest = Math.max(longest, o.packPath.length);
  }
  return { byPath, longest };
}

/** Map a path in the assembled pack back to the file, path and line it came from. */
export function locate(index: OriginIndex, packPath: readonly PathKey[], fallbackFile: string): Place {
  let best: Origin | undefined;
  for (let n = Math.min(index.longest, packPath.length); n >= 0 && !best; n--)
    best = index.byPath.get(pathKey(packPath.slice(0, n)));
  if (!best) return { file: fallbackFile, path: [...packPath] };
  const path = [...best.filePath, ...packPath.slice(best.packPath.length)];
  return { file: best.file.file, path, line: best.file.lineOf(path) };
}
