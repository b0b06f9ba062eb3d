/**
 * Screenshots for the README: the record page with the panel beside it, as the side panel sits
 * in the browser. A headless browser draws no side panel, so the two pages are shot separately
 * (the panel at side-panel width) and placed side by side.
 */
import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS } from "./paths.ts";

export async function saveBeside(record: Page, panel: Page, file: string, show?: string): Promise<void> {
  const height = 900;
  // Show the part of the panel the picture is about (by default its top, where it opens).
  await panel.evaluate((selector) => {
    const el = selector ? document.querySelector(selector) : null;
    if (el) el.scrollIntoView({ block: "start" });
    else window.scrollTo(0, 0);
  }, show ?? null);
  const panelSize = panel.viewportSize();
  await record.setViewportSize({ width: 1000, height });
  await panel.setViewportSize({ width: 380, height });
  const [left, right] = await Promise.all([record.screenshot(), panel.screenshot()]);
  if (panelSize) await panel.setViewportSize(panelSize);
  const frame = await record.context().newPage();
  await frame.setViewportSize({ width: 1000 + 8 + 380, height });
  await frame.setContent(
    `<body style="margin:0;display:flex;gap:0;background:#505a5f">
       <img alt="" src="data:image/png;base64,${left.toString("base64")}" width="1000" height="${height}">
       <div style="width:8px;background:#505a5f"></div>
       <img alt="" src="data:image/png;base64,${right.toString("base64")}" width="380" height="${height}">
     </body>`,
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  await frame.screenshot({ path: join(SCREENSHOTS, file) });
  await frame.close();
}
