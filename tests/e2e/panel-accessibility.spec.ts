/**
 * The side panel beyond axe's WCAG rules (issue 14): focus never drops to <body>, Clear all can be
 * undone, every change is announced in a live region, a restored Level 4 draft does not interrupt,
 * the Level 4 alert fits 400 × 600 with a visible Close, and forced colours keep every signal.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { join } from "node:path";
import { expect, test } from "./fixtures.ts";
import { SCREENSHOTS } from "./paths.ts";
import { saveBeside } from "./screenshots.ts";

const summary = (panel: Page) => panel.locator('[data-rh="level-summary"]');
const section = (panel: Page, name: string) =>
  panel.getByRole("navigation", { name: "Panel sections" }).getByRole("button", { name, exact: true });
const BRUISE = "l4-unexplained-injuries-bruising-non-mobile-babies";
const NOTE =
  "Mum smelt of alcohol. Poor home conditions: empty fridge. Bruise to the left cheek, not yet crawling. Mum denies using drugs.";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** What has focus: never <body> after an action. */
const focusedText = (panel: Page) =>
  panel.evaluate(() => {
    const el = document.activeElement!;
    return el === document.body ? "<body>" : (el.textContent ?? "").trim().slice(0, 80);
  });

async function checkPasted(panel: Page, text = NOTE) {
  await panel.getByLabel("Paste text to check").fill(text);
  await panel.getByRole("button", { name: "Check pasted text" }).click();
}

/** Counts the nodes put into a live region from now on (what a screen reader announces). */
async function watchLiveRegion(panel: Page, selector: string) {
  await panel.evaluate((selector) => {
    const w = window as unknown as { added: Record<string, number> };
    w.added ??= {};
    w.added[selector] = 0;
    new MutationObserver((records) => {
      for (const r of records) w.added[selector]! += r.addedNodes.length;
    }).observe(document.querySelector(selector)!, { childList: true, subtree: true, characterData: true });
  }, selector);
  return () =>
    panel.evaluate(
      (selector) => (window as unknown as { added: Record<string, number> }).added[selector]!,
      selector,
    );
}

test("focus moves to the next sensible place: results, Level heading, contacts heading, selection", async ({
  panel,
}) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await checkPasted(panel);
  // Results first: focus on the summary, highest level first.
  const results = panel.locator('[data-rh="results-summary"]');
  await expect(results).toBeFocused();
  await expect(results).toHaveText(/possible indicators: 1 at Level 4, /);

  await panel
    .locator('[data-rh="suggestion"][data-indicator="l3-care-at-home-not-good-enough"] input')
    .check();
  await panel.locator('[data-rh="suggestion"][data-indicator="l3-neglect"] input').check();
  // Unticking under "Your selection": the next item takes focus, then the heading.
  const selection = panel.locator('[data-rh="selected"]');
  await selection.locator("input").first().click();
  await expect(selection.locator("input")).toHaveCount(1);
  await expect(selection.locator("input").first()).toBeFocused();
  await selection.locator("input").first().click();
  await expect.poll(() => focusedText(panel)).toBe("Your selection (0)");
  await panel.locator('[data-rh="suggestion"][data-indicator="l3-neglect"] input').check();

  await panel.getByRole("button", { name: "See the level prompt" }).click();
  await expect(panel.getByRole("heading", { level: 2, name: "Level" })).toBeFocused();

  await section(panel, "Contacts").click();
  await panel.locator('[data-rh="all-contacts"] > summary').click();
  await panel.getByRole("button", { name: "Show contacts for every level" }).click();
  await expect(panel.getByRole("heading", { name: "All contacts for Blackpool" })).toBeFocused();
  await expect(panel.locator('[data-rh="contacts-status"]')).toHaveText(
    /^Showing all \d+ contacts for Blackpool, most urgent first\.$/,
  );
  await expectNoAxeViolations(panel);
});

test("Clear all → announced, with Undo that restores exactly what was cleared (and keeps it saved)", async ({
  panel,
}) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel.getByLabel("District").selectOption("preston");
  await panel.getByLabel("Child's age", { exact: true }).selectOption("7");
  await checkPasted(panel, "Poor home conditions: empty fridge. School say she often comes in hungry.");
  await panel
    .locator('[data-rh="suggestion"][data-indicator="l3-care-at-home-not-good-enough"] input')
    .check();
  await panel.locator('[data-rh="suggestion"][data-indicator="l3-neglect"] input').check();
  const snapshot = () =>
    panel.evaluate(() => ({
      selects: [...document.querySelectorAll("select")].map((s) => s.value),
      ticked: [...document.querySelectorAll<HTMLInputElement>("input[type=checkbox]")].map((b) => b.checked),
      paste: document.querySelector("textarea")!.value,
      suggestions: document.querySelector('[data-rh="suggestions"]')?.textContent ?? null,
      summary: document.querySelector('[data-rh="level-summary"]')!.textContent,
    }));
  const before = await snapshot();
  const announced = await watchLiveRegion(panel, '[data-rh="draft-status"]');

  await panel.getByRole("button", { name: "Clear all", exact: true }).click();
  const status = panel.locator('[data-rh="draft-status"]');
  await expect(status).toHaveText(
    "Cleared 2 selected items, the area, the age and the checked text: nothing is saved. Undo, after the Clear all button, brings them back.",
  );
  expect(await announced()).toBeGreaterThan(0);
  await expect(summary(panel)).toContainText("No level prompted yet");
  await expect(panel.getByRole("button", { name: "Clear all", exact: true })).toBeFocused();
  await expectNoAxeViolations(panel); // the Undo offer

  await panel.keyboard.press("Tab");
  await expect(panel.getByRole("button", { name: "Undo Clear all" })).toBeFocused();
  await panel.keyboard.press("Enter");
  await expect(status).toHaveText("Restored 2 selected items, the area, the age and the checked text.");
  expect(await snapshot()).toEqual(before);
  await expect(panel.getByRole("button", { name: "Clear all", exact: true })).toBeFocused();

  await panel.waitForTimeout(600); // saved again 250 ms after the change
  await panel.reload();
  await expect(summary(panel)).toHaveText("Prompted level: Level 3, Family Help (2 items selected).");
  await expect(panel.getByLabel("District")).toHaveValue("preston");
});

test("clearing only the area and age is announced, and the same text checked twice is announced twice", async ({
  panel,
}) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await panel.getByLabel("Child's age", { exact: true }).selectOption("7");
  await panel.getByRole("button", { name: "Clear all", exact: true }).click();
  await expect(panel.locator('[data-rh="draft-status"]')).toHaveText(
    /^Cleared the area and the age: nothing is saved\./,
  );

  const announced = await watchLiveRegion(panel, '[data-rh="check-status"]');
  await checkPasted(panel, "Mum smelt of alcohol.");
  await expect(panel.locator('[data-rh="check-status"]')).toContainText("Checked the pasted text");
  const first = await announced();
  expect(first).toBeGreaterThan(0);
  await checkPasted(panel, "Mum smelt of alcohol.");
  await expect.poll(announced).toBeGreaterThan(first);
});

test("a restored Level 4 draft shows the alert's content in place, not the dialog (axe: no violations)", async ({
  panel,
}) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await checkPasted(panel);
  await panel.locator(`[data-rh="suggestion"][data-indicator="${BRUISE}"] input`).check();
  await expect(panel.getByRole("alertdialog")).toBeVisible();
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel.locator(`[data-rh="suggestion"][data-indicator="${BRUISE}"] input`)).toBeFocused();
  await panel.waitForTimeout(600);

  await panel.reload();
  await expect(summary(panel)).toContainText("Level 4");
  await expect(panel.getByRole("alertdialog")).toHaveCount(0);
  const inPlace = panel.getByRole("region", { name: "Level 4: act now" });
  await expect(inPlace).toBeVisible();
  await expect(inPlace.locator('a[href="tel:999"]')).toBeVisible();
  await expectNoAxeViolations(panel);
  await inPlace.getByRole("button", { name: "Show the full Level 4 prompt" }).click();
  await expect(panel.getByRole("heading", { level: 2, name: "Level" })).toBeFocused();
});

test("the Level 4 alert fits a 400 × 600 panel: whom to call with tel: links and a visible Close", async ({
  panel,
}) => {
  await panel.setViewportSize({ width: 400, height: 600 });
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel.getByLabel("District").selectOption("preston");
  await checkPasted(panel);
  await panel.locator(`[data-rh="suggestion"][data-indicator="${BRUISE}"] input`).check();
  const dialog = panel.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  for (const name of ["Close", "Show the full Level 4 prompt"]) {
    const box = (await dialog.getByRole("button", { name }).boundingBox())!;
    expect(box.y + box.height, `${name} is below the fold`).toBeLessThanOrEqual(600);
  }
  const dialogBox = (await dialog.boundingBox())!;
  expect(dialogBox.y + dialogBox.height).toBeLessThanOrEqual(600);
  const tels = await dialog
    .locator('a[href^="tel:"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(tels[0]).toBe("tel:999");
  expect(tels.length).toBeGreaterThan(1);
  await panel.screenshot({ path: join(SCREENSHOTS, "panel-400x600-level-4-alert.png") });
  await dialog.getByRole("button", { name: "Show the full Level 4 prompt" }).click();
  await expect(panel.getByRole("heading", { level: 2, name: "Level" })).toBeFocused();
});

test("forced colours: the current section, the danger line and focus on a checked box keep their signal", async ({
  panel,
}) => {
  await panel.emulateMedia({ forcedColors: "active" });
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await checkPasted(panel, "Poor home conditions.");
  const current = section(panel, "Check");
  const other = section(panel, "Level");
  const border = (el: typeof current) => el.evaluate((e) => parseFloat(getComputedStyle(e).borderTopWidth));
  expect(await border(current)).toBeGreaterThan(await border(other));
  const danger = await panel.locator('[data-rh="immediate-danger"]').evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].map(parseFloat);
  });
  for (const width of danger) expect(width).toBeGreaterThanOrEqual(3);

  const box = panel.locator('[data-rh="suggestion"][data-indicator="l3-care-at-home-not-good-enough"] input');
  await box.focus();
  await panel.keyboard.press("Space"); // focus-visible, from the keyboard
  await expect(box).toBeChecked();
  const ring = await box.evaluate((e) => {
    const s = getComputedStyle(e);
    return { style: s.outlineStyle, offset: parseFloat(s.outlineOffset), width: parseFloat(s.outlineWidth) };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.offset, "the ring stands off the check's fill").toBeGreaterThanOrEqual(2);
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: join(SCREENSHOTS, "panel-forced-colours.png") });
  await expectNoAxeViolations(panel);
});

test("the options page asks before clearing all data; Cancel keeps it, focus never drops", async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await options.getByRole("button", { name: "Clear all data" }).click();
  await expect(options.locator('[data-rh="confirm-clear"] p')).toBeFocused();
  await expectNoAxeViolations(options);
  await options.getByRole("button", { name: "Cancel" }).click();
  await expect(options.getByRole("button", { name: "Clear all data" })).toBeFocused();
  await options.reload();
  await expect(options.getByLabel("Child's area", { exact: true })).toHaveValue("blackpool");

  await options.getByRole("button", { name: "Clear all data" }).click();
  await options.getByRole("button", { name: "Yes, clear all data" }).click();
  await expect(options.getByRole("status")).toContainText("Cleared");
  await expect(options.getByRole("button", { name: "Clear all data" })).toBeFocused();
  await expect(options.getByLabel("Child's area", { exact: true })).toHaveValue("");
});

test("screenshot: the contacts that matter now, out of hours (a Sunday afternoon, Preston, Level 4)", async ({
  panel,
  context,
  demo,
}) => {
  // As the health visitor in issue 11: a 4-month-old in Preston, on a Sunday afternoon.
  await panel.clock.setFixedTime(new Date("2026-11-29T15:00:00Z"));
  await panel.reload();
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel.getByLabel("District").selectOption("preston");
  await panel.getByLabel("Child's age", { exact: true }).selectOption("4m");
  await checkPasted(panel);
  await panel.locator(`[data-rh="suggestion"][data-indicator="${BRUISE}"] input`).check();
  await panel.getByRole("button", { name: "Close" }).click();
  await section(panel, "Contacts").click();
  const now = panel.locator('[data-rh="contacts-now"] [data-contact]');
  await expect(now.first()).toHaveAttribute("data-contact", "lancs-emergency");
  await expect(now.nth(1)).toHaveAttribute("data-contact", "lancs-edt");
  expect(await now.count()).toBeLessThanOrEqual(6);
  // The header, the alert and the contacts agree: the out-of-hours team after 999.
  await expect(panel.locator('[data-rh="immediate-danger"] a').nth(1)).toHaveAttribute(
    "href",
    "tel:+443001236722",
  );
  await expectNoAxeViolations(panel);
  const ehr = await context.newPage();
  await ehr.goto(`${demo.url}/ehr.html`);
  await saveBeside(ehr, panel, "ehr-with-panel-contacts-out-of-hours.png", '[data-rh="contacts"]');
});
