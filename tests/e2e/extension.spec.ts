/**
 * The built Chrome extension in a real browser: the side panel page, the background service
 * worker, the demo record pages. Test names say what each one really exercises.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXTENSION_DIR, FIREFOX_DIR } from "./paths.ts";
import { EHR_NOTE_START, expect, handOverSelection, panelTab, pressToolbarButton, test } from "./fixtures.ts";
import { saveBeside } from "./screenshots.ts";

const suggestionBoxes = (panel: Page) => panel.locator('[data-rh="suggestion"] input[type="checkbox"]');
const indicator = (panel: Page, id: string) =>
  panel.locator(`[data-rh="suggestion"][data-indicator="${id}"] input`);
/** A contact in the full list, behind "All contacts for <area>". */
const all = (panel: Page, id: string) => panel.locator(`[data-rh="all-contacts"] [data-contact="${id}"]`);
const summary = (panel: Page) => panel.locator('[data-rh="level-summary"]');
const section = (panel: Page, name: string) =>
  panel.getByRole("navigation", { name: "Panel sections" }).getByRole("button", { name, exact: true });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found).toEqual([]);
}

async function noHorizontalScroll(page: Page) {
  const sizes = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(sizes.scroll, "page scrolls sideways").toBeLessThanOrEqual(sizes.client);
}

async function openEhr(page: Page, demoUrl: string) {
  await page.goto(`${demoUrl}/ehr.html`);
  await expect(page.getByText("FICTIONAL RECORD")).toBeVisible();
}

test("the manifests ask for exactly the permissions needed: no host permissions, no content scripts", async ({
  panel,
}) => {
  const chromeManifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  expect(chromeManifest.permissions).toEqual([
    "sidePanel",
    "contextMenus",
    "activeTab",
    "scripting",
    "storage",
  ]);
  expect(chromeManifest.host_permissions).toBeUndefined();
  expect(chromeManifest.optional_permissions).toBeUndefined();
  expect(chromeManifest.content_scripts).toBeUndefined();
  expect(chromeManifest.web_accessible_resources).toBeUndefined();
  expect(chromeManifest.externally_connectable).toBeUndefined();
  expect(chromeManifest.content_security_policy).toBeUndefined(); // MV3's default: no eval, no remote code
  expect(chromeManifest.side_panel).toEqual({ default_path: "sidepanel.html" });
  expect(chromeManifest.commands._execute_action.suggested_key.default).toBe("Alt+Shift+R");
  // The manifest the browser actually loaded is the same.
  const loaded = await panel.evaluate(() => chrome.runtime.getManifest());
  expect(loaded.permissions).toEqual(chromeManifest.permissions);

  const firefox = JSON.parse(readFileSync(join(FIREFOX_DIR, "manifest.json"), "utf8"));
  expect(firefox.permissions).toEqual(["contextMenus", "activeTab", "scripting", "storage"]);
  expect(firefox.sidebar_action.default_panel).toBe("sidepanel.html");
  expect(firefox.commands._execute_sidebar_action).toBeDefined();
  expect(firefox.content_scripts).toBeUndefined();

  // No code is built from strings anywhere in what ships.
  for (const dir of [EXTENSION_DIR, FIREFOX_DIR])
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".js"),
    )) {
      const code = readFileSync(join(dir, file), "utf8");
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
    }
});

test("the context-menu item exists and the toolbar button opens the side panel", async ({
  context,
  background,
  extensionId,
  cdp,
  demo,
}) => {
  // contextMenus has no "list": updating an item that does not exist fails. (It is created when the
  // extension is installed, a moment after the browser starts.)
  await expect
    .poll(() =>
      background.evaluate(() =>
        chrome.contextMenus.update("right-help-check-selection", {}).then(() => "exists", String),
      ),
    )
    .toBe("exists");
  const ehr = await context.newPage();
  await openEhr(ehr, demo.url);
  await pressToolbarButton(cdp, extensionId, ehr);
  // No test opened sidepanel.html here: the page that appears is the side panel itself.
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send("Target.getTargets");
      return targetInfos.some((t) => t.type === "page" && t.url.endsWith("/sidepanel.html"));
    })
    .toBe(true);
});

test("selection from the context menu → suggestions (none ticked) → confirm → level → copy note", async ({
  context,
  panel,
  background,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const note = readFileSync(join(import.meta.dirname, "../../demo/ehr.html"), "utf8");
  expect(note).toContain(EHR_NOTE_START);
  await handOverSelection(
    background,
    "Mum presented as tired and smelt of alcohol. Poor home conditions: empty fridge. School say she often comes in hungry. Mum denies using drugs.",
    (await panelTab(panel)).windowId,
  );
  await expect(panel.locator('[data-rh="check-status"]')).toContainText("Checked the text you selected");
  // The hand-over is deleted as it is read.
  expect(await background.evaluate(() => chrome.storage.session.get(null))).toEqual({});

  const boxes = suggestionBoxes(panel);
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await expect(box).not.toBeChecked();
  await expect(summary(panel)).toContainText("No level prompted yet");

  await indicator(panel, "l3-care-at-home-not-good-enough").check();
  await indicator(panel, "l3-neglect").check();
  await expect(summary(panel)).toHaveText("Prompted level: Level 3, Family Help (2 items selected).");

  await section(panel, "Level").click();
  await expect(panel.getByRole("heading", { name: "Prompted level: Level 3, Family Help" })).toBeVisible();
  await expect(panel.locator('[data-rh="reasons"] .rh-cite').first()).toHaveText(/^Source: .+, .+/);
  await panel.getByRole("button", { name: "Copy record note" }).click();
  await expect(panel.locator('[data-rh="copied"]')).toBeVisible();
  const copied = await panel.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Prompted level: Level 3, Family Help");
  expect(copied).toBe(await panel.locator('[data-rh="note"]').textContent());
  for (const quote of ["smelt of alcohol", "empty fridge", "comes in hungry", "denies"])
    expect(copied).not.toContain(quote);
});

test("Scan this page reads the mock EHR after the toolbar button grants activeTab (executeScript from the panel)", async ({
  context,
  panel,
  extensionId,
  cdp,
  demo,
}) => {
  // The panel runs in a tab here, beside the record in the same window: its "active tab in this
  // window" is the record once the record is in front.
  const ehr = await context.newPage();
  await openEhr(ehr, demo.url);
  expect((await panelTab(panel)).windowId).toBeDefined();
  await pressToolbarButton(cdp, extensionId, ehr);
  await ehr.bringToFront();

  await panel.getByRole("button", { name: "Scan this page" }).click();
  await expect(panel.locator('[data-rh="check-status"]')).toContainText("Checked this page");
  const found = await panel
    .locator('[data-rh="suggestion"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-indicator")));
  expect(found.length).toBeGreaterThan(4);
  expect(found).toEqual(
    expect.arrayContaining([
      "l4-unexplained-injuries-bruising-non-mobile-babies",
      "l3-care-at-home-not-good-enough",
    ]),
  );
  for (const box of await suggestionBoxes(panel).all()) await expect(box).not.toBeChecked();
  await expect(panel.locator('[data-rh="evidence"]').first()).toBeVisible();
  await saveBeside(ehr, panel, "ehr-with-panel-suggestions.png", '[data-rh="suggestions"]');
});

test("a page Right Help may not read (chrome://) → says so, offers the paste box with focus", async ({
  context,
  panel,
}) => {
  const browserPage = await context.newPage();
  await browserPage.goto("chrome://version");
  await browserPage.bringToFront();
  await panel.getByRole("button", { name: "Scan this page" }).click();
  const status = panel.locator('[data-rh="check-status"]');
  await expect(status).toContainText("Right Help could not read this page");
  await expect(status).toContainText("Paste the text into the box below instead.");
  await expect(panel.getByLabel("Paste the text here instead")).toBeFocused();
  await expect(panel.getByText("No indicators were found")).toHaveCount(0);
});

test("a web page opened without the toolbar button (no activeTab) → no permission, paste offered", async ({
  context,
  panel,
  demo,
}) => {
  const ehr = await context.newPage();
  await openEhr(ehr, demo.url);
  await ehr.bringToFront();
  await panel.getByRole("button", { name: "Scan this page" }).click();
  await expect(panel.locator('[data-rh="check-status"]')).toContainText("it has no permission for this tab");
  await expect(panel.getByLabel("Paste the text here instead")).toBeFocused();
  await expect(panel.locator('[data-rh="suggestions"]')).toHaveCount(0);
});

test("paste flow: text found, and nothing found is never 'no concern'", async ({ panel }) => {
  const box = panel.getByLabel("Paste text to check");
  await box.fill("Poor home conditions on the visit last month.");
  await panel.getByRole("button", { name: "Check pasted text" }).click();
  await expect(indicator(panel, "l3-care-at-home-not-good-enough")).not.toBeChecked();
  await box.fill("The weather was fine and the garden is tidy.");
  await panel.getByRole("button", { name: "Check pasted text" }).click();
  await expect(panel.locator('[data-rh="no-suggestions"]')).toContainText(
    "No indicators were found in this text. This is not a finding that there is no concern.",
  );
});

test("area and district change the danger line and the contacts", async ({ panel }) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  // The front door is on the line in and out of office hours (out of hours after the EDT).
  await expect(panel.locator('[data-rh="immediate-danger"] a[href="tel:+443001236720"]')).toHaveCount(1);
  await section(panel, "Contacts").click();
  await expect(panel.getByRole("heading", { name: "Contacts for Lancashire County" })).toBeVisible();
  const contacts = panel.locator('[data-rh="contact"]');
  await expect(contacts.first()).toHaveAttribute("data-contact", "lancs-emergency");
  await expect(all(panel, "lancs-cse-east")).toHaveCount(1);

  await panel.getByLabel("District").selectOption("lancaster");
  await expect(
    panel.getByRole("heading", { name: "Contacts for Lancashire County (Lancaster)" }),
  ).toBeVisible();
  await expect(all(panel, "lancs-cse-north")).toHaveCount(1);
  await expect(all(panel, "lancs-cse-east")).toHaveCount(0);

  await panel.getByLabel("District").selectOption("pendle");
  await expect(all(panel, "lancs-cse-east")).toHaveCount(1);
  await expect(all(panel, "lancs-cse-north")).toHaveCount(0);

  await panel.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await expect(panel.getByLabel("District")).toHaveCount(0);
  await expect(panel.locator('[data-rh="immediate-danger"] a').nth(1)).toHaveAttribute(
    "href",
    "tel:+441253477299",
  );
  await expect(all(panel, "bpool-request-for-support-hub")).toHaveCount(1);
  await expect(panel.locator('[data-rh="coverage"]')).toContainText(
    "no out-of-hours or emergency duty number for Blackpool",
  );
  await expect(panel.getByText(/Office hours: The guidance does not define office hours/)).toBeVisible();
});

test("drafts (ids, area, age) survive a panel reload; Clear all clears them", async ({ panel }) => {
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel.getByLabel("District").selectOption("preston");
  await panel.getByLabel("Child's age", { exact: true }).selectOption("7");
  // Ticked in the indicator browser (this test is about keeping ids, not about matching).
  await panel.getByText("Browse and search all indicators").click();
  const browser = panel.locator('[data-rh="indicator-browser"]');
  await browser.locator('[data-indicator="l3-care-at-home-not-good-enough"] input').check();
  await browser.locator('[data-indicator="l3-neglect"] input').check();
  await expect(summary(panel)).toContainText("Level 3");
  await panel.waitForTimeout(600); // the draft is saved 250 ms after the last change

  await panel.reload();
  await expect(summary(panel)).toHaveText("Prompted level: Level 3, Family Help (2 items selected).");
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue("lancashire");
  await expect(panel.getByLabel("District")).toHaveValue("preston");
  await expect(panel.getByLabel("Child's age", { exact: true })).toHaveValue("7");
  await expect(panel.locator('[data-rh="draft-status"]')).toContainText("Restored your draft");
  // The text itself was never kept: only the ids came back.
  await expect(panel.locator('[data-rh="suggestions"]')).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: "Your selection (2)" })).toBeVisible();

  await panel.getByRole("button", { name: "Clear all" }).click();
  await expect(panel.locator('[data-rh="draft-status"]')).toContainText("Cleared");
  await panel.reload();
  await expect(summary(panel)).toContainText("No level prompted yet");
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue("");
  await expect(panel.getByRole("heading", { name: "Your selection (0)" })).toBeVisible();
});

test("the options page sets the default area and clears all data", async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expectNoAxeViolations(options);
  await options.getByLabel("Child's area", { exact: true }).selectOption("blackburn-with-darwen");
  await expect(options.getByRole("status")).toContainText(
    "Saved: new checks start with Blackburn with Darwen",
  );
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue("blackburn-with-darwen");

  await options.getByRole("button", { name: "Clear all data" }).click();
  await options.getByRole("button", { name: "Yes, clear all data" }).click();
  await expect(options.getByRole("status")).toContainText("Cleared");
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue(""); // the open panel was told
  await panel.reload();
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue("");
});

test("forged, misdirected and oversized messages get no answer; the panel's own request does", async ({
  context,
  panel,
  extensionId,
  demo,
}) => {
  const { id: tabId } = await panelTab(panel);
  const ask = (page: Page, message: unknown) =>
    page.evaluate(
      (message) =>
        chrome.runtime.sendMessage(message).then(
          (reply: unknown) => ({ reply: reply ?? null }),
          (error: Error) => ({ error: error.message }),
        ),
      message,
    );
  // The control: a well-formed request from the panel is answered.
  // (It asks to read the panel's own tab, which no extension may script: a refusal, but an answer.)
  expect(await ask(panel, { type: "right-help/scan", tabId })).toMatchObject({ reply: { ok: false } });
  // Wrong shape, extra fields, oversized: ignored.
  for (const forged of [
    { type: "right-help/scan", tabId: String(tabId) },
    { type: "right-help/scan", tabId, code: "document.cookie" },
    { type: "right-help/scan", tabId, padding: "x".repeat(100_000) },
    { type: "right-help/run", tabId },
  ])
    expect(await ask(panel, forged)).not.toHaveProperty("reply.ok");
  // The right shape from the wrong page (the options page) is ignored too.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await ask(options, { type: "right-help/scan", tabId })).not.toHaveProperty("reply.ok");
  // Web pages cannot reach the extension at all (no externally_connectable).
  const web = await context.newPage();
  await openEhr(web, demo.url);
  expect(
    await web.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime),
  ).toBe("undefined");
});

test("keyboard only: Tab, Enter, Space and Escape reach and operate everything, focus always visible", async ({
  panel,
}) => {
  const focused = () =>
    panel.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
        id: el.id,
        rh: el.closest("[data-rh]")?.getAttribute("data-rh") ?? "",
        visible:
          (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) ||
          style.boxShadow !== "none",
      };
    });
  /** Presses Tab until `want` matches, checking every stop on the way shows where focus is. */
  async function tabTo(want: (f: Awaited<ReturnType<typeof focused>>) => boolean, key = "Tab") {
    for (let i = 0; i < 400; i++) {
      await panel.keyboard.press(key);
      const f = await focused();
      expect(f.visible, `focus not visible on ${f.tag} "${f.text}"`).toBe(true);
      if (want(f)) return f;
    }
    throw new Error("never reached");
  }

  await tabTo((f) => f.tag === "a" && f.text === "999");
  const area = await tabTo((f) => f.tag === "select");
  expect(area.id).toBeTruthy();
  await panel.keyboard.type("Lanc");
  await expect(panel.getByLabel("Child's area", { exact: true })).toHaveValue("lancashire");
  await tabTo((f) => f.tag === "button" && f.text === "Scan this page");
  await tabTo((f) => f.tag === "textarea");
  await panel.keyboard.insertText(
    "Poor home conditions and an empty fridge. Bruise to the left cheek, not yet crawling.",
  );
  await tabTo((f) => f.text === "Check pasted text");
  await panel.keyboard.press("Enter");
  await expect(suggestionBoxes(panel).first()).toBeVisible();

  // Results first: the summary has focus, and the highest level comes first (the Level 4 bruise).
  await expect(panel.locator('[data-rh="results-summary"]')).toBeFocused();
  const bruise = panel.locator(
    '[data-rh="suggestion"][data-indicator="l4-unexplained-injuries-bruising-non-mobile-babies"] input',
  );
  await tabTo((f) => f.tag === "input" && f.rh === "suggestion");
  await expect(bruise).toBeFocused();

  // Level 4: the interruption takes focus; Escape closes it and focus comes back.
  await panel.keyboard.press("Space");
  await expect(bruise).toBeChecked();
  const dialog = panel.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await panel.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(bruise).toBeFocused();

  // A closed <details> opens with Enter.
  const browse = await tabTo((f) => f.tag === "summary" && f.text.startsWith("Browse"));
  expect(browse.text).toContain("Browse and search all indicators");
  await panel.keyboard.press("Enter");
  await expect(panel.getByLabel("Search indicators")).toBeVisible();

  // Back up to the section buttons and operate them with Enter and Space.
  await tabTo((f) => f.tag === "button" && f.text === "Level", "Shift+Tab");
  await panel.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: /^Prompted level: Level 4/ })).toBeVisible();
  await tabTo((f) => f.text === "Copy record note");
  await panel.keyboard.press("Enter");
  await expect(panel.locator('[data-rh="copy-note"] [role="status"]')).toContainText(/Copied|did not allow/);
  await tabTo((f) => f.tag === "button" && f.text === "Contacts", "Shift+Tab");
  await panel.keyboard.press("Space");
  await expect(panel.getByRole("heading", { name: "Contacts for Lancashire County" })).toBeVisible();
  await tabTo((f) => f.tag === "a" && f.text === "0300 123 6720" && f.rh === "contact");
  await tabTo((f) => f.tag === "button" && f.text === "Clear all");
  await panel.keyboard.press("Enter");
  await expect(summary(panel)).toContainText("No level prompted yet");
});

test("at 320 px wide nothing scrolls sideways, in every section and the Level 4 alert", async ({ panel }) => {
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel.getByLabel("District").selectOption("west-lancashire");
  await panel
    .getByLabel("Paste text to check")
    .fill(
      "Mum smelt of alcohol. Poor home conditions: empty fridge. Bruise to the left cheek, not yet crawling. Mum denies using drugs. https://example.invalid/a-very-long-address-without-any-spaces-at-all-to-break",
    );
  await panel.getByRole("button", { name: "Check pasted text" }).click();
  await noHorizontalScroll(panel);
  await panel.getByText("Browse and search all indicators").click();
  await noHorizontalScroll(panel);
  await indicator(panel, "l4-unexplained-injuries-bruising-non-mobile-babies").check();
  await expect(panel.getByRole("alertdialog")).toBeVisible();
  await noHorizontalScroll(panel);
  await panel.getByRole("button", { name: "Show the full Level 4 prompt" }).click();
  await noHorizontalScroll(panel);
  await panel.getByText("Show the note").click();
  await noHorizontalScroll(panel);
  for (const name of ["Contacts", "Help"]) {
    await section(panel, name).click();
    await noHorizontalScroll(panel);
  }
  await section(panel, "Level").click();
  await panel.evaluate(() => window.scrollTo(0, 0));
  await panel.screenshot({ path: join(import.meta.dirname, "../../docs/screenshots/panel-320-level.png") });
});

test("axe finds no WCAG 2.2 AA violations: empty, suggestions, Level 4 alert, level, contacts, help", async ({
  panel,
  context,
  demo,
}) => {
  await expectNoAxeViolations(panel); // empty
  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await panel
    .getByLabel("Paste text to check")
    .fill(
      "Mum smelt of alcohol. Poor home conditions: empty fridge. Bruise to the left cheek, not yet crawling. Mum denies using drugs. Immunisations are up to date.",
    );
  await panel.getByRole("button", { name: "Check pasted text" }).click();
  await panel.getByText("Browse and search all indicators").click();
  await panel.getByText("Add a grading from an assessment tool").click();
  await expectNoAxeViolations(panel); // suggestions, browser, gradings open
  await indicator(panel, "l4-unexplained-injuries-bruising-non-mobile-babies").check();
  await expect(panel.getByRole("alertdialog")).toBeVisible();
  await expectNoAxeViolations(panel); // level 4 interruption
  const ehr = await context.newPage();
  await ehr.setViewportSize({ width: 1000, height: 900 });
  await openEhr(ehr, demo.url);
  await saveBeside(ehr, panel, "ehr-with-panel-level-4-alert.png");
  await panel.getByRole("button", { name: "Show the full Level 4 prompt" }).click();
  await expectNoAxeViolations(panel); // level prompt
  await section(panel, "Contacts").click();
  await expectNoAxeViolations(panel); // contacts
  await saveBeside(ehr, panel, "ehr-with-panel-contacts.png");
  await section(panel, "Help").click();
  await expectNoAxeViolations(panel); // help
});

test("IndexedDB unavailable → the panel works in memory and says so visibly (axe: no violations)", async ({
  context,
  extensionId,
}) => {
  // As in some private windows: merely touching indexedDB throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const notice = panel.locator('[data-rh="store-notice"]');
  await expect(notice).toContainText("Saving is off.");
  await expect(notice).toContainText("kept only until this panel closes");
  await panel.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await expect(panel.locator('[data-rh="immediate-danger"]')).toContainText("01253 477299");
  await expectNoAxeViolations(panel);
});
