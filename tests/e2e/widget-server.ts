/**
 * What the widget's browser tests serve: demo/ with the built widget at /widget/ (as `npm start`
 * does), plus /fixtures/ with content packs good and bad and a page that loads the script twice.
 * The widget is built first unless dist/widget is newer than everything that goes into it.
 */
import { test } from "@playwright/test";
import { execSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEMO_DIR,
  DEMO_OPTIONS,
  serveDirectory,
  STRICT_CSP,
  WIDGET_DIR,
  type Served,
} from "../../scripts/serve.ts";
import { ROOT } from "./paths.ts";

/** The version of /fixtures/custom.json, a valid pack that is not the built-in one. */
export const CUSTOM_VERSION = "9.9.9";

const SOURCES = ["packages/widget", "packages/ui/src", "packages/core/src", "content", "package.json"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Marks the build as this test run's (workers share the runner as parent process). */
const RUN_MARK = join(WIDGET_DIR, ".built-for-run");

/**
 * Builds the widget at most once per test run: a worker that restarts after a failure must not
 * rebuild (and empty dist/widget) because a source changed meanwhile.
 */
export function buildWidgetIfStale(): void {
  const run = String(process.ppid);
  if (existsSync(RUN_MARK) && readFileSync(RUN_MARK, "utf8") === run) return;
  const built = join(WIDGET_DIR, "right-help.js");
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (builtAt <= changedAt || process.env.RIGHT_HELP_REBUILD) {
    execSync("npm run build:widget", { cwd: ROOT, stdio: "inherit" });
  }
  writeFileSync(RUN_MARK, run);
}

export interface WidgetServer extends Served {
  /** The pack served at /fixtures/pack.json (built from content/, as the script's built-in one). */
  packJson: string;
  /** Stops the server and removes the fixtures. */
  cleanup(): Promise<void>;
}

/** Builds the fixtures directory: copies of the built pack, broken ones, and test pages. */
function writeFixtures(dir: string): string {
  mkdirSync(dir, { recursive: true });
  // The pack built from content/, as the script's built-in one is.
  execSync(`npx right-help build-pack content -o ${JSON.stringify(join(dir, "pack.json"))}`, {
    cwd: ROOT,
    stdio: "ignore",
  });
  const packJson = readFileSync(join(dir, "pack.json"), "utf8");
  const pack = JSON.parse(packJson) as { levels: unknown[]; areas: { frontDoor: string }[] };
  // Same pack with another version number, so a test can tell it from the built-in one.
  writeFileSync(join(dir, "custom.json"), JSON.stringify({ ...pack, version: CUSTOM_VERSION }));
  writeFileSync(join(dir, "broken.json"), packJson.slice(0, packJson.length / 2));
  writeFileSync(
    join(dir, "invalid.json"),
    JSON.stringify({ ...pack, levels: [], areas: pack.areas.map((a) => ({ ...a, frontDoor: "nobody" })) }),
  );
  writeFileSync(join(dir, "pack.txt"), packJson);
  writeFileSync(join(dir, "big.json"), `${" ".repeat(2.5 * 1024 * 1024)}${packJson}`);
  writeFileSync(
    join(dir, "double.html"),
    `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Loaded twice</title>
    <link rel="icon" href="/favicon.svg" />
    <script src="/widget/right-help.js"></script>
    <script src="/widget/right-help.js"></script>
    <script type="module" src="/widget/right-help.mjs"></script>
  </head>
  <body>
    <main>
      <h1>The script loaded three times</h1>
      <right-help-guide area="blackpool"></right-help-guide>
    </main>
    <script src="/widget/right-help.js"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, "module.html"),
    `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>ES module only</title>
    <link rel="icon" href="/favicon.svg" />
    <script type="module" src="/widget/right-help.mjs"></script>
  </head>
  <body>
    <main>
      <h1>The ES module build</h1>
      <right-help-guide area="lancashire" district="burnley" mode="contacts"></right-help-guide>
    </main>
  </body>
</html>
`,
  );
  return packJson;
}

export async function startWidgetServer(): Promise<WidgetServer> {
  buildWidgetIfStale();
  const fixtures = mkdtempSync(join(tmpdir(), "right-help-widget-"));
  const packJson = writeFixtures(fixtures);
  const served = await serveDirectory(DEMO_DIR, 0, {
    mounts: { ...DEMO_OPTIONS.mounts, "/fixtures/": fixtures },
    // Fixture pages get the strictest policy too.
    headers: (path) =>
      path.startsWith("/fixtures/") && path.endsWith(".html")
        ? { "content-security-policy": STRICT_CSP }
        : DEMO_OPTIONS.headers?.(path),
  });
  return {
    ...served,
    packJson,
    cleanup: async () => {
      await served.close();
      rmSync(fixtures, { recursive: true, force: true });
    },
  };
}

/** Serves a directory holding `files` and a copy of the built widget, as a page's own server would. */
export async function servePage(
  files: Record<string, string>,
): Promise<Served & { cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "right-help-page-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // The script and its siblings (the guidance in parts, the pack-src validator, the stylesheet):
  // a host that moves the script moves these with it.
  for (const name of readdirSync(WIDGET_DIR).filter((n) => /^right-help[\w.-]*\.(js|mjs|css)$/.test(n)))
    copyFileSync(join(WIDGET_DIR, name), join(dir, name));
  const served = await serveDirectory(dir, 0);
  return {
    ...served,
    cleanup: async () => {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What each widget spec file sets up: Debian's Chromium on a closed network, and one widget
 * server for the file. Returns the server (there once the file's first test runs).
 */
export function widgetServerForSpec(): () => WidgetServer {
  test.use({
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
    },
  });
  let server: WidgetServer | undefined;
  test.beforeAll(async () => {
    server = await startWidgetServer();
  });
  test.afterAll(async () => {
    await server?.cleanup();
  });
  return () => server!;
}
