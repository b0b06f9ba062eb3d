import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadFromPath } from "../pack/node-files.ts";
import { problemCount } from "../pack/load.ts";
import { formatProblem, type Problem } from "../pack/problem.ts";
import { FileReadError } from "../pack/read-regular-file.ts";
import { contentFileJsonSchema, packJsonSchema } from "../schema/json-schema.ts";
import { UnknownInputError } from "../assess/assess.ts";
import { UnknownPlaceError } from "../contacts/route.ts";
import { TextTooLongError } from "../match/match.ts";
import { parseArgs } from "./args.ts";
import { assessCommand } from "./assess-command.ts";
import { contactsCommand } from "./contacts-command.ts";
import { PackError } from "./pack-option.ts";
import { readStdin } from "./read-input.ts";
import { countsLine } from "./summary.ts";
import { terminalSafe } from "./terminal-safe.ts";
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, type Io } from "./io.ts";

const USAGE = `Usage: right-help <command> [options]

Commands:
  validate [PATH]                 Validate a content directory or a built JSON pack (default: content)
  build-pack [DIR] -o FILE        Validate DIR (default: content) and write the single JSON pack
  schema -o DIR                   Write the JSON Schemas for content files and built packs
  assess [--area ID] [--district ID] [--age YEARS|MONTHSm|unborn] [--at ISO-TIME]
         [--text-file F] [--immediate-danger] [--eha-in-place] [--json] [--pack PATH]
                                  Read a note (file or stdin): suggested indicators with evidence,
                                  the prompted level, reasons, next steps, consent and contacts
  contacts --area ID [--district ID] [--at ISO-TIME] [--level N] [--json] [--pack PATH]
                                  The area's contacts, most urgent first, open now or not
  help                            Show this help

Exit status: 0 valid, 1 invalid content, 2 wrong command line.`;

export async function main(
  argv: readonly string[],
  raw: Io,
  stdin: () => string | Promise<string> = readStdin,
): Promise<number> {
  // Everything written passes through here: values echoed from arguments, notes and packs.
  const io: Io = { out: (line) => raw.out(terminalSafe(line)), err: (line) => raw.err(terminalSafe(line)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return validate(rest, io);
      case "build-pack":
        return buildPack(rest, io);
      case "schema":
        return schema(rest, io);
      case "assess":
        return await assessCommand(rest, io, stdin);
      case "contacts":
        return contactsCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return command === undefined ? EXIT_USAGE : EXIT_OK;
      default:
        throw new UsageError(
          `unknown command "${command}"; valid commands: validate, build-pack, schema, assess, contacts, help`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnknownPlaceError || e instanceof UnknownInputError) {
      io.err(`right-help: ${e.message}`);
      io.err(`Run "right-help help" for usage.`);
      return EXIT_USAGE;
    }
    if (e instanceof TextTooLongError || e instanceof PackError || e instanceof FileReadError) {
      io.err(`right-help: ${e.message}`);
      return EXIT_INVALID;
    }
    // Anything else is a bug or an unreadable file: say it in one line, no stack trace.
    io.err(`right-help: ${(e as Error).message ?? String(e)}`);
    return EXIT_INVALID;
  }
}

function validate(argv: readonly string[], io: Io): number {
  const { positional } = parseArgs(argv, []);
  if (positional.length > 1) throw new UsageError("validate takes one path");
  const path = positional[0] ?? "content";
  const result = loadFromPath(path);
  if (!result.ok) {
    listProblems(result, io);
    const n = problemCount(result);
    io.err(`${path}: ${n.toLocaleString("en-GB")} problem${n === 1 ? "" : "s"}; the pack is not valid.`);
    return EXIT_INVALID;
  }
  for (const w of result.warnings ?? []) io.err(`warning: ${formatProblem(w)}`);
  io.out(`OK ${path}: ${countsLine(result.pack)}`);
  return EXIT_OK;
}

function buildPack(argv: readonly string[], io: Io): number {
  const { positional, options } = parseArgs(argv, ["output"]);
  const output = options.get("output");
  if (typeof output !== "string") throw new UsageError("build-pack needs -o FILE");
  if (positional.length > 1) throw new UsageError("build-pack takes one content directory");
  const dir = positional[0] ?? "content";
  const result = loadFromPath(dir);
  if (!result.ok) {
    listProblems(result, io);
    io.err(`${dir}: ${problemCount(result).toLocaleString("en-GB")} problem(s); no pack written.`);
    return EXIT_INVALID;
  }
  for (const w of result.warnings ?? []) io.err(`warning: ${formatProblem(w)}`);
  write(output, JSON.stringify(result.pack) + "\n");
  io.out(`Wrote ${output}: ${countsLine(result.pack)}`);
  return EXIT_OK;
}

function schema(argv: readonly string[], io: Io): number {
  const { options } = parseArgs(argv, ["output"]);
  const dir = options.get("output");
  if (typeof dir !== "string") throw new UsageError("schema needs -o DIR");
  write(`${dir}/content-file.schema.json`, JSON.stringify(contentFileJsonSchema(), null, 2) + "\n");
  write(`${dir}/pack.schema.json`, JSON.stringify(packJsonSchema(), null, 2) + "\n");
  io.out(`Wrote ${dir}/content-file.schema.json and ${dir}/pack.schema.json`);
  return EXIT_OK;
}

/** The listed problems, then how many more were found and not listed. */
function listProblems(result: { problems: Problem[]; unlisted?: number }, io: Io): void {
  for (const p of result.problems) io.err(formatProblem(p));
  if (result.unlisted)
    io.err(`… and ${result.unlisted.toLocaleString("en-GB")} more problems not listed (fix these first)`);
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
