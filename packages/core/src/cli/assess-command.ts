import { readFileSync, statSync } from "node:fs";
import { assess } from "../assess/assess.ts";
import { appliesToAge } from "../assess/age.ts";
import { Matcher, MAX_TEXT_LENGTH, TextTooLongError } from "../match/match.ts";
import { recordNote } from "../summary/record-note.ts";
import { parseArgs } from "./args.ts";
import { EXIT_INVALID, EXIT_OK, UsageError, type Io } from "./io.ts";
import { assessmentView, matchView } from "./json-views.ts";
import { packFrom } from "./pack-option.ts";
import { ageOption, areaOption, atOption, districtOption } from "./place-options.ts";

const VALUED = ["area", "district", "age", "at", "text-file", "pack"];
const FLAGS = ["json", "immediate-danger", "eha-in-place"];

/** right-help assess: text → suggestions → a prompted level, with reasons and contacts. */
export function assessCommand(argv: readonly string[], io: Io, stdin: () => string): number {
  const { positional, options } = parseArgs(argv, VALUED, FLAGS);
  if (positional.length > 0)
    throw new UsageError(`assess takes no arguments; give the text with --text-file or on stdin`);
  const pack = packFrom(options.get("pack"));
  const area = areaOption(pack, options, false);
  const district = districtOption(pack, options, area);
  const age = ageOption(options);
  const at = atOption(options);

  const file = options.get("text-file");
  let text: string;
  if (typeof file === "string") {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new UsageError(`cannot read --text-file ${file}: no such file`);
    }
    // Refuse before reading: a 2 GB file must not be loaded to be refused.
    if (size > MAX_TEXT_LENGTH * 4) throw new TextTooLongError(size);
    text = readFileSync(file, "utf8");
  } else {
    text = stdin();
  }

  const suggestions = Matcher.forPack(pack).match(text);
  // The level counts what was found and not negated, for the child's age.
  const counted = suggestions.filter((s) => !s.negated && appliesToAge(s.indicator.ages, age));
  const a = assess(pack, {
    indicators: counted.map((s) => s.indicator.id),
    age,
    area,
    district,
    at,
    immediateDanger: options.has("immediate-danger"),
    earlyHelpAssessmentInPlace: options.has("eha-in-place"),
  });

  if (options.has("json")) {
    // recordNote: exactly the text the panel and the widget copy (at most 1,500 characters).
    const view = { ...assessmentView(a, suggestions), recordNote: recordNote(a, { pack, at, age }) };
    io.out(JSON.stringify(view, null, 2));
    return EXIT_OK;
  }
  io.out(
    `Found ${suggestions.length} possible indicator${suggestions.length === 1 ? "" : "s"} (confirm each one):`,
  );
  for (const s of suggestions.map(matchView)) {
    const quotes = s.evidence.map((e) => `"${e.quote}"${e.negated ? " (negated)" : ""}`).join(", ");
    io.out(
      `  ${s.negated ? "[negated, not counted] " : ""}Level ${s.level} ${s.id}: ${s.text}\n      evidence: ${quotes}`,
    );
  }
  if (suggestions.length === 0) io.out("  none: this is not a finding of no concern.");
  io.out("");
  io.out(recordNote(a, { pack, at, age }));
  return EXIT_OK;
}

export { EXIT_INVALID };
