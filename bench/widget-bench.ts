/**
 * `npm run bench:widget`: the widget's budgets, measured on this machine. A benchmark, not a test.
 *
 * - Size: gzip (level 9) and brotli of dist/widget/right-help.js as shipped, and of variant
 *   builds made in memory to show where the bytes go: without the built-in pack, and without
 *   the pack-src validator (yaml + zod). Nothing is cut from what ships.
 * - Time to first render: Debian's Chromium loads a demo page several times; the script's own
 *   User Timing marks give the time from the script starting to the first shadow content, and
 *   from navigation start. Medians are printed. The last line is one JSON object.
 */
import { chromium } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build, type InlineConfig, type LibraryOptions, type Plugin } from "vite";
import widgetConfig from "../packages/widget/vite.config.ts";
import { DEMO_DIR, DEMO_OPTIONS, ROOT, serveDirectory, WIDGET_DIR } from "../scripts/serve.ts";

const LOADS = Number(process.env.LOADS ?? 15);
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const brotli = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Replaces a module for a variant build (runs before the real plugins). */
function stub(name: string, matches: (id: string) => boolean, code: string): Plugin {
  const virtual = `\0stub:${name}`;
  return {
    name: `stub-${name}`,
    enforce: "pre",
    resolveId: (id) => (matches(id) ? virtual : undefined),
    load: (id) => (id === virtual ? code : undefined),
  };
}

/** The classic script of a build made in memory, with `extra` plugins first. */
async function iifeOf(extra: Plugin[]): Promise<string> {
  const config = widgetConfig as InlineConfig;
  const output = await build({
    ...config,
    configFile: false,
    logLevel: "silent",
    plugins: [...extra, ...(config.plugins ?? [])],
    build: {
      ...config.build,
      write: false,
      lib: { ...(config.build!.lib as LibraryOptions), formats: ["iife"] },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const o of outputs) {
    if (!("output" in o)) continue;
    for (const chunk of o.output) if (chunk.type === "chunk") return chunk.code;
  }
  throw new Error("no chunk built");
}

async function sizes() {
  if (!existsSync(join(WIDGET_DIR, "right-help.js")))
    execSync("npm run build:widget", { cwd: ROOT, stdio: "inherit" });
  const shipped = readFileSync(join(WIDGET_DIR, "right-help.js"));
  const mjs = readFileSync(join(WIDGET_DIR, "right-help.mjs"));
  const css = readFileSync(join(WIDGET_DIR, "right-help.css"));
  execSync("npx right-help build-pack content -o dist/pack/right-help-pack.json", {
    cwd: ROOT,
    stdio: "ignore",
  });
  const packJson = readFileSync(join(ROOT, "dist/pack/right-help-pack.json"));

  const packStub = stub("pack", (id) => id === "virtual:right-help-pack", "export default JSON.parse('{}');");
  const validatorStub = stub(
    "pack-source",
    (id) => id.endsWith("/pack-source.ts") || id === "./pack-source.ts",
    `export const PACK_LIMITS = {};
       export const isJsonType = () => false;
       export const clearPackCache = () => {};
       export const fetchPack = async (src) => ({ ok: false, url: src, reason: "stub", details: [] });
       export const loadPack = fetchPack;`,
  );
  const noPack = await iifeOf([packStub]);
  const noValidator = await iifeOf([validatorStub]);
  const neither = await iifeOf([packStub, validatorStub]);
  return {
    "right-help.js": { raw: kb(shipped.length), gzip: kb(gzip(shipped)), brotli: kb(brotli(shipped)) },
    "right-help.mjs": { raw: kb(mjs.length), gzip: kb(gzip(mjs)), brotli: kb(brotli(mjs)) },
    "right-help.css": { raw: kb(css.length), gzip: kb(gzip(css)) },
    "pack as JSON": { raw: kb(packJson.length), gzip: kb(gzip(packJson)), brotli: kb(brotli(packJson)) },
    "script without the built-in pack": {
      raw: kb(noPack.length),
      gzip: kb(gzip(noPack)),
      brotli: kb(brotli(noPack)),
    },
    "script without the pack-src validator": {
      raw: kb(noValidator.length),
      gzip: kb(gzip(noValidator)),
      brotli: kb(brotli(noValidator)),
    },
    "script without either": {
      raw: kb(neither.length),
      gzip: kb(gzip(neither)),
      brotli: kb(brotli(neither)),
    },
  };
}

/** Waits for the first render mark and checks that the shadow root has content. */
const READ_MARKS = `(async () => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
  while (mark("right-help:first-render") === undefined) await new Promise((r) => setTimeout(r, 10));
  const shadow = document.querySelector("right-help-guide")?.shadowRoot;
  if (!shadow?.querySelector('[data-rh="immediate-danger"]')) throw new Error("no shadow content");
  return { start: mark("right-help:script-start"), render: mark("right-help:first-render") };
})()`;

async function firstRender(page: string) {
  const served = await serveDirectory(DEMO_DIR, 0, DEMO_OPTIONS);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  const fromScript: number[] = [];
  const fromNavigation: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${served.url}/${page}`);
      // A string, not a function: tsx would wrap a function's helpers in names the page lacks.
      const t = (await tab.evaluate(READ_MARKS)) as { start: number; render: number };
      fromScript.push(t.render - t.start);
      fromNavigation.push(t.render);
      await context.close();
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    page,
    loads: LOADS,
    medianScriptStartToFirstRenderMs: round(median(fromScript)),
    medianNavigationToFirstRenderMs: round(median(fromNavigation)),
    minScriptStartToFirstRenderMs: round(Math.min(...fromScript)),
    maxScriptStartToFirstRenderMs: round(Math.max(...fromScript)),
  };
}

const size = await sizes();
console.log("Sizes (KB = 1024 bytes):");
console.table(size);
const renders = [await firstRender("intranet.html"), await firstRender("ehr-widget.html")];
console.log(`Time to first render (${LOADS} loads each, Chromium, this machine):`);
console.table(renders);
console.log(JSON.stringify({ size, renders }));
