import { z } from "zod";
import { Pack } from "../schema/pack.ts";
import { toE164 } from "../phone.ts";
import { assemble, locate, type Origin } from "./assemble.ts";
import { crossCheck, type Issue } from "./cross-check.ts";
import { parseContentFile, type ParsedFile } from "./parse-file.ts";
import { formatPath, type Problem } from "./problem.ts";

export interface SourceFile {
  /** Name shown in problems, e.g. "content/levels.yaml". */
  file: string;
  text: string;
}

export type LoadResult = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

/**
 * Load a content directory's files (YAML, comments allowed) as one pack. Files are merged in
 * the order given. Returns every problem found, each naming its file, path and line.
 */
export function loadContent(files: readonly SourceFile[], name = "content"): LoadResult {
  if (files.length === 0)
    return { ok: false, problems: [{ file: name, path: "", message: "no content files (*.yaml) found" }] };
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const r = parseContentFile(f.file, f.text);
    if (r.ok) parsed.push(r.parsed);
    else problems.push(...r.problems);
  }
  const assembled = assemble(parsed);
  if (problems.length === 0 && assembled.problems.length === 0)
    return check(assembled.pack, assembled.origins, name);
  // Still check the files that parsed, so one broken file does not hide the others' problems;
  // a key missing only because its file did not parse is not reported twice.
  const rest = check(assembled.pack, assembled.origins, name);
  const more = rest.ok ? [] : rest.problems.filter((p) => !(p.file === name && /^[a-zA-Z]+$/.test(p.path)));
  return { ok: false, problems: [...problems, ...assembled.problems, ...more] };
}

/** Load a built JSON pack (what the front ends ship, or a `pack-src` URL's body). */
export function loadPackJson(file: string, text: string): LoadResult {
  const r = parseContentFile(file, text);
  if (!r.ok) return r;
  return check(r.parsed.data, [{ packPath: [], file: r.parsed, filePath: [] }], file);
}

function check(raw: unknown, origins: readonly Origin[], fallbackFile: string): LoadResult {
  const parsed = Pack.safeParse(raw);
  const issues: Issue[] = parsed.success
    ? crossCheck(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: describe(i) }));
  // A missing top-level key belongs to no file: name the pack and say how to add it.
  const placed = (issue: Issue): Problem => {
    if (
      issue.path.length === 1 &&
      !origins.some((o) => o.packPath.length === 1 && o.packPath[0] === issue.path[0])
    ) {
      const key = String(issue.path[0]);
      if (origins.length > 1 || origins[0]?.packPath.length !== 0) {
        return {
          file: fallbackFile,
          path: key,
          message: `${issue.message}: no content file gives "${key}:"`,
        };
      }
    }
    const place = locate(origins, issue.path, fallbackFile);
    return { file: place.file, path: formatPath(place.path), line: place.line, message: issue.message };
  };
  if (issues.length === 0 && parsed.success) return { ok: true, pack: withDerivedFields(parsed.data) };
  return {
    ok: false,
    problems: issues.map(placed),
  };
}

/** Zod's wording, made specific where the default is vague. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined)
    return `required field is missing (expected ${issue.expected})`;
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_value" && issue.values.length <= 25) {
    return `${issue.message}; expected one of: ${issue.values.map(String).join(", ")}`;
  }
  return issue.message;
}

/** Fill fields the front ends need but editors should not have to write (E.164 numbers). */
function withDerivedFields(pack: Pack): Pack {
  return {
    ...pack,
    areas: pack.areas.map((area) => ({
      ...area,
      contacts: area.contacts.map((c) => (c.phone ? { ...c, phoneE164: toE164(c.phone) } : c)),
    })),
  };
}
