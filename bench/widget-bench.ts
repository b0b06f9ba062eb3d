/**
 * `npm run bench:widget`: the widget's budgets, measured on this machine. A benchmark, not a test.
 *
 * - Size: gzip (level 9) and brotli of each file in dist/widget/ as shipped, and each mode's
 *   total transfer: the script plus the guidance parts that mode loads (plus the matcher, loaded
 *   on a checker's first check, and the pack-src validator, loaded only when a widget has
 *   pack-src). Budget: right-help.js ≤ 40 KB gzip.
 * - Time to first content: Debian's Chromium loads a demo page several times; from the
 *   script's own start mark (and from navigation) to the first shadow content of every widget
 *   on the page (the mode's guidance in place), against the page's own DOMContentLoaded in the
 *   same loads, and against the same code built as one file with the pack inside (as before
 *   the split; RIGHT_HELP_WIDGET_ONE_FILE), loaded in turn with the split one in the same run.
 *   Also from the script's start to its `right-help:first-render` mark (the first widget's
 *   first render: what this benchmark reported before the split, 63–76 ms). Medians.
 *   The last line is one JSON object.
 */
import { chromium } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { MATCHER_FILE, MODE_PARTS, partFile, VALIDATOR_FILE } from "../packages/widget/src/pack-parts.ts";
import { DEMO_DIR, DEMO_OPTIONS, ROOT, serveDirectory, WIDGET_DIR } from "../scripts/serve.ts";

const LOADS = Number(process.env.LOADS ?? 15);
const BUDGET_KB = 40;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const brotli = (text: string | Buffer) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function sizes() {
  if (!existsSync(join(WIDGET_DIR, "right-help.js")))
    execSync("npm run build:widget", { cwd: ROOT, stdio: "inherit" });
  const files: Record<string, { raw: number; gzip: number; brotli: number }> = {};
  const gz: Record<string, number> = {};
  for (const name of readdirSync(WIDGET_DIR)
    .filter((n) => /^right-help/.test(n))
    .sort()) {
    const bytes = readFileSync(join(WIDGET_DIR, name));
    gz[name] = gzip(bytes);
    files[name] = { raw: kb(bytes.length), gzip: kb(gz[name]), brotli: kb(brotli(bytes)) };
  }
  const modes: Record<
    string,
    { files: string; gzip: number; "after a check": number; "with pack-src": number }
  > = {};
  for (const [mode, parts] of Object.entries(MODE_PARTS)) {
    const names = ["right-help.js", ...parts.map(partFile)];
    const total = names.reduce((n, f) => n + gz[f]!, 0);
    modes[mode] = {
      files: names.join(" + "),
      gzip: kb(total),
      // The checker loads the matcher with its first check.
      "after a check": kb(total + (mode === "checker" ? gz[MATCHER_FILE]! : 0)),
      "with pack-src": kb(total + gz[VALIDATOR_FILE]!),
    };
  }
  return { files, modes, scriptGzipKb: files["right-help.js"]!.gzip };
}

/** Waits until every widget on the page shows its mode (not the loading line). */
const READ_MARKS = `(async () => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const ready = () => [...document.querySelectorAll("right-help-guide")].every(
    (el) => el.shadowRoot?.querySelector('[data-rh^="mode-"] *'));
  while (!ready() || mark("right-help:script-start") === undefined) await new Promise((r) => setTimeout(r, 2));
  const content = performance.now();
  const nav = performance.getEntriesByType("navigation")[0];
  return { start: mark("right-help:script-start"), firstRender: mark("right-help:first-render"), content, domReady: nav.domContentLoadedEventEnd };
})()`;

/** The same code as one file with the pack inside (the baseline), built for this run only. */
function buildOneFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "right-help-one-file-"));
  execSync("npx vite build -c packages/widget/vite.config.ts", {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, RIGHT_HELP_WIDGET_ONE_FILE: dir },
  });
  return dir;
}

type Times = { fromScript: number[]; fromNavigation: number[]; firstRender: number[]; domReady: number[] };

async function firstContent(page: string, oneFileDir: string) {
  const dirs = { split: WIDGET_DIR, oneFile: oneFileDir };
  const servers = {
    split: await serveDirectory(DEMO_DIR, 0, DEMO_OPTIONS),
    oneFile: await serveDirectory(DEMO_DIR, 0, { ...DEMO_OPTIONS, mounts: { "/widget/": dirs.oneFile } }),
  };
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  });
  const times: Record<keyof typeof dirs, Times> = {
    split: { fromScript: [], fromNavigation: [], firstRender: [], domReady: [] },
    oneFile: { fromScript: [], fromNavigation: [], firstRender: [], domReady: [] },
  };
  try {
    for (let i = 0; i < LOADS; i++) {
      // In turn, and alternating which goes first, so neither meets a quieter machine.
      for (const which of i % 2 ? (["oneFile", "split"] as const) : (["split", "oneFile"] as const)) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.goto(`${servers[which].url}/${page}`);
        // A string, not a function: tsx would wrap a function's helpers in names the page lacks.
        const t = (await tab.evaluate(READ_MARKS)) as {
          start: number;
          firstRender: number;
          content: number;
          domReady: number;
        };
        times[which].fromScript.push(t.content - t.start);
        times[which].fromNavigation.push(t.content);
        times[which].firstRender.push(t.firstRender - t.start);
        times[which].domReady.push(t.domReady);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await servers.split.close();
    await servers.oneFile.close();
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const m = (which: keyof typeof dirs, k: keyof Times) => round(median(times[which][k]));
  return {
    page,
    loads: LOADS,
    medianScriptStartToContentMs: m("split", "fromScript"),
    medianNavigationToContentMs: m("split", "fromNavigation"),
    medianScriptStartToFirstRenderMarkMs: m("split", "firstRender"),
    medianDomContentLoadedMs: m("split", "domReady"),
    ratioToDomContentLoaded: round(median(times.split.fromNavigation) / median(times.split.domReady)),
    oneFile: {
      medianScriptStartToContentMs: m("oneFile", "fromScript"),
      medianNavigationToContentMs: m("oneFile", "fromNavigation"),
      medianScriptStartToFirstRenderMarkMs: m("oneFile", "firstRender"),
    },
    ratioToOneFile: {
      fromNavigation: round2(median(times.split.fromNavigation) / median(times.oneFile.fromNavigation)),
      fromScriptStart: round2(median(times.split.fromScript) / median(times.oneFile.fromScript)),
    },
  };
}

const size = sizes();
console.log("Files in dist/widget (KB = 1024 bytes):");
console.table(size.files);
console.log("Each mode's total transfer (gzip KB): the script and the guidance parts it loads:");
console.table(size.modes);
console.log(
  `right-help.js: ${size.scriptGzipKb} KB gzip, budget ${BUDGET_KB} KB: ${size.scriptGzipKb <= BUDGET_KB ? "within" : "OVER"}.`,
);
const oneFileDir = buildOneFile();
let renders: Awaited<ReturnType<typeof firstContent>>[];
try {
  renders = [
    await firstContent("intranet.html", oneFileDir),
    await firstContent("ehr-widget.html", oneFileDir),
  ];
} finally {
  rmSync(oneFileDir, { recursive: true, force: true });
}
console.log(
  `Time to first content (${LOADS} loads each, in turn with the one-file baseline; Chromium, this machine, medians, ms):`,
);
console.table(
  Object.fromEntries(
    renders.flatMap((r) => [
      [
        `${r.page} split`,
        {
          "script → content": r.medianScriptStartToContentMs,
          "navigation → content": r.medianNavigationToContentMs,
          "script → first-render mark": r.medianScriptStartToFirstRenderMarkMs,
          DOMContentLoaded: r.medianDomContentLoadedMs,
        },
      ],
      [
        `${r.page} one file`,
        {
          "script → content": r.oneFile.medianScriptStartToContentMs,
          "navigation → content": r.oneFile.medianNavigationToContentMs,
          "script → first-render mark": r.oneFile.medianScriptStartToFirstRenderMarkMs,
          DOMContentLoaded: "",
        },
      ],
      [
        `${r.page} split / one file`,
        {
          "script → content": r.ratioToOneFile.fromScriptStart,
          "navigation → content": r.ratioToOneFile.fromNavigation,
          "script → first-render mark": "",
          DOMContentLoaded: "",
        },
      ],
    ]),
  ),
);
console.log(JSON.stringify({ size, renders }));
