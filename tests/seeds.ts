import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, whatever directory the tests run from. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The source guidance: `../shared/seeds` beside the clone (as in CI), or RIGHT_HELP_SEEDS.
 * Content tests compare the pack against these texts, so they must be present.
 */
export const SEEDS_DIR = process.env.RIGHT_HELP_SEEDS ?? resolve(ROOT, "../shared/seeds");

export function readSeed(doc: string): string {
  const file = join(SEEDS_DIR, doc);
  if (!existsSync(file)) throw new Error(`seed ${doc} not found in ${SEEDS_DIR} (set RIGHT_HELP_SEEDS)`);
  return readFileSync(file, "utf8");
}

/**
 * Compare text the way a reader would: ignore case, markup left by the PDF/HTML conversion,
 * bullet characters, line breaks, curly quotes and dash style.
 */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/<[^>]*>/g, " ")
    .replace(/\*\*/g, "")
    .replace(/[•·]/g, " ")
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
