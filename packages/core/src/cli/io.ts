/** Where a command writes: stdout and stderr in the CLI, arrays in tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** A wrong command line: exit 2 with a message saying what is valid. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
