/**
 * A tiny static server for demo/ (no dependencies): the mock record pages to try the extension
 * on, and later the widget's pages. Binds to 127.0.0.1 only. `npm start` runs it after the build;
 * the end-to-end tests import serveDirectory() to serve the same pages on a random port.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
};

export const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const DEMO_DIR = join(ROOT, "demo");

export interface Served {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1:`port` (0: any free port). Paths outside `root` are refused. */
export function serveDirectory(root: string, port = 0, options: ServeOptions = {}): Promise<Served> {
  const server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    const { base, rest } = locate(root, path, options.mounts);
    let file = resolve(join(base, rest));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
      // The demo pages load nothing from elsewhere; say so to the browser too.
      "content-security-policy": "default-src 'self'; style-src 'self'; img-src 'self' data:",
      ...options.headers?.(path),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      ok({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        server,
        // close() waits for every open connection; a browser's spare keep-alive or preconnected
        // socket can hold it for a minute, so end them all once no new ones are taken.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// --- Widget (issue 5): dist/widget served at /widget/, and a page under the strictest CSP. ---

export const WIDGET_DIR = join(ROOT, "dist", "widget");

/** The CSP demo/strict-csp.html is served with: no inline styles or scripts, Trusted Types on. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export interface ServeOptions {
  /** URL prefix → directory, e.g. { "/widget/": WIDGET_DIR }. */
  mounts?: Record<string, string>;
  /** Headers to add or replace for a request path. */
  headers?(path: string): Record<string, string> | undefined;
}

/** What `npm start` serves beside demo/: the built widget, and the strict CSP page's header. */
export const DEMO_OPTIONS: ServeOptions = {
  mounts: { "/widget/": WIDGET_DIR },
  headers: (path) => (path === "/strict-csp.html" ? { "content-security-policy": STRICT_CSP } : undefined),
};

/** The directory and the path inside it that serve a request path. */
function locate(root: string, path: string, mounts: ServeOptions["mounts"] = {}) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (path.startsWith(prefix)) return { base: resolve(dir), rest: path.slice(prefix.length - 1) };
  }
  return { base: resolve(root), rest: path };
}

// --- end of widget additions ---

async function main() {
  const wanted = Number(process.env.PORT ?? 8080);
  const served = await serveDirectory(DEMO_DIR, wanted, DEMO_OPTIONS).catch(() =>
    serveDirectory(DEMO_DIR, 0, DEMO_OPTIONS),
  );
  const chrome = join(ROOT, "dist", "extension", "chrome-mv3");
  const firefox = join(ROOT, "dist", "extension", "firefox-mv2");
  console.log(`
Right Help is built.

Load it in Chrome or Edge:
  1. Open chrome://extensions (edge://extensions) and turn on Developer mode.
  2. Choose "Load unpacked" and pick:
       ${chrome}
  3. Click the Right Help toolbar button (or press Alt+Shift+R) to open the side panel.

Load it in Firefox:
  about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → ${join(firefox, "manifest.json")}

Demo pages (fictional records to try it on):
  ${served.url}/            index
  ${served.url}/ehr.html    mock EHR record with a free-text note
  ${served.url}/intranet.html    <right-help-guide> on an intranet page, in each mode
  ${served.url}/ehr-widget.html  the mock record with the widget beside it
  ${served.url}/strict-csp.html  the widget under a strict CSP with Trusted Types

Press Ctrl-C to stop.`);
  const stop = () => void served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
