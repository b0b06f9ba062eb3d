import { assess } from "../assess/assess.ts";
import { appliesToAge } from "../assess/age.ts";
import { Matcher } from "../match/match.ts";
import { recordNote } from "../summary/record-note.ts";
import { parseArgs } from "./args.ts";
import { EXIT_INVALID, EXIT_OK, UsageError, type Io } from "./io.ts";
import { assessmentView, matchView } from "./json-views.ts";
import { packFrom } from "./pack-option.ts";
import { readNoteFile } from "./read-input.ts";
import { ageOption, areaOption, atOption, districtOption } from "./place-options.ts";

const VALUED = ["area", "district", "age", "at", "text-file", "pack"];
const FLAGS = ["json", "immediate-danger", "eha-in-place"];

/** right-help assess: text → suggestions → a prompted level, with reasons and contacts. */
export async function assessCommand(
  argv: readonly string[],
  io: Io,
  stdin: () => string | Promise<string>,
): Promise<number> {
  const { positional, options } = parseArgs(argv, VALUED, FLAGS);
  if (positional.length > 0)
    throw new UsageError(`assess takes no arguments; give the text with --text-file or on stdin`);
  const pack = packFrom(options.get("pack"));
  const area = areaOption(pack, options, false);
  const district = districtOption(pack, options, area);
  const age = ageOption(options);
  const at = atOption(options);

  const file = options.get("text-file");
  const text = typeof file === "string" ? readNoteFile(file) : await stdin();

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
    io.out(JSON.stringify(assessmentView(a, suggestions), null, 2));
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
