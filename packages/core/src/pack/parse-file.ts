import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { PathKey, Problem } from "./problem.ts";

/** A parsed content file, kept with its document so that problems can name a line. */
export interface ParsedFile {
  file: string;
  data: Record<string, unknown>;
  lineOf(path: readonly PathKey[]): number | undefined;
}

export type ParseResult = { ok: true; parsed: ParsedFile } | { ok: false; problems: Problem[] };

/**
 * Parse YAML (or JSON, which is YAML) text. A file must be a mapping at the top. Every syntax
 * error is reported, each with its line.
 */
export function parseContentFile(file: string, text: string): ParseResult {
  if (text.trim() === "") return fail(file, "the file is empty");
  if (file.endsWith(".json")) {
    try {
      JSON.parse(text);
    } catch (e) {
      return fail(file, `not valid JSON: ${(e as Error).message}`);
    }
  }
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        path: "",
        line: lines.linePos(e.pos[0]).line,
        message: `not valid YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // yaml's own message ("Excessive alias count …") names no file.
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      return fail(file, "too many YAML aliases (`*name`) expanded; use at most 50 per file");
    return fail(file, `the file could not be read as data: ${firstLine((e as Error).message)}`);
  }
  if (data === null || data === undefined) return fail(file, "the file holds no data (only comments?)");
  if (!isMap(doc.contents) || typeof data !== "object" || Array.isArray(data)) {
    return fail(file, "the file must be a mapping of pack keys (e.g. `indicators:`), not a list or a value");
  }
  return {
    ok: true,
    parsed: {
      file,
      data: data as Record<string, unknown>,
      lineOf(path) {
        // Walk up to the nearest node that exists (a missing key is reported on its parent).
        for (let n = path.length; n >= 0; n--) {
          const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
          if (node && typeof node === "object" && node.range) return lines.linePos(node.range[0]).line;
        }
        return undefined;
      },
    },
  };
}

function fail(file: string, message: string): ParseResult {
  return { ok: false, problems: [{ file, path: "", message }] };
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}
