import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** A file Right Help will not read: not a regular file, too large, or unreadable. */
export class FileReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly tooLarge = false,
  ) {
    super(`${file} ${reason}`);
    this.name = "FileReadError";
  }
}

/**
 * Node-only: read a regular file as UTF-8, never more than `maxBytes`. Opened non-blocking, so
 * a FIFO with no writer is refused at once instead of hanging; devices (/dev/zero), sockets
 * and directories are refused by what fstat says, and the byte cap holds whatever the reported
 * size (/proc files say 0).
 */
export function readRegularFile(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new FileReadError(file, `cannot be read: ${plainCode(e)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileReadError(file, `is not a regular file (${kindOf(stat)})`);
    if (stat.size > maxBytes) throw new FileReadError(file, "is too large", true);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileReadError(file, "is too large", true);
    }
    return Buffer.concat(chunks, total).toString("utf8");
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, `cannot be read: ${plainCode(e)}`);
  } finally {
    closeSync(fd);
  }
}

export function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO or pipe";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a file";
}

const CODES: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "too many symbolic links",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the name is too long",
  EIO: "input/output error",
};

/** An fs error in a few words: Node's own messages repeat the whole (maybe very long) path. */
export function plainCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? (CODES[code] ?? code) : "unknown error";
}
