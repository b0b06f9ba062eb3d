/** One thing wrong with a content pack, said so that an editor can find and fix it. */
export interface Problem {
  /** The file the problem is in, as given to the loader (e.g. "content/areas/blackpool.yaml"). */
  file: string;
  /** Where in that file, e.g. "areas[0].contacts[2].phone"; "" for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

export type PathKey = string | number;

export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}

/** "content/levels.yaml:12 levels[1].name — must not be empty" */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.path === "" ? `${where} — ${p.message}` : `${where} ${p.path} — ${p.message}`;
}
