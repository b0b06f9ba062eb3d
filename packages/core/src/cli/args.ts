import { UsageError } from "./io.ts";

export interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
  /** Values of repeatable options, in order (`--indicator a --indicator b`). */
  lists: Map<string, string[]>;
}

/**
 * Parse `--name value`, `--name=value` and `--flag`. `valued` lists options that take a value;
 * any option not in `valued` or `flags` is a usage error naming the valid ones.
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[] = [],
  repeatable: readonly string[] = [],
): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const known = () => [...valued, ...repeatable, ...flags].map((o) => `--${o}`).join(", ") || "none";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, "").split(/=(.*)/s, 2) as [string, string | undefined];
    const name = rawName === "o" ? "output" : rawName;
    if (repeatable.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError(`option --${name} needs a value`);
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option ${arg}; valid options: ${known()}`);
    }
  }
  return { positional, options, lists };
}
