import { assess } from "../assess/assess.ts";
import { appliesToAge } from "../assess/age.ts";
import { Matcher } from "../match/match.ts";
import { recordNote } from "../summary/record-note.ts";
import { parseArgs } from "./args.ts";
import { EXIT_INVALID, EXIT_OK, UsageError, type Io } from "./io.ts";
import { assessmentView, matchView } from "./json-views.ts";
import { packFrom } from "./pack-option.ts";
import type { Pack } from "../schema/pack.ts";
import { readNoteFile } from "./read-input.ts";
import { ageOption, areaOption, atOption, districtOption } from "./place-options.ts";

const VALUED = ["area", "district", "age", "at", "text-file", "pack"];
const FLAGS = ["json", "immediate-danger", "eha-in-place"];
const REPEATABLE = ["indicator", "graded"];
/** How a context is said in the text output. */
const CONTEXT_WORDS = {
  negated: "mentioned as absent",
  hypothetical: "hypothetical",
  historical: "in the past",
  "other-person": "about someone else",
} as const;

/**
 * right-help assess: text → suggestions → a prompted level, with reasons and contacts. Confirmed
 * items may be given directly (`--indicator ID`, `--graded FACTOR=OPTION`), as an integration
 * would, with or without text.
 */
export async function assessCommand(
  argv: readonly string[],
  io: Io,
  stdin: () => string | Promise<string>,
): Promise<number> {
  const { positional, options, lists } = parseArgs(argv, VALUED, FLAGS, REPEATABLE);
  if (positional.length > 0)
    throw new UsageError(`assess takes no arguments; give the text with --text-file or on stdin`);
  const pack = packFrom(options.get("pack"));
  const area = areaOption(pack, options, false);
  const district = districtOption(pack, options, area);
  const age = ageOption(options);
  const at = atOption(options);

  const confirmed = confirmedItems(pack, lists);
  const file = options.get("text-file");
  // Confirmed items alone: no text is read (stdin may be a terminal).
  const onlyConfirmed =
    typeof file !== "string" && (confirmed.indicators.length > 0 || confirmed.graded.size > 0);
  const text = onlyConfirmed ? "" : typeof file === "string" ? readNoteFile(file) : await stdin();

  const { suggestions, dangerNow } = Matcher.forPack(pack).analyse(text, { age, area });
  // The level counts what was found and counted (not negated, hypothetical, historical or
  // someone else's), for the child's age.
  const counted = suggestions.filter((s) => s.counted && appliesToAge(s.indicator.ages, age));
  const a = assess(pack, {
    indicators: [...new Set([...confirmed.indicators, ...counted.map((s) => s.indicator.id)])],
    graded: Object.fromEntries(confirmed.graded),
    age,
    area,
    district,
    at,
    immediateDanger: options.has("immediate-danger"),
    earlyHelpAssessmentInPlace: options.has("eha-in-place"),
  });

  if (options.has("json")) {
    // recordNote: exactly the text the panel and the widget copy (at most 1,500 characters).
    const view = {
      ...assessmentView(a, suggestions, dangerNow),
      recordNote: recordNote(a, { pack, at, age }),
    };
    io.out(JSON.stringify(view, null, 2));
    return EXIT_OK;
  }
  io.out(
    `Found ${suggestions.length} possible indicator${suggestions.length === 1 ? "" : "s"} (confirm each one):`,
  );
  if (dangerNow.suggested) {
    io.out(`  Is the child in immediate danger now? If so, call 999. Suggested by:`);
    for (const e of dangerNow.evidence) io.out(`      "${e.quote}" (${e.explanation})`);
  }
  for (const s of suggestions.map(matchView)) {
    const label = s.context === null ? "" : `[${CONTEXT_WORDS[s.context]}, not counted] `;
    const quotes = s.evidence
      .map((e) => `"${e.quote}"${e.context ? ` (${CONTEXT_WORDS[e.context]}: "${e.contextWords}")` : ""}`)
      .join(", ");
    io.out(`  ${label}${s.level === null ? "Strength" : `Level ${s.level}`} ${s.id}: ${s.text}`);
    io.out(`      evidence: ${quotes}`);
    if (s.because.kind === "rule")
      io.out(`      because: ${s.because.explanation} (${s.because.words.join(" + ")})`);
  }
  if (suggestions.length === 0) io.out("  none: this is not a finding of no concern.");
  io.out("");
  io.out(recordNote(a, { pack, at, age }));
  return EXIT_OK;
}

export { EXIT_INVALID };

/** `--indicator` and `--graded` values, checked against the pack: unknown ones are a usage error. */
function confirmedItems(
  pack: Pack,
  lists: Map<string, string[]>,
): { indicators: string[]; graded: Map<string, string> } {
  const ids = new Set(pack.indicators.map((i) => i.id));
  const indicators = lists.get("indicator") ?? [];
  const unknown = indicators.filter((id) => !ids.has(id));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown indicator id(s): ${unknown.join(", ")}; the valid ids are in content/indicators/*.yaml ` +
        `(or "indicators" in the built pack)`,
    );
  const graded = new Map<string, string>();
  for (const raw of lists.get("graded") ?? []) {
    const [factorId, optionId] = raw.split("=", 2) as [string, string | undefined];
    const factor = pack.gradedFactors.find((f) => f.id === factorId);
    if (!factor)
      throw new UsageError(
        `unknown graded factor "${factorId}" in --graded ${raw}; valid factors: ` +
          `${pack.gradedFactors.map((f) => f.id).join(", ")} (content/graded-factors.yaml)`,
      );
    if (!optionId || !factor.options.some((o) => o.id === optionId))
      throw new UsageError(
        `--graded needs FACTOR=OPTION; options of ${factor.id}: ${factor.options.map((o) => o.id).join(", ")}`,
      );
    graded.set(factor.id, optionId);
  }
  return { indicators, graded };
}
