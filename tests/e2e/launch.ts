/**
 * Debian's Chromium with the built extension loaded, headless, in a fresh profile: one place for
 * the flags (no sandbox as root; no background networking or component updates on a closed
 * network), shared by the browser tests, the policy tests and `npm run bench:panel`.
 */
import { chromium, type BrowserContext } from "@playwright/test";
import { EXTENSION_DIR } from "./paths.ts";

export function launchWithExtension(options: { debugging?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext("", {
    headless: true,
    executablePath: "/usr/bin/chromium",
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-gpu",
      // Lets a test press the toolbar button through DevTools (Extensions.triggerAction).
      ...(options.debugging ? ["--enable-unsafe-extension-debugging"] : []),
    ],
  });
}
