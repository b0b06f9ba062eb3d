/**
 * One Firefox ESR per worker; the built add-on installed fresh for each test and removed after it
 * (a new moz-extension:// origin each time, so no storage carries over). After every test: no
 * errors from the add-on's pages in the browser console, and no console.error/warn output.
 */
import { expect, test as base } from "@playwright/test";
import type { Page } from "puppeteer-core";
import { FIREFOX_DIR } from "../e2e/paths.ts";
import {
  consoleProblems,
  installAddon,
  launchFirefox,
  openTab,
  waitForText,
  type Addon,
  type Firefox,
} from "./firefox.ts";

export { expect };

interface Fixtures {
  addon: Addon;
  /** sidepanel.html of this install, opened in a tab, rendered (the 999 line is there). */
  panel: Page;
}

interface WorkerFixtures {
  firefox: Firefox;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  firefox: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
    async ({}, use) => {
      const firefox = await launchFirefox();
      await use(firefox);
      await firefox.close();
    },
    { scope: "worker", timeout: 60_000 },
  ],

  addon: [
    async ({ firefox }, use) => {
      const outputBefore = firefox.output.length;
      const addon = await installAddon(firefox, FIREFOX_DIR);
      await use(addon);
      // The background page and every page of the add-on, through the whole test.
      expect(await addon.errors(), "errors in the browser console from the add-on").toEqual([]);
      expect(consoleProblems(firefox.output.slice(outputBefore)), "console.error/warn output").toEqual([]);
      for (const page of await firefox.browser.pages()) if (page.url() !== "about:blank") await page.close();
      await addon.uninstall();
    },
    { auto: true },
  ],

  panel: async ({ firefox, addon }, use) => {
    const page = await openTab(firefox, addon.url("sidepanel.html"));
    await page.setViewport({ width: 400, height: 900 });
    await waitForText(page, "999");
    await use(page);
  },
});
