/**
 * The widget script holds no guidance (issue 11): each mode loads its own parts from modules
 * beside the script, the pack-src validator only when pack-src is set, the matcher only on a
 * checker's first check; under the strict CSP.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WIDGET_DIR } from "../../scripts/serve.ts";
import { servePage, widgetServerForSpec } from "./widget-server.ts";

const server = widgetServerForSpec();

const page = (body: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Siblings</title>
<script src="right-help.js"></script></head>
<body><main><h1>Siblings</h1>${body}</main></body></html>`;

/** The widget files the page asked for, by name. */
function widgetRequests(p: Page): string[] {
  const seen: string[] = [];
  p.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop()!;
    if (name.startsWith("right-help")) seen.push(name);
  });
  return seen;
}

test("right-help.js is at most 40 KB gzip", () => {
  const size = gzipSync(readFileSync(join(WIDGET_DIR, "right-help.js")), { level: 9 }).length;
  expect(size).toBeLessThanOrEqual(40 * 1024);
});

test("each mode loads only its own parts; the matcher comes with the first check", async ({ page: p }) => {
  const site = await servePage({
    "contacts.html": page('<right-help-guide area="blackpool" mode="contacts"></right-help-guide>'),
    "levels.html": page('<right-help-guide mode="levels"></right-help-guide>'),
    "checker.html": page('<right-help-guide area="blackpool" mode="checker"></right-help-guide>'),
  });
  try {
    const seen = widgetRequests(p);
    const visit = async (name: string, ready: string) => {
      seen.length = 0;
      await p.goto(`${site.url}/${name}`);
      await expect(p.locator("right-help-guide").locator(ready).first()).toBeVisible();
      return [...seen].sort();
    };
    expect(await visit("contacts.html", '[data-rh="contacts"]')).toEqual([
      "right-help-data-areas.mjs",
      "right-help-data-base.mjs",
      "right-help.js",
    ]);
    expect(await visit("levels.html", '[part="level"]')).toEqual([
      "right-help-data-areas.mjs",
      "right-help-data-base.mjs",
      "right-help-data-levels.mjs",
      "right-help.js",
    ]);
    expect(await visit("checker.html", '[data-rh="checker"]')).toEqual([
      "right-help-data-areas.mjs",
      "right-help-data-base.mjs",
      "right-help-data-indicators.mjs",
      "right-help-data-levels.mjs",
      "right-help.js",
    ]);
    // The matcher comes with the first check, and only then.
    const checker = p.locator("right-help-guide");
    await checker
      .getByLabel("Paste text to check")
      .fill("Mum smelt strongly of alcohol at the school gates.");
    await checker.getByRole("button", { name: "Check pasted text" }).click();
    await expect(checker.getByText(/Checked the pasted text/)).toBeVisible();
    expect(seen).toContain("right-help-matcher.mjs");
  } finally {
    await site.cleanup();
  }
});

test("pack-src loads the validator too (the strict-CSP demo page, the fixtures' pack)", async ({
  page: p,
}) => {
  const seen = widgetRequests(p);
  const violations: string[] = [];
  p.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  // Ready when the widget shows its danger line (no wait for every sub-resource to load).
  await p.goto(`${server().url}/strict-csp.html`, { waitUntil: "domcontentloaded" });
  await expect(p.locator("right-help-guide").first().locator('[data-rh="immediate-danger"]')).toBeVisible();
  const guide = p.locator("right-help-guide").first();
  await guide.evaluate((el) => el.setAttribute("pack-src", "/fixtures/custom.json"));
  await expect(guide.locator('[part="footer"]')).toContainText("9.9.9");
  expect(seen).toContain("right-help-pack-src.mjs");
  expect(violations.filter((v) => /Content Security Policy|Trusted Type/i.test(v))).toEqual([]);
});

test("a script moved without its siblings still says 999 and why the guidance is missing", async ({
  page: p,
}) => {
  const site = await servePage({
    "moved.html": page('<right-help-guide area="lancashire" mode="contacts"></right-help-guide>'),
  });
  try {
    // As a host would after copying right-help.js alone.
    await p.route(/right-help-data-/, (route) => route.fulfill({ status: 404, body: "" }));
    await p.goto(`${site.url}/moved.html`);
    const guide = p.locator("right-help-guide");
    await expect(guide.locator('[data-rh="immediate-danger"]')).toContainText("call 999");
    await expect(guide.getByRole("alert")).toContainText("right-help-data-*.mjs");
    const results = await new AxeBuilder({ page: p })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await site.cleanup();
  }
});

test("a matcher that cannot be loaded says so and keeps the pasted text", async ({ page: p }) => {
  const site = await servePage({
    "checker.html": page('<right-help-guide area="lancashire" mode="checker"></right-help-guide>'),
  });
  try {
    await p.route(/right-help-matcher\.mjs/, (route) => route.fulfill({ status: 404, body: "" }));
    await p.goto(`${site.url}/checker.html`);
    const checker = p.locator("right-help-guide");
    const box = checker.getByLabel("Paste text to check");
    await box.fill("Mum smelt strongly of alcohol.");
    await checker.getByRole("button", { name: "Check pasted text" }).click();
    await expect(checker.getByText("The checker could not be loaded")).toBeVisible();
    await expect(box).toHaveValue("Mum smelt strongly of alcohol.");
  } finally {
    await site.cleanup();
  }
});
