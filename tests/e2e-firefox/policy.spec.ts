/**
 * Managed policy in Firefox: the system policies.json (on Linux /etc/firefox/policies/, read before
 * the install folder's distribution/policies.json) with 3rdparty → Extensions → the gecko id.
 * Firefox reads it at startup, so each case launches its own browser. The file holds only this
 * add-on's values and is always put back as it was (removed, or its earlier content restored).
 */
import { expect, test } from "@playwright/test";
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { FIREFOX_DIR } from "../e2e/paths.ts";
import {
  byLabel,
  consoleProblems,
  installAddon,
  launchFirefox,
  openTab,
  textOf,
  waitForText,
  waitForValue,
  type Addon,
  type Firefox,
} from "./firefox.ts";

const GECKO_ID = "right-help@right-help";
const POLICIES = "/etc/firefox/policies/policies.json";
const ORGANISATION = "Lancashire Constabulary";

/** Writes the policy file and returns how to put things back as they were. */
function writePolicies(values: Record<string, unknown>): () => void {
  // The folders this makes (/etc/firefox, /etc/firefox/policies), innermost first, to remove after.
  const made: string[] = [];
  for (let dir = dirname(POLICIES); !existsSync(dir); dir = dirname(dir)) made.push(dir);
  const before = existsSync(POLICIES) ? readFileSync(POLICIES) : null;
  mkdirSync(dirname(POLICIES), { recursive: true });
  writeFileSync(
    POLICIES,
    JSON.stringify({ policies: { "3rdparty": { Extensions: { [GECKO_ID]: values } } } }),
  );
  return () => {
    if (before) writeFileSync(POLICIES, before);
    else rmSync(POLICIES, { force: true });
    for (const dir of made) rmdirSync(dir);
  };
}

async function withAddon<T>(run: (firefox: Firefox, addon: Addon) => Promise<T>): Promise<T> {
  const firefox = await launchFirefox();
  try {
    const addon = await installAddon(firefox, FIREFOX_DIR);
    const result = await run(firefox, addon);
    expect(await addon.errors()).toEqual([]);
    expect(consoleProblems(firefox.output)).toEqual([]);
    return result;
  } finally {
    await firefox.close();
  }
}

const disabled = (page: Awaited<ReturnType<typeof openTab>>, label: string) =>
  byLabel(page, label).then((h) => h.evaluate((el) => (el as HTMLSelectElement).disabled));

test("Firefox reads the same settings from policies.json: area and district locked, organisation shown; without it the picker is free", async () => {
  test.setTimeout(120_000);
  const restore = writePolicies({
    area: "lancashire",
    district: "lancaster",
    lockArea: true,
    organisation: ORGANISATION,
  });
  try {
    await withAddon(async (firefox, addon) => {
      expect(await firefox.inChrome("Services.policies.status")).toBe(1); // ACTIVE
      const panel = await openTab(firefox, addon.url("sidepanel.html"));
      await waitForText(panel, "999");
      expect(await panel.evaluate(() => browser.storage.managed.get())).toEqual({
        area: "lancashire",
        district: "lancaster",
        lockArea: true,
        organisation: ORGANISATION,
      });
      await waitForValue(panel, "Child's area", "lancashire");
      await waitForValue(panel, "District", "lancaster");
      expect(await disabled(panel, "Child's area")).toBe(true);
      expect(await disabled(panel, "District")).toBe(true);
      expect(await textOf(panel, '[data-rh="area-locked"]')).toBe(
        `Set by ${ORGANISATION}: it cannot be changed here.`,
      );
      expect(await textOf(panel, '[data-rh="organisation"]')).toBe(`Settings from ${ORGANISATION}`);
      await waitForText(panel, "0300 123 6720"); // Lancashire's hub on the danger line
    });
  } finally {
    restore();
  }

  await withAddon(async (firefox, addon) => {
    const panel = await openTab(firefox, addon.url("sidepanel.html"));
    await waitForText(panel, "999");
    expect(await disabled(panel, "Child's area")).toBe(false);
    expect(await panel.$('[data-rh="area-locked"]')).toBeNull();
    expect(await panel.$('[data-rh="organisation"]')).toBeNull();
  });
});

test("Firefox: an unknown area in policies.json is ignored with a visible notice", async () => {
  test.setTimeout(120_000);
  const restore = writePolicies({ area: "narnia", lockArea: true });
  try {
    await withAddon(async (firefox, addon) => {
      const panel = await openTab(firefox, addon.url("sidepanel.html"));
      await waitForText(panel, 'The area set by your organisation ("narnia") is not one Right Help knows');
      expect(await disabled(panel, "Child's area")).toBe(false);
      expect(await textOf(panel, '[data-rh="policy-notice"]')).toContain(
        "asked to lock the area but set no area Right Help knows",
      );
    });
  } finally {
    restore();
  }
});
