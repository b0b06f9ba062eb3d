// C0 and C1 controls (except tab and line feed), DEL, and bidi controls: echoed raw, an
// argument or a note could recolour, clear or reorder the terminal (`--area $'\e[2J'`).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A line as it may be written to a terminal: unsafe characters shown as \uXXXX escapes. */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
