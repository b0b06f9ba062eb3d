/**
 * Issue 10 in the built extension, in Chromium: IndexedDB that never answers, and two side
 * panels (two tabs here, two windows for a practitioner) on one draft.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const summary = (panel: Page) => panel.locator('[data-rh="level-summary"]');
const draftStatus = (panel: Page) => panel.locator('[data-rh="draft-status"]');

async function tick(panel: Page, id: string) {
  const browse = panel.getByText("Browse and search all indicators");
  if (!(await panel.locator('[data-rh="indicator-browser"]').isVisible())) await browse.click();
  await panel.locator(`[data-rh="indicator-browser"] [data-indicator="${id}"] input`).click();
}

test("IndexedDB whose open never answers → memory within a few seconds, said visibly", async ({
  context,
  extensionId,
}) => {
  // As a broken profile does: the open request never fires success, error or blocked.
  await context.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      return {} as IDBOpenDBRequest;
    };
  });
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const notice = panel.locator('[data-rh="store-notice"]');
  await expect(notice).toContainText("Saving is off.", { timeout: 8000 });
  await expect(notice).toContainText("the browser's storage did not answer within a few seconds");
  // The panel still works, in memory.
  await panel.getByLabel("Child's area", { exact: true }).selectOption("blackpool");
  await expect(panel.locator('[data-rh="immediate-danger"]')).toContainText("01253 477299");
});

test("two panels keep one draft in step, and say so; Clear all in one clears both", async ({
  panel,
  context,
  extensionId,
}) => {
  const other = await context.newPage();
  await other.setViewportSize({ width: 400, height: 900 });
  await other.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(other.getByRole("heading", { level: 1, name: "Right Help" })).toBeVisible();

  await panel.getByLabel("Child's area", { exact: true }).selectOption("lancashire");
  await tick(panel, "l3-care-at-home-not-good-enough");
  await tick(panel, "l3-neglect");
  await expect(summary(panel)).toContainText("Level 3");

  await expect(summary(other)).toHaveText("Prompted level: Level 3, Family Help (2 items selected).");
  await expect(other.getByLabel("Child's area", { exact: true })).toHaveValue("lancashire");
  await expect(draftStatus(other)).toContainText(/Updated from another Right Help panel at \d\d:\d\d\./);

  // And back: an untick in the second panel reaches the first (replaced, not merged).
  await tick(other, "l3-neglect");
  await expect(summary(panel)).toHaveText("Prompted level: Level 2, Early Help (1 item selected).");

  await panel.getByRole("button", { name: "Clear all" }).click();
  await expect(summary(other)).toContainText("No level prompted yet");
  await expect(draftStatus(other)).toContainText("Another Right Help panel cleared everything");
  // Neither saves the cleared draft again.
  await other.waitForTimeout(600);
  await other.reload();
  await expect(summary(other)).toContainText("No level prompted yet");
});
