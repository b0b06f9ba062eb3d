/**
 * Builds the extension before the browser tests, unless dist/extension is newer than every
 * source file that goes into it.
 */
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { EXTENSION_DIR, ROOT } from "./paths.ts";

const SOURCES = [
  "entrypoints",
  "extension",
  "packages/ui/src",
  "packages/core/src",
  "packages/store/src",
  "content",
  "public",
  "wxt.config.ts",
  "package.json",
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function globalSetup(): void {
  const built = join(EXTENSION_DIR, "manifest.json");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (builtAt > changedAt && !process.env.RIGHT_HELP_REBUILD) return;
  execSync("npm run build:extension", { cwd: ROOT, stdio: "inherit" });
}
