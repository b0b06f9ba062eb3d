import { MAX_TEXT_LENGTH, TextTooLongError } from "../match/match.ts";
import { FileReadError, readRegularFile } from "../pack/read-regular-file.ts";
import { UsageError } from "./io.ts";

/** Bytes read at most for a note: the character cap in UTF-8's widest case. */
export const MAX_NOTE_BYTES = MAX_TEXT_LENGTH * 4;

/**
 * A note from --text-file: a regular file only, never more than the byte cap (a 2 GB file is
 * refused unread; /dev/zero and FIFOs at once).
 */
export function readNoteFile(file: string): string {
  try {
    return readRegularFile(file, MAX_NOTE_BYTES);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    if (e.tooLarge) throw new TextTooLongError(MAX_NOTE_BYTES + 1);
    if (/no such file/.test(e.reason)) throw new UsageError(`cannot read --text-file ${file}: no such file`);
    throw new FileReadError(
      file,
      `${e.reason}; give a text file with --text-file, or pipe the text on stdin`,
    );
  }
}

/**
 * Standard input as a stream: a shell pipe may be non-blocking, and a synchronous read of it
 * fails with EAGAIN after the first 64 KB. Stops (and says so) past the byte cap.
 */
export async function readStdin(input: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (input.isTTY) throw new UsageError("give the text with --text-file F or pipe it on stdin");
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > MAX_NOTE_BYTES) {
      input.destroy();
      throw new TextTooLongError(total);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}
