/**
 * `npm run release` for real: the three zips and their checksums in dist/release/, what each zip
 * holds, and that the sources zip alone rebuilds the Firefox add-on file for file (what an
 * addons.mozilla.org reviewer does with it).
 */
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "../e2e/paths.ts";
import { RELEASE_DIR, releaseFiles } from "../../scripts/release.ts";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const files = releaseFiles(pkg.version);

const open = (file: string) => JSZip.loadAsync(readFileSync(join(RELEASE_DIR, file)));
const names = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
const manifestOf = async (zip: JSZip) => JSON.parse(await zip.file("manifest.json")!.async("string"));

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  execFileSync("npm", ["run", "release"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    timeout: 240_000,
  });
});

test("npm run release writes the Chrome, Firefox and sources zips named with the version, and their SHA-256", () => {
  expect(readdirSync(RELEASE_DIR).sort()).toEqual(
    ["SHA256SUMS", files.chrome, files.firefox, files.sources].sort(),
  );
  expect(files).toEqual({
    chrome: `right-help-${pkg.version}-chrome.zip`,
    firefox: `right-help-${pkg.version}-firefox.zip`,
    sources: `right-help-${pkg.version}-sources.zip`,
  });
  const sums = readFileSync(join(RELEASE_DIR, "SHA256SUMS"), "utf8").trim().split("\n");
  expect(sums).toHaveLength(3);
  for (const line of sums) {
    const [hash, file] = line.split("  ");
    const actual = createHash("sha256")
      .update(readFileSync(join(RELEASE_DIR, file!)))
      .digest("hex");
    expect(hash, file).toBe(actual);
  }
});

test("the store zips hold the built extensions at the release version, manifest at the root", async () => {
  const chrome = await open(files.chrome);
  const chromeManifest = await manifestOf(chrome);
  expect(chromeManifest.manifest_version).toBe(3);
  expect(chromeManifest.version).toBe(pkg.version);
  expect(chromeManifest.side_panel).toEqual({ default_path: "sidepanel.html" });
  // The Chrome Web Store refuses a manifest with a key; managed policy still works by its schema.
  expect(chromeManifest.key).toBeUndefined();
  expect(chromeManifest.storage).toEqual({ managed_schema: "managed-schema.json" });
  expect(names(chrome)).toContain("managed-schema.json");
  expect(names(chrome)).toEqual(expect.arrayContaining(["background.js", "sidepanel.html", "options.html"]));

  const firefox = await open(files.firefox);
  const firefoxManifest = await manifestOf(firefox);
  expect(firefoxManifest.manifest_version).toBe(2);
  expect(firefoxManifest.version).toBe(pkg.version);
  expect(firefoxManifest.browser_specific_settings.gecko.id).toBe("right-help@right-help");
  expect(names(firefox)).toEqual(expect.arrayContaining(["background.js", "sidepanel.html", "options.html"]));

  for (const zip of [chrome, firefox])
    expect(names(zip).filter((n) => /\.(map|pem|key|ts|tsx)$/.test(n) || n.startsWith("."))).toEqual([]);
});

test("the sources zip holds what the add-on is built from, and nothing private or generated", async () => {
  const listed = names(await open(files.sources));
  expect(listed).toEqual(
    expect.arrayContaining([
      "package.json",
      "package-lock.json",
      "wxt.config.ts",
      "tsconfig.json",
      "README.md",
      "entrypoints/background.ts",
      "packages/core/src/pack/vite-plugin.ts",
    ]),
  );
  expect(listed.some((n) => n.startsWith("content/"))).toBe(true);
  const unwanted = listed.filter(
    (n) =>
      /(^|\/)(node_modules|dist|tests|test-results|\.wxt|\.git)\//.test(n) ||
      /\.(pem|key|zip)$/.test(n) ||
      n.split("/").some((part) => part.startsWith(".")),
  );
  expect(unwanted).toEqual([]);
});

test("the sources zip alone rebuilds the Firefox add-on, file for file", async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "right-help-sources-"));
  try {
    const sources = await open(files.sources);
    for (const file of Object.values(sources.files).filter((f) => !f.dir)) {
      mkdirSync(dirname(join(dir, file.name)), { recursive: true });
      writeFileSync(join(dir, file.name), await file.async("nodebuffer"));
    }
    // Instead of `npm ci` (a minute of downloads): this checkout's installed packages, except the
    // workspace packages, which must come from the unzipped sources.
    mkdirSync(join(dir, "node_modules", "@right-help"), { recursive: true });
    for (const entry of readdirSync(join(ROOT, "node_modules")))
      if (entry !== "@right-help" && entry !== ".bin")
        symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
    for (const workspace of readdirSync(join(dir, "packages")))
      symlinkSync(join(dir, "packages", workspace), join(dir, "node_modules", "@right-help", workspace));

    execFileSync(join(ROOT, "node_modules", ".bin", "wxt"), ["build", "-b", "firefox"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 150_000,
    });
    const rebuilt = join(dir, "dist", "extension", "firefox-mv2");
    const shipped = await open(files.firefox);
    const rebuiltNames = readdirSync(rebuilt, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(rebuilt.length + 1))
      .sort();
    expect(rebuiltNames).toEqual(names(shipped));
    for (const name of rebuiltNames) {
      const ours = readFileSync(join(rebuilt, name));
      const theirs = await shipped.file(name)!.async("nodebuffer");
      expect(ours.equals(theirs), `${name} differs when rebuilt from the sources`).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
