/**
 * The Firefox build in Debian's Firefox ESR, headless, driven over WebDriver BiDi by
 * puppeteer-core (no browser download, no geckodriver). Quirks of BiDi with extension pages
 * (Mozilla bug 1755014) and how they are met here:
 * - moz-extension:// pages can only be opened with --remote-allow-system-access;
 * - page.goto() and page.reload() never resolve there: browsingContext.navigate / reload with
 *   wait "complete" are sent directly;
 * - page.on("console") sees nothing there: errors are read from the browser's own console
 *   (Services.console, in the chrome context) and console.error/warn from Firefox's stdout.
 * Puppeteer's ARIA selectors do not work on these pages either: controls are found by their
 * <label> text (the same names the Chromium tests use through getByLabel).
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIREFOX = "/usr/bin/firefox-esr";

export interface Firefox {
  browser: Browser;
  /** Sends a WebDriver BiDi command and returns its result. */
  bidi<T = unknown>(method: string, params: object): Promise<T>;
  /** Evaluates an expression in the browser's own (chrome) context. */
  inChrome<T = unknown>(expression: string): Promise<T>;
  /** Lines Firefox printed: console.error/warn from extension pages land here. */
  output: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra preferences for the profile. */
  prefs?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Firefox> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      // Content (and extension) pages' console.* to stdout, where the tests read it.
      "devtools.console.stdout.content": true,
      ...options.prefs,
    },
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  const output: string[] = [];
  const child = browser.process();
  child?.stdout?.on("data", (d: Buffer) => output.push(...String(d).split("\n")));
  child?.stderr?.on("data", (d: Buffer) => output.push(...String(d).split("\n")));

  const bidi = async <T>(method: string, params: object): Promise<T> => {
    // The BiDi connection puppeteer drives Firefox with (not part of its typed API).
    const connection = (
      browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } }
    ).connection;
    const reply = (await connection.send(method, params)) as { result: T };
    return reply.result;
  };
  const tree = await bidi<{ contexts: { context: string }[] }>("browsingContext.getTree", {
    "moz:scope": "chrome",
  });
  const chromeContext = tree.contexts[0]!.context;
  const inChrome = async <T>(expression: string): Promise<T> => {
    const r = await bidi<{
      type: string;
      result?: { value?: string };
      exceptionDetails?: { text: string };
    }>("script.evaluate", {
      // As JSON: BiDi's own serialisation turns objects into lists of pairs.
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: chromeContext },
      awaitPromise: true,
    });
    if (r.type !== "success") throw new Error(`in the browser: ${r.exceptionDetails?.text}`);
    const json = r.result?.value;
    return (typeof json === "string" ? JSON.parse(json) : undefined) as T;
  };
  return { browser, bidi, inChrome, output, close: () => browser.close() };
}

export interface Addon {
  id: string;
  /** The moz-extension:// host of this install (a new one each install). */
  host: string;
  url(path: string): string;
  /** Errors the browser logged for this add-on's pages (uncaught exceptions, rejections, CSP). */
  errors(): Promise<string[]>;
  uninstall(): Promise<void>;
}

/** Installs the built add-on as a temporary add-on, from a copy (Firefox may lock the folder). */
export async function installAddon(firefox: Firefox, dir: string): Promise<Addon> {
  const copy = mkdtempSync(join(tmpdir(), "right-help-ff-"));
  cpSync(dir, copy, { recursive: true });
  const id = await firefox.browser.installExtension(copy);
  const host = await firefox.inChrome<string>(
    `WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`,
  );
  const origin = `moz-extension://${host}/`;
  return {
    id,
    host,
    url: (path) => origin + path,
    errors: () =>
      firefox.inChrome<string[]>(`Services.console.getMessageArray()
        .filter(m => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag)
          && m.sourceName.startsWith(${JSON.stringify(origin)}))
        .map(m => m.sourceName + ":" + m.lineNumber + " " + m.errorMessage)`),
    uninstall: async () => {
      await firefox.browser.uninstallExtension(id);
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

/** Lines of console.error / console.warn output from content and extension pages. */
export const consoleProblems = (output: string[]) =>
  output.filter((line) => /^console\.(error|warn)\b/.test(line.trim()));

/** Opens `url` in a new tab and waits for its load (BiDi directly: page.goto never resolves). */
export async function openTab(firefox: Firefox, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await navigate(firefox, page, url);
  return page;
}

export async function navigate(firefox: Firefox, page: Page, url: string): Promise<void> {
  await firefox.bidi("browsingContext.navigate", { context: contextOf(page), url, wait: "complete" });
}

export async function reload(firefox: Firefox, page: Page): Promise<void> {
  await firefox.bidi("browsingContext.reload", { context: contextOf(page), wait: "complete" });
}

function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Waits until the page's visible text contains `text`. */
export async function waitForText(page: Page, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((t) => document.body?.innerText.includes(t), { timeout }, text);
}

/** The form control whose <label> reads exactly `label` (as getByLabel(…, { exact: true })). */
export async function byLabel(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === label)?.control ?? null,
    { timeout: 10_000 },
    label,
  );
  return handle as ElementHandle<Element>;
}

/** The button whose text reads exactly `name`. */
export async function byButton(page: Page, name: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (name) => [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) ?? null,
    { timeout: 10_000 },
    name,
  );
  return handle as ElementHandle<Element>;
}

/** Chooses `value` in the <select> labelled `label`, as a user would (change event and all). */
export async function choose(page: Page, label: string, value: string): Promise<void> {
  const select = await byLabel(page, label);
  await select.select(value);
}

export const valueOf = (page: Page, label: string) =>
  byLabel(page, label).then((h) => h.evaluate((el) => (el as HTMLSelectElement).value));

/** Waits until the control labelled `label` has the value `value` (it may change without a reload). */
export async function waitForValue(page: Page, label: string, value: string): Promise<void> {
  await page.waitForFunction(
    (label, value) =>
      (
        [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === label)?.control as
          HTMLSelectElement | undefined
      )?.value === value,
    { timeout: 10_000 },
    label,
    value,
  );
}

/** Text of the first element matching `selector`, once it exists. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const el = await page.waitForSelector(selector, { timeout: 10_000 });
  return (await el!.evaluate((e) => (e as HTMLElement).innerText)).trim();
}

/** Waits until the element matching `selector` has text matching `want`. */
export async function waitForSelectorText(
  page: Page,
  selector: string,
  want: string | RegExp,
): Promise<void> {
  await page.waitForFunction(
    (selector, source, flags) => {
      const text = (document.querySelector(selector) as HTMLElement | null)?.innerText ?? "";
      return new RegExp(source, flags).test(text);
    },
    { timeout: 10_000 },
    selector,
    typeof want === "string" ? want.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : want.source,
    typeof want === "string" ? "" : want.flags,
  );
}
