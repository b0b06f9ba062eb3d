import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const EXTENSION_DIR = join(ROOT, "dist", "extension", "chrome-mv3");
export const FIREFOX_DIR = join(ROOT, "dist", "extension", "firefox-mv2");
export const SCREENSHOTS = join(ROOT, "docs", "screenshots");
