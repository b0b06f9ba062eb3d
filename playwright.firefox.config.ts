import { defineConfig } from "@playwright/test";

// The Firefox build in Debian's Firefox ESR (tests/e2e-firefox, driven by puppeteer-core over
// WebDriver BiDi: Playwright cannot drive a stock Firefox), Mozilla's linter on it, and the
// packages for the stores (tests/release). Same build step as the Chromium tests.
export default defineConfig({
  testDir: "tests",
  testMatch: ["e2e-firefox/**/*.spec.ts", "release/**/*.spec.ts"],
  globalSetup: "./tests/e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
});
