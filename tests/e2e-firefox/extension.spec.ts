/**
 * The built Firefox add-on (dist/extension/firefox-mv2) in Debian's Firefox ESR: installed as a
 * temporary add-on, its sidebar, panel and options pages used as a practitioner would.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ElementHandle, Page } from "puppeteer-core";
import { FIREFOX_DIR } from "../e2e/paths.ts";
import { expect, test } from "./fixtures.ts";
import {
  byButton,
  byLabel,
  choose,
  consoleProblems,
  openTab,
  reload,
  textOf,
  valueOf,
  waitForSelectorText,
  waitForText,
  waitForValue,
} from "./firefox.ts";

const GECKO_ID = "right-help@right-help";
const suggestion = (id: string) => `[data-rh="suggestion"][data-indicator="${id}"] input`;
const SUMMARY = '[data-rh="level-summary"]';

const suggestionsOf = (panel: Page) =>
  panel.$$eval('[data-rh="suggestion"]', (els) =>
    els.map((e) => ({
      id: e.getAttribute("data-indicator"),
      checked: (e.querySelector('input[type="checkbox"]') as HTMLInputElement | null)?.checked,
    })),
  );

async function section(panel: Page, name: string) {
  const button = await panel.waitForFunction(
    (name) =>
      [...document.querySelectorAll('nav[aria-label="Panel sections"] button')].find(
        (b) => b.textContent?.trim() === name,
      ) ?? null,
    { timeout: 10_000 },
    name,
  );
  await (button as ElementHandle<Element>).click();
}

test("the add-on installs under its gecko id, with the manifest it was built with", async ({
  addon,
  panel,
}) => {
  const built = JSON.parse(readFileSync(join(FIREFOX_DIR, "manifest.json"), "utf8"));
  expect(built.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  expect(built.browser_specific_settings.gecko.strict_min_version).toBe("140.0");
  expect(addon.id).toBe(GECKO_ID);
  const loaded = await panel.evaluate(() => ({
    id: browser.runtime.id,
    manifest: browser.runtime.getManifest(),
  }));
  expect(loaded.id).toBe(GECKO_ID);
  expect(loaded.manifest.permissions).toEqual(["contextMenus", "activeTab", "scripting", "storage"]);
  expect(loaded.manifest.sidebar_action?.default_panel).toMatch(/sidepanel\.html$/);
});

test("Firefox opens the sidebar on install: the panel renders there with the 999 line", async ({
  firefox,
  addon,
}) => {
  // Firefox shows an add-on's sidebar when it is installed (sidebar_action open_at_install).
  const sidebar = () =>
    firefox.inChrome<{ open: boolean; current: string; url?: string }>(
      `({ open: SidebarController.isOpen, current: SidebarController.currentID,
          url: SidebarController.browser.contentDocument?.getElementById("webext-panels-browser")?.currentURI?.spec })`,
    );
  await expect.poll(sidebar).toEqual({
    open: true,
    current: `${GECKO_ID.replace(/[^a-z0-9_-]/g, "_")}-sidebar-action`,
    url: addon.url("sidepanel.html"),
  });
  // The sidebar's document, read from another page of the add-on (same process, same origin).
  const options = await openTab(firefox, addon.url("options.html"));
  const view = await options.waitForFunction(
    () => {
      // Firefox's getViews knows "sidebar"; the shared (Chrome) types do not.
      const getViews = browser.extension.getViews as unknown as (filter: {
        type: string;
      }) => { document: Document }[];
      const [sidebarView] = getViews({ type: "sidebar" });
      const text = sidebarView?.document.body?.innerText ?? "";
      return text.includes("999")
        ? {
            heading: sidebarView!.document.querySelector("h1")?.textContent,
            danger: sidebarView!.document.querySelector('[data-rh="immediate-danger"]')?.textContent,
          }
        : null;
    },
    { timeout: 15_000 },
  );
  const seen = (await view.jsonValue()) as { heading: string; danger: string };
  expect(seen.heading).toBe("Right Help");
  expect(seen.danger).toContain("Immediate danger: call 999");
});

test("paste a note → suggestions (none ticked) → tick → level → record note on the clipboard", async ({
  firefox,
  panel,
}) => {
  const box = await byLabel(panel, "Paste text to check");
  await box.type(
    "Mum presented as tired and smelt of alcohol. Poor home conditions: empty fridge. School say she often comes in hungry.",
  );
  await (await byButton(panel, "Check pasted text")).click();
  await panel.waitForSelector('[data-rh="suggestion"]');
  const found = await suggestionsOf(panel);
  expect(found.map((s) => s.id)).toEqual(
    expect.arrayContaining(["l3-care-at-home-not-good-enough", "l3-neglect"]),
  );
  expect(
    found.every((s) => s.checked === false),
    "a suggestion was ticked without the user",
  ).toBe(true);
  await waitForSelectorText(panel, SUMMARY, "No level prompted yet");

  await panel.click(suggestion("l3-care-at-home-not-good-enough"));
  await waitForSelectorText(panel, SUMMARY, "Level 2");
  await panel.click(suggestion("l3-neglect"));
  await waitForSelectorText(panel, SUMMARY, "Prompted level: Level 3, Family Help (2 items selected).");

  await section(panel, "Level");
  await waitForText(panel, "Prompted level: Level 3, Family Help");
  expect(await textOf(panel, '[data-rh="reasons"] .rh-cite')).toMatch(/^Source: .+, .+/);
  const note = await panel.$eval('[data-rh="note"]', (el) => el.textContent ?? "");
  expect(note).toContain("Prompted level: Level 3, Family Help");
  for (const quote of ["smelt of alcohol", "empty fridge", "comes in hungry"])
    expect(note).not.toContain(quote);
  // Copying works in Firefox too (a click is the user action navigator.clipboard needs).
  await (await byButton(panel, "Copy record note")).click();
  await panel.waitForSelector('[data-rh="copied"]', { visible: true });
  // What is on the clipboard, read from the browser's side (the page may not read it).
  const clipboard = await firefox.inChrome<string>(`(() => {
    const t = Cc["@mozilla.org/widget/transferable;1"].createInstance(Ci.nsITransferable);
    t.init(null);
    t.addDataFlavor("text/plain");
    Services.clipboard.getData(t, Ci.nsIClipboard.kGlobalClipboard, null);
    const out = {};
    t.getTransferData("text/plain", out);
    return out.value.QueryInterface(Ci.nsISupportsString).data;
  })()`);
  expect(clipboard).toBe(note);
});

test("area, district, age and a draft survive a reload, kept in IndexedDB", async ({ firefox, panel }) => {
  await choose(panel, "Child's area", "lancashire");
  await choose(panel, "District", "preston");
  await choose(panel, "Child's age", "7");
  await waitForSelectorText(panel, '[data-rh="immediate-danger"]', "0300 123 6720");
  const box = await byLabel(panel, "Paste text to check");
  await box.type("Poor home conditions and signs of neglect.");
  await (await byButton(panel, "Check pasted text")).click();
  await panel.click(suggestion("l3-care-at-home-not-good-enough"));
  await panel.click(suggestion("l3-neglect"));
  await waitForSelectorText(panel, SUMMARY, "Level 3");
  await new Promise((r) => setTimeout(r, 600)); // the draft is saved 250 ms after the last change

  await reload(firefox, panel);
  await waitForSelectorText(panel, SUMMARY, "Prompted level: Level 3, Family Help (2 items selected).");
  expect(await valueOf(panel, "Child's area")).toBe("lancashire");
  expect(await valueOf(panel, "District")).toBe("preston");
  expect(await valueOf(panel, "Child's age")).toBe("7");
  await waitForSelectorText(panel, '[data-rh="draft-status"]', "Restored your draft");
  // Only ids came back: the pasted text and its suggestions were never kept.
  expect(await panel.$('[data-rh="suggestions"]')).toBeNull();
  // Kept in IndexedDB, not the in-memory fallback.
  expect(await panel.$('[data-rh="store-notice"]')).toBeNull();
  const databases = await panel.evaluate(() => indexedDB.databases().then((d) => d.map((x) => x.name)));
  expect(databases).toContain("right-help");

  await (await byButton(panel, "Clear all")).click();
  await waitForSelectorText(panel, '[data-rh="draft-status"]', "Cleared");
  await reload(firefox, panel);
  await waitForSelectorText(panel, SUMMARY, "No level prompted yet");
  expect(await valueOf(panel, "Child's area")).toBe("");
});

test("the options page sets the default area; Clear all data clears it, the open panel too", async ({
  firefox,
  addon,
}) => {
  const options = await openTab(firefox, addon.url("options.html"));
  await waitForText(options, "Right Help options");
  await choose(options, "Child's area", "blackburn-with-darwen");
  await waitForSelectorText(options, '[role="status"]', "Saved: new checks start with Blackburn with Darwen");

  const panel = await openTab(firefox, addon.url("sidepanel.html"));
  await waitForText(panel, "999");
  await waitForValue(panel, "Child's area", "blackburn-with-darwen");

  await options.bringToFront();
  await (await byButton(options, "Clear all data")).click();
  // The options page asks first (issue 14): nothing is cleared by one click.
  await (await byButton(options, "Yes, clear all data")).click();
  await waitForSelectorText(options, '[role="status"]', "Cleared");
  // The open panel was told (runtime message), without a reload.
  await waitForValue(panel, "Child's area", "");
  await reload(firefox, panel);
  await waitForText(panel, "999");
  expect(await valueOf(panel, "Child's area")).toBe("");
});

test("the console checks are real: a thrown error and a console.error in an add-on page are caught", async ({
  firefox,
  addon,
  panel,
}) => {
  expect(await addon.errors()).toEqual([]);
  const outputBefore = firefox.output.length;
  await panel.evaluate(() => {
    console.error("probe: logged on purpose by the test");
    setTimeout(() => {
      throw new Error("probe: thrown on purpose by the test");
    });
  });
  await expect.poll(() => addon.errors()).toEqual([expect.stringContaining("probe: thrown on purpose")]);
  await expect
    .poll(() => consoleProblems(firefox.output.slice(outputBefore)))
    .toEqual([expect.stringContaining("probe: logged on purpose")]);
  // Take the probes back out, so the after-test checks see only what the add-on itself did.
  await firefox.inChrome("Services.console.reset()");
  firefox.output.splice(outputBefore);
});
