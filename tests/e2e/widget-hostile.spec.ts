/**
 * Issue 10 in Debian's Chromium: attribute churn (one request, the replaced ones aborted),
 * pack-src redirects, hidden characters in a pack's text, and a widget moved into an iframe
 * and back. A small server of its own answers slowly, redirects, and serves a second origin.
 */
import { expect, test, type Page } from "@playwright/test";
import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { WIDGET_DIR } from "../../scripts/serve.ts";
import { buildWidgetIfStale } from "./widget-server.ts";
import { ROOT } from "./paths.ts";

test.use({
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
  },
});

interface Site {
  url: string;
  server: Server;
  /** Paths requested, in order. */
  requests: string[];
  /** Paths whose request the browser dropped before the answer (aborted). */
  aborted: string[];
}

function listen(handler: (req: IncomingMessage, res: ServerResponse, site: Site) => void): Promise<Site> {
  return new Promise((ok) => {
    const site = { requests: [], aborted: [] } as unknown as Site;
    site.server = createServer((req, res) => {
      site.requests.push(req.url ?? "");
      handler(req, res, site);
    });
    site.server.listen(0, "127.0.0.1", () => {
      const address = site.server.address();
      site.url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
      ok(site);
    });
  });
}

let site: Site;
let other: Site;
let packJson: string;

const html = (body: string) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Hostile input</title>
    <script src="/right-help.js"></script>
  </head>
  <body>
    <main>
      <h1>Hostile input</h1>
      ${body}
    </main>
  </body>
</html>
`;

test.beforeAll(async () => {
  buildWidgetIfStale();
  const dir = mkdtempSync(join(tmpdir(), "right-help-hostile-"));
  execSync(`npx right-help build-pack content -o ${JSON.stringify(join(dir, "pack.json"))}`, {
    cwd: ROOT,
    stdio: "ignore",
  });
  packJson = readFileSync(join(dir, "pack.json"), "utf8");
  const pack = JSON.parse(packJson) as Record<string, unknown>;
  const hostile = JSON.stringify({
    ...pack,
    title: "\u202eHostile\u200b test\ufeff pack\u2028",
    version: "7.7.7",
  });
  // Another origin (another port), allowing CORS: only our own check can refuse its pack.
  other = await listen((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
    res.end(packJson);
  });
  site = await listen((req, res, s) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const csp = `default-src 'self'; style-src 'self'; connect-src 'self' ${other.url}`;
    const send = (type: string, body: string) => {
      res.writeHead(200, {
        "content-type": type,
        "cache-control": "no-store",
        "content-security-policy": csp,
      });
      res.end(body);
    };
    if (path === "/")
      return send("text/html", html('<right-help-guide area="blackpool"></right-help-guide>'));
    if (path === "/frame.html") return send("text/html", html("<p>An iframe</p>"));
    // The script and the sibling files it loads (its guidance in parts, the pack-src validator,
    // the stylesheet).
    if (/^\/right-help[\w.-]*\.(js|mjs|css)$/.test(path) && existsSync(join(WIDGET_DIR, path.slice(1))))
      return send(
        path.endsWith("css") ? "text/css" : "text/javascript",
        readFileSync(join(WIDGET_DIR, path.slice(1)), "utf8"),
      );
    if (path === "/pack.json") return send("application/json", packJson);
    if (path === "/hostile.json") return send("application/json", hostile);
    if (path === "/redirect-same") {
      res.writeHead(302, { location: "/pack.json" }).end();
      return;
    }
    if (path === "/redirect-other") {
      res.writeHead(302, { location: `${other.url}/pack.json` }).end();
      return;
    }
    if (path.startsWith("/slow/")) {
      // Never answers: the browser either waits or drops the request.
      req.on("close", () => {
        if (!res.writableEnded) s.aborted.push(path);
      });
      return;
    }
    res.writeHead(404).end();
  });
});

test.afterAll(async () => {
  for (const s of [site, other]) if (s) s.server.closeAllConnections();
  await Promise.all([site, other].filter(Boolean).map((s) => new Promise((r) => s.server.close(r))));
});

const footer = (p: Page) => p.locator("right-help-guide").first().locator('[part="footer"]');
const slow = () => site.requests.filter((r) => /^\/slow\/\d+\.json$/.test(r));

test("1,000 × 4 attribute changes in a row: one render, one request, the page never stalls", async ({
  page,
}) => {
  await page.goto(`${site.url}/`);
  await expect(footer(page)).toBeVisible();
  const ms = await page.evaluate(async () => {
    const el = document.querySelector("right-help-guide")!;
    const started = performance.now();
    for (let i = 0; i < 1000; i++) {
      el.setAttribute("pack-src", `/slow/${i}.json`);
      el.setAttribute("area", i % 2 ? "lancashire" : "blackpool");
      el.setAttribute("mode", i % 2 ? "levels" : "contacts");
      el.setAttribute("heading-level", String((i % 6) + 1));
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - started;
  });
  await expect.poll(() => slow()).toEqual(["/slow/999.json"]);
  expect(ms).toBeLessThan(1500); // before: 5.4 s for the changes, 23 s for pack-src alone
  await expect(page.locator("right-help-guide [data-rh='widget']")).toHaveAttribute("data-mode", "levels");
});

test("a pack-src replaced before it answers is aborted; the last one is shown", async ({ page }) => {
  site.aborted.length = 0;
  await page.goto(`${site.url}/`);
  const set = (src: string) =>
    page.evaluate((s) => document.querySelector("right-help-guide")!.setAttribute("pack-src", s), src);
  // Each one is dropped as soon as the next replaces it (not when its 10 s timeout ends).
  const abortedSoon = (path: string) =>
    expect.poll(() => site.aborted.includes(path), { timeout: 2000 }).toBe(true);
  for (let i = 0; i < 5; i++) {
    await set(`/slow/replaced-${i}.json`);
    await expect.poll(() => site.requests.includes(`/slow/replaced-${i}.json`)).toBe(true);
    if (i > 0) await abortedSoon(`/slow/replaced-${i - 1}.json`);
  }
  await set("/pack.json");
  await abortedSoon("/slow/replaced-4.json");
  await expect(footer(page)).toContainText(`loaded from ${site.url}/pack.json`);
});

test("pack-src redirects: to another origin refused, within the site followed and named", async ({
  page,
}) => {
  await page.goto(`${site.url}/`);
  const widget = page.locator("right-help-guide");
  const set = (src: string) =>
    page.evaluate((s) => document.querySelector("right-help-guide")!.setAttribute("pack-src", s), src);
  await set("/redirect-other");
  await expect(widget.locator('[data-rh="pack-notice"]')).toContainText(
    /redirected it to another site \(http:\/\/127\.0\.0\.1:\d+\), which the widget does not follow/,
  );
  await expect(footer(page)).not.toContainText("loaded from");
  await set("/redirect-same");
  await expect(footer(page)).toContainText(`loaded from ${site.url}/pack.json`);
});

test("a pack's hidden and bidi characters are removed before they are shown", async ({ page }) => {
  await page.goto(`${site.url}/`);
  await page.evaluate(() =>
    document.querySelector("right-help-guide")!.setAttribute("pack-src", "/hostile.json"),
  );
  await expect(footer(page)).toContainText("version 7.7.7");
  const text = await footer(page).evaluate((el) => el.textContent ?? "");
  expect(text).toContain("From Hostile test pack: content pack version 7.7.7");
  expect(text).not.toMatch(/[\u202e\u200b\ufeff\u2028]/);
});

test("moved into an iframe and back, the widget keeps its styles", async ({ page }) => {
  await page.goto(`${site.url}/`);
  await page.evaluate(async () => {
    const frame = document.createElement("iframe");
    frame.src = "/frame.html";
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener("load", r, { once: true }));
  });
  const danger = () =>
    page.evaluate(() => {
      const el =
        [...document.querySelectorAll("right-help-guide")][0] ??
        document.querySelector("iframe")!.contentDocument!.querySelector("right-help-guide")!;
      const line = el.shadowRoot!.querySelector('[data-rh="immediate-danger"]')!;
      return getComputedStyle(line).backgroundColor;
    });
  expect(await danger()).toBe("rgb(163, 29, 16)");
  await page.evaluate(() => {
    const doc = document.querySelector("iframe")!.contentDocument!;
    doc.body.append(doc.adoptNode(document.querySelector("right-help-guide")!));
  });
  expect(await danger()).toBe("rgb(163, 29, 16)");
  await page.evaluate(() => {
    const el = document.querySelector("iframe")!.contentDocument!.querySelector("right-help-guide")!;
    document.querySelector("main")!.append(document.adoptNode(el));
  });
  expect(await danger()).toBe("rgb(163, 29, 16)");
});
