import { defineConfig } from "@playwright/test";

// Real-browser tests of the built extension in Debian's Chromium (no browser downloads here).
// Each test launches its own browser profile with the extension loaded (tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    launchOptions: { executablePath: "/usr/bin/chromium" },
    trace: "off",
  },
});
