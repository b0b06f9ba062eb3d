/**
 * `npm run release`: the packages the stores accept, in dist/release/, named with the version in
 * package.json —
 *   right-help-<version>-chrome.zip   Chrome Web Store (and Edge Add-ons)
 *   right-help-<version>-firefox.zip  addons.mozilla.org
 *   right-help-<version>-sources.zip  the source code addons.mozilla.org asks for (bundled code)
 *   SHA256SUMS                        `sha256sum -c SHA256SUMS` checks them
 * WXT's `zip` builds and zips each browser (the Firefox run also zips the sources, see `zip` in
 * wxt.config.ts). Mozilla's linter must find no errors in the Firefox build before it is kept.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BIN = join(ROOT, "node_modules", ".bin");
// Built apart from dist/extension (see outDir in wxt.config.ts): no Chrome key in the store zip.
const BUILT = join(ROOT, "dist", "store");
export const RELEASE_DIR = join(ROOT, "dist", "release");

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };

/** The files a release writes, by what they are for. */
export function releaseFiles(version = pkg.version) {
  const name = `${pkg.name}-${version}`;
  return {
    chrome: `${name}-chrome.zip`,
    firefox: `${name}-firefox.zip`,
    sources: `${name}-sources.zip`,
  };
}

function run(command: string, args: string[]): string {
  return execFileSync(join(BIN, command), args, {
    cwd: ROOT,
    env: { ...process.env, RIGHT_HELP_STORE_ZIP: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

function main(): void {
  if (!/^\d+\.\d+\.\d+$/.test(pkg.version))
    throw new Error(`package.json version "${pkg.version}" is not the x.y.z both stores accept`);
  const files = releaseFiles();
  rmSync(RELEASE_DIR, { recursive: true, force: true });
  mkdirSync(RELEASE_DIR, { recursive: true });
  for (const file of Object.values(files)) rmSync(join(BUILT, file), { force: true });

  console.log(`Right Help ${pkg.version}: building and zipping for Chrome…`);
  run("wxt", ["zip"]);
  console.log("… and for Firefox, with the sources");
  run("wxt", ["zip", "-b", "firefox"]);

  let lint: { summary: { errors: number } };
  try {
    lint = JSON.parse(
      run("web-ext", ["lint", "--source-dir", join(BUILT, "firefox-mv2"), "--output", "json"]),
    );
  } catch (error) {
    const out = (error as { stdout?: string }).stdout;
    lint = out ? JSON.parse(out) : { summary: { errors: -1 } };
  }
  if (lint.summary.errors !== 0)
    throw new Error(`web-ext lint found errors in the Firefox build: run npm run lint:firefox`);

  const sums: string[] = [];
  for (const file of Object.values(files)) {
    const from = join(BUILT, file);
    if (!existsSync(from)) throw new Error(`WXT did not write ${file}`);
    const to = join(RELEASE_DIR, file);
    renameSync(from, to);
    sums.push(`${createHash("sha256").update(readFileSync(to)).digest("hex")}  ${file}`);
  }
  writeFileSync(join(RELEASE_DIR, "SHA256SUMS"), `${sums.join("\n")}\n`);
  console.log(`\nWrote ${RELEASE_DIR}:\n${sums.map((s) => `  ${s}`).join("\n")}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
