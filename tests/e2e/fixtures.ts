/**
 * The built extension in Debian's Chromium: a fresh profile per test, the demo pages served on a
 * random 127.0.0.1 port, and every request the browser makes recorded and checked to be local.
 */
import {
  expect,
  test as base,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from "@playwright/test";
import { DEMO_DIR, serveDirectory, type Served } from "../../scripts/serve.ts";
import { launchWithExtension } from "./launch.ts";

export { expect };

interface Fixtures {
  /** Every URL requested during the test; checked at the end to be on this machine. */
  requests: string[];
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  /** The side panel page, opened in a tab (chrome-extension://ID/sidepanel.html). */
  panel: Page;
  /** A browser-level DevTools session (for Extensions.triggerAction). */
  cdp: CDPSession;
}

interface WorkerFixtures {
  demo: Served;
}

/** What may appear in the request log: the extension, the local demo server, and the browser itself. */
export const LOCAL =
  /^(chrome-extension:\/\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:|chrome:\/\/)/;

export const test = base.extend<Fixtures, WorkerFixtures>({
  demo: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
    async ({}, use) => {
      const served = await serveDirectory(DEMO_DIR, 0);
      await use(served);
      await served.close();
    },
    { scope: "worker" },
  ],

  requests: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
    async ({}, use) => {
      const requests: string[] = [];
      await use(requests);
      // Nothing leaves the device: every request of every flow stays on this machine.
      expect(
        requests.filter((url) => !LOCAL.test(url)),
        "requests that left the machine",
      ).toEqual([]);
    },
    { auto: true },
  ],

  context: async ({ requests }, use) => {
    const context = await launchWithExtension({ debugging: true });
    context.on("request", (r) => requests.push(r.url()));
    await use(context);
    await context.close();
  },

  background: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    await use(worker);
  },

  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },

  panel: async ({ context, extensionId }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(page.getByRole("heading", { level: 1, name: "Right Help" })).toBeVisible();
    await use(page);
  },

  cdp: async ({ context }, use) => {
    const browser = context.browser();
    if (!browser) throw new Error("no browser for a DevTools session");
    await use(await browser.newBrowserCDPSession());
  },
});

/** The panel's tab id and window, from the panel itself. */
export async function panelTab(panel: Page): Promise<{ id: number; windowId: number }> {
  return panel.evaluate(async () => {
    const tab = await chrome.tabs.getCurrent();
    return { id: tab!.id!, windowId: tab!.windowId };
  });
}

/**
 * Presses the extension's toolbar button on `page`'s tab, as a user would (DevTools
 * Extensions.triggerAction): this is what grants activeTab for that tab.
 */
export async function pressToolbarButton(cdp: CDPSession, extensionId: string, page: Page): Promise<void> {
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
}

/**
 * Hands text to the panel exactly as the context-menu handler does (storage.session, key and
 * shape from extension/selection.ts). The menu itself cannot be clicked in a headless browser.
 */
export async function handOverSelection(background: Worker, text: string, windowId: number): Promise<void> {
  await background.evaluate(
    ({ text, windowId }) =>
      chrome.storage.session.set({ "right-help/pending-selection": { text, at: Date.now(), windowId } }),
    { text, windowId },
  );
}

/** The demo record's note, as a practitioner would select it. */
export const EHR_NOTE_START = "Home visit 10:30. Mum presented as tired and smelt of alcohol";
