import { z } from "zod";
import { Pack } from "../schema/pack.ts";
import { toE164 } from "../phone.ts";
import { assemble, locate, originIndex, type Origin } from "./assemble.ts";
import { cleanPackText } from "./clean-text.ts";
import { crossCheck, type Issue } from "./cross-check.ts";
import { parseContentFile, type ParsedFile } from "./parse-file.ts";
import { formatPath, type PathKey, type Problem } from "./problem.ts";

export interface SourceFile {
  /** Name shown in problems, e.g. "content/levels.yaml". */
  file: string;
  text: string;
}

/** `unlisted` counts the problems found beyond the first MAX_PROBLEMS, which are not kept. */
export type LoadResult =
  /** `warnings`: what was fixed on loading (invisible characters removed); the pack is usable. */
  { ok: true; pack: Pack; warnings?: Problem[] } | { ok: false; problems: Problem[]; unlisted?: number };

/** Problems kept and listed at most: a huge broken file must not print (or hold) every one. */
export const MAX_PROBLEMS = 100;

/** All the problems of a failed load, listed or not. */
export const problemCount = (r: { problems: readonly Problem[]; unlisted?: number }): number =>
  r.problems.length + (r.unlisted ?? 0);

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
  return capped([...problems, ...assembled.problems, ...more], rest.ok ? 0 : (rest.unlisted ?? 0));
}

function capped(problems: Problem[], unlisted = 0): LoadResult {
  const extra = Math.max(0, problems.length - MAX_PROBLEMS);
  return {
    ok: false,
    problems: extra > 0 ? problems.slice(0, MAX_PROBLEMS) : problems,
    ...(extra + unlisted > 0 ? { unlisted: extra + unlisted } : {}),
  };
}

/** Load a built JSON pack (what the front ends ship, or a `pack-src` URL's body). */
export function loadPackJson(file: string, text: string): LoadResult {
  const r = parseContentFile(file, text);
  if (!r.ok) return r;
  return check(r.parsed.data, [{ packPath: [], file: r.parsed, filePath: [] }], file);
}

function check(dirty: unknown, origins: readonly Origin[], fallbackFile: string): LoadResult {
  // Invisible and bidi characters are taken out before anything else reads the text.
  const cleaned = cleanPackText(dirty, MAX_PROBLEMS);
  const raw = cleaned.value;
  const long = longListIssues(raw);
  // reportInput: a field of the wrong type is then told apart from a missing one.
  const parsed = Pack.safeParse(long.rest, { reportInput: true });
  const issues: Issue[] =
    parsed.success && long.issues.length === 0
      ? crossCheck(parsed.data)
      : [
          ...long.issues,
          ...(parsed.success ? [] : parsed.error.issues)
            .filter((i) => !(i.path.length === 1 && long.checked.has(String(i.path[0]))))
            .map((i) => ({ path: i.path as (string | number)[], message: describe(i) })),
        ];
  const where = originIndex(origins);
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
    const place = locate(where, issue.path, fallbackFile);
    return { file: place.file, path: formatPath(place.path), line: place.line, message: issue.message };
  };
  if (issues.length === 0 && parsed.success) {
    const pack = withDerivedFields(parsed.data);
    if (cleaned.found.length === 0) return { ok: true, pack };
    const warnings = cleaned.found.map((f) =>
      placed({
        path: f.path,
        message: `held invisible or bidi control characters (${f.codes.join(", ")}), removed on loading; delete them from the file`,
      }),
    );
    if (cleaned.more > 0)
      warnings.push({ file: fallbackFile, path: "", message: `… and ${cleaned.more} more such texts` });
    return { ok: true, pack, warnings };
  }
  // Only the listed problems are placed (each needs a line number): linear in the pack's size.
  const unlisted = Math.max(0, issues.length - MAX_PROBLEMS) + long.unlisted;
  return capped(issues.slice(0, MAX_PROBLEMS).map(placed), unlisted);
}

/** Lists longer than this are checked item by item (see longListIssues). */
const LONG_LIST = 2000;

/**
 * Zod gathers a list's issues with `push(...issues)`, which overflows the stack past about
 * 100,000 of them (a huge broken file). Long lists with a broken item are checked here one
 * item at a time, keeping the first problems and counting the rest, and left out of the
 * whole-pack parse (`rest`), whose problems about those lists' own length are then dropped.
 */
function longListIssues(raw: unknown): {
  rest: unknown;
  issues: Issue[];
  unlisted: number;
  checked: Set<string>;
} {
  const none = { rest: raw, issues: [], unlisted: 0, checked: new Set<string>() };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return none;
  const rest: Record<string, unknown> = { ...raw };
  const issues: Issue[] = [];
  let unlisted = 0;
  const checked = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const element = elementSchema(key);
    if (!element || !Array.isArray(value) || value.length <= LONG_LIST) continue;
    const before = issues.length + unlisted;
    value.forEach((item, i) => {
      const r = element.safeParse(item, { reportInput: true });
      if (r.success) return;
      for (const issue of r.error.issues) {
        if (issues.length >= MAX_PROBLEMS) unlisted++;
        else issues.push({ path: [key, i, ...(issue.path as PathKey[])], message: describe(issue) });
      }
    });
    if (issues.length + unlisted > before) {
      rest[key] = [];
      checked.add(key);
    }
  }
  return checked.size === 0 ? none : { rest, issues, unlisted, checked };
}

function elementSchema(key: string): z.ZodType | undefined {
  let schema: unknown = (Pack.shape as Record<string, unknown>)[key];
  if (schema instanceof z.ZodDefault) schema = schema.unwrap();
  return schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
}

/** Zod's wording, made specific where the default is vague. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return `required field is missing (expected ${issue.expected})`;
    return `expected ${article(issue.expected)}, got ${typeOf(issue.input)}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_value" && issue.values.length <= 25) {
    return `${issue.message}; expected one of: ${issue.values.map(String).join(", ")}`;
  }
  return issue.message;
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

/** What a value is, in the words of the message: "a number (1)", "a list", "null". */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number" || typeof value === "boolean")
    return `${article(typeof value)} (${String(value)})`;
  if (typeof value === "string") return "a string";
  if (value instanceof Date) return "a date";
  return article(typeof value);
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
