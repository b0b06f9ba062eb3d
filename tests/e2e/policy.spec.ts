/**
 * Managed policy in Chromium: a policy file in /etc/chromium/policies/managed/ (what Chromium on
 * Linux reads, `3rdparty` extension policy included) naming only this extension's id. Other
 * engineers' tests use Chromium on the same machine: the file has a name of its own, holds
 * nothing but this extension's values, and is always removed.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXTENSION_DIR } from "./paths.ts";
import { launchWithExtension } from "./launch.ts";

/** From the manifest's key (wxt.config.ts); docs/administrators.md gives the same. */
const EXTENSION_ID = "cjkihnkdepecokkpnmfilpbnlhfelafn";
const POLICY_DIR = "/etc/chromium/policies/managed";
const POLICY_FILE = join(POLICY_DIR, `right-help-e2e-${process.pid}.json`);
const ORGANISATION = "Lancashire Teaching Hospitals NHS Foundation Trust";

function writePolicy(values: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ "3rdparty": { extensions: { [EXTENSION_ID]: values } } }));
}

async function launch(): Promise<BrowserContext> {
  return launchWithExtension();
}

async function openPanel(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  expect(new URL(worker.url()).host, "the extension id comes from the manifest's key").toBe(EXTENSION_ID);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${EXTENSION_ID}/sidepanel.html`);
  await expect(panel.getByRole("heading", { level: 1, name: "Right Help" })).toBeVisible();
  return panel;
}

const area = (page: Page) => page.getByLabel("Child's area", { exact: true });

test.afterEach(() => rmSync(POLICY_FILE, { force: true }));

test("the Chrome manifest has its key (giving the documented id) and the managed storage schema with the four policies", () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  expect(manifest.key).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA[A-Za-z0-9+/]+={0,2}$/);
  expect(manifest.storage).toEqual({ managed_schema: "managed-schema.json" });
  // Chrome's id: SHA-256 of the key, first 32 hex digits written a–p. The docs give the same.
  const id = createHash("sha256")
    .update(Buffer.from(manifest.key, "base64"))
    .digest("hex")
    .slice(0, 32)
    .replace(/./g, (c) => "abcdefghijklmnop"[parseInt(c, 16)]!);
  expect(id).toBe(EXTENSION_ID);
  const docs = readFileSync(join(EXTENSION_DIR, "../../../docs/administrators.md"), "utf8");
  expect(docs).toContain(EXTENSION_ID);
  expect(docs).toContain("right-help@right-help");
  const schema = JSON.parse(readFileSync(join(EXTENSION_DIR, "managed-schema.json"), "utf8"));
  expect(Object.keys(schema.properties).sort()).toEqual(["area", "district", "lockArea", "organisation"]);
  expect(schema.properties.lockArea.type).toBe("boolean");
});

test("a Chromium policy file sets and locks the area and names the organisation; without it the picker is free", async () => {
  writePolicy({ area: "lancashire", district: "preston", lockArea: true, organisation: ORGANISATION });
  let context = await launch();
  try {
    const panel = await openPanel(context);
    expect(await panel.evaluate(() => chrome.storage.managed.get())).toEqual({
      area: "lancashire",
      district: "preston",
      lockArea: true,
      organisation: ORGANISATION,
    });
    await expect(area(panel)).toHaveValue("lancashire");
    await expect(area(panel)).toBeDisabled();
    await expect(panel.getByLabel("District")).toHaveValue("preston");
    await expect(panel.getByLabel("District")).toBeDisabled();
    await expect(panel.locator('[data-rh="area-locked"]')).toHaveText(
      `Set by ${ORGANISATION}: it cannot be changed here.`,
    );
    await expect(area(panel)).toHaveAccessibleDescription(
      `Set by ${ORGANISATION}: it cannot be changed here.`,
    );
    await expect(panel.locator('[data-rh="organisation"]')).toHaveText(`Settings from ${ORGANISATION}`);
    // The danger line follows the organisation's area: Lancashire's MASH, or its out-of-hours
    // team out of hours (the routing decides, by the clock).
    await expect(panel.locator('[data-rh="immediate-danger"] a').nth(1)).toHaveAttribute(
      "href",
      /^tel:\+44300123672[02]$/,
    );
    await panel
      .getByRole("navigation", { name: "Panel sections" })
      .getByRole("button", { name: "Help" })
      .click();
    await expect(panel.locator('[data-rh="help-organisation"]')).toHaveText(`Settings from ${ORGANISATION}.`);

    const axe = await new AxeBuilder({ page: panel })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    // "Clear all" cannot unset a locked area.
    await panel.getByRole("button", { name: "Clear all" }).click();
    await expect(area(panel)).toHaveValue("lancashire");

    // The options page shows the same, locked.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    await expect(area(options)).toHaveValue("lancashire");
    await expect(area(options)).toBeDisabled();
  } finally {
    await context.close();
    rmSync(POLICY_FILE, { force: true });
  }

  context = await launch();
  try {
    const panel = await openPanel(context);
    expect(await panel.evaluate(() => chrome.storage.managed.get())).toEqual({});
    await expect(area(panel)).toBeEnabled();
    await expect(area(panel)).toHaveValue("");
    await expect(panel.locator('[data-rh="area-locked"]')).toHaveCount(0);
    await expect(panel.locator('[data-rh="organisation"]')).toHaveCount(0);
    await area(panel).selectOption("blackpool");
    await expect(area(panel)).toHaveValue("blackpool");
  } finally {
    await context.close();
  }
});

test("an unlocked policy area is only the default; bad values are ignored with a visible notice", async () => {
  writePolicy({ area: "blackpool", organisation: "Blackpool Sixth Form" });
  let context = await launch();
  try {
    const panel = await openPanel(context);
    await expect(area(panel)).toHaveValue("blackpool");
    await expect(area(panel)).toBeEnabled();
    await area(panel).selectOption("lancashire");
    await expect(area(panel)).toHaveValue("lancashire");
    await expect(panel.locator('[data-rh="organisation"]')).toHaveText("Settings from Blackpool Sixth Form");
  } finally {
    await context.close();
    rmSync(POLICY_FILE, { force: true });
  }

  writePolicy({ area: "atlantis\u202e", district: "nowhere", lockArea: true, organisation: "x".repeat(81) });
  context = await launch();
  try {
    const panel = await openPanel(context);
    const notice = panel.locator('[data-rh="policy-notice"]');
    await expect(notice).toContainText(
      'The area set by your organisation ("atlantis") is not one Right Help knows',
    );
    await expect(notice).toContainText("longer than 80 characters");
    await expect(notice).toContainText("asked to lock the area but set no area Right Help knows");
    await expect(area(panel)).toBeEnabled();
    await expect(area(panel)).toHaveValue("");
    await expect(panel.locator('[data-rh="organisation"]')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("a policy change reaches the open panel without a restart (storage.onChanged, managed)", async () => {
  test.setTimeout(90_000);
  writePolicy({ area: "lancashire", lockArea: true, organisation: ORGANISATION });
  const context = await launch();
  try {
    const panel = await openPanel(context);
    await expect(area(panel)).toHaveValue("lancashire");
    await expect(area(panel)).toBeDisabled();
    // Chromium notices the changed file and reloads policy after it settles (seconds).
    writePolicy({ area: "blackburn-with-darwen", lockArea: false, organisation: ORGANISATION });
    await expect(area(panel)).toBeEnabled({ timeout: 45_000 });
    await expect(panel.locator('[data-rh="area-locked"]')).toHaveCount(0);
    rmSync(POLICY_FILE, { force: true });
    await expect(panel.locator('[data-rh="organisation"]')).toHaveCount(0, { timeout: 45_000 });
  } finally {
    await context.close();
    rmSync(POLICY_FILE, { force: true });
  }
});
