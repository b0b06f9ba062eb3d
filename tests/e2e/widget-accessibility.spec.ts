/**
 * <right-help-guide> beyond axe's WCAG rules (issue 14): three widgets on one page add no
 * duplicate landmarks, heading-level keeps the nesting past h6, results take focus, forced colours.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { join } from "node:path";
import { SCREENSHOTS } from "./paths.ts";
import { widgetServerForSpec } from "./widget-server.ts";

const server = widgetServerForSpec();

async function openIntranet(page: Page) {
  await page.goto(`${server().url}/intranet.html`);
  await expect(page.locator("#checker").locator('[data-rh="checker"]')).toBeVisible();
  await expect(page.locator("#levels").locator('[part="level"]')).toHaveCount(4);
}

/** Every heading in a widget's shadow root, in order, as [level, text]. */
function headings(page: Page, selector: string): Promise<[number, string][]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    return [...root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading"]')].map((h) => [
      h.getAttribute("aria-level") ? Number(h.getAttribute("aria-level")) : Number(h.tagName[1]),
      (h.textContent ?? "").trim().slice(0, 40),
    ]);
  }, selector) as Promise<[number, string][]>;
}

test("three widgets on one page: axe best-practice finds no landmark rule violations", async ({ page }) => {
  await openIntranet(page);
  expect(await page.locator("right-help-guide").count()).toBe(3);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const landmarkRules = results.violations
    .filter((v) => v.id.startsWith("landmark") || v.id === "region")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(landmarkRules).toEqual([]);
  // No widget holds a page-level landmark of its own.
  const inside = await page.evaluate(() =>
    [...document.querySelectorAll("right-help-guide")].map(
      (el) =>
        el.shadowRoot!.querySelectorAll(
          'footer, header, main, nav, aside, section[aria-label], section[aria-labelledby], [role="region"], [role="contentinfo"]',
        ).length,
    ),
  );
  expect(inside).toEqual([0, 0, 0]);
});

for (const start of [4, 5]) {
  test(`heading-level=${start}: the widget's headings nest in order past h6 (role=heading, aria-level)`, async ({
    page,
  }) => {
    await openIntranet(page);
    for (const id of ["levels", "checker"])
      await page.evaluate(
        ([id, level]) => document.getElementById(id)!.setAttribute("heading-level", level),
        [id, String(start)] as const,
      );
    // The checker's deepest parts: the level prompt with reasons, and the contacts.
    const checker = page.locator("#checker");
    await checker
      .getByLabel("Paste text to check")
      .fill("Bruise to the cheek of a 4 month old baby, not yet crawling.");
    await checker.getByRole("button", { name: "Check pasted text" }).click();
    await checker.locator('[data-rh="suggestion"] input').first().check();
    const dialog = checker.getByRole("alertdialog");
    if (await dialog.count()) await dialog.getByRole("button", { name: "Close" }).click();

    for (const id of ["#levels", "#checker"]) {
      const found = await headings(page, id);
      expect(found[0]![0], `${id} title`).toBe(start);
      expect(
        found.filter(([l]) => l === start),
        `${id}: one title`,
      ).toHaveLength(1);
      for (let i = 1; i < found.length; i++)
        expect(
          found[i]![0] - found[i - 1]![0],
          `${id}: ${found[i]![1]} after ${found[i - 1]![1]}`,
        ).toBeLessThanOrEqual(1);
      // Below h6 the levels go on, not collapse.
      expect(Math.max(...found.map(([l]) => l)), id).toBeGreaterThan(6);
    }
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test("checker: focus goes to the results summary after a check, highest level first", async ({ page }) => {
  await openIntranet(page);
  const checker = page.locator("#checker");
  await checker
    .getByLabel("Paste text to check")
    .fill(
      "Mum smelt of alcohol. Poor home conditions. Bruise to the cheek of a 4 month old, not yet crawling.",
    );
  await checker.getByRole("button", { name: "Check pasted text" }).click();
  const summary = checker.locator('[data-rh="results-summary"]');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText(/^\d+ possible indicators: 1 at Level 4, /);
  const levels = await checker
    .locator('[data-rh="suggestions"] > ul:not([data-rh="negated"]) [data-rh="suggestion"]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-level"))));
  expect(levels).toEqual([...levels].sort((a, b) => b - a));
});

test("forced colours: the danger line keeps a frame and the current focus a system-colour ring", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await openIntranet(page);
  const danger = page.locator("#contacts").locator('[data-rh="immediate-danger"]');
  const borders = await danger.evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth];
  });
  for (const width of borders) expect(parseFloat(width)).toBeGreaterThanOrEqual(3);
  await page
    .locator("#contacts")
    .screenshot({ path: join(SCREENSHOTS, "widget-forced-colours-contacts.png") });
});
