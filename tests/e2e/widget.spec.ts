/**
 * <right-help-guide> in Debian's Chromium: the demo pages (intranet, mock record, strict CSP),
 * every mode, attribute changes, the event, pack-src good and bad, hostile attributes, loading
 * the script twice, axe, the keyboard, and the README snippet as a plain page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STRICT_CSP, WIDGET_DIR } from "../../scripts/serve.ts";
import { ROOT } from "./paths.ts";
import { CUSTOM_VERSION, servePage, widgetServerForSpec } from "./widget-server.ts";

const server = widgetServerForSpec();

/** Problems the page reported: console errors, uncaught errors, CSP violations, remote requests. */
interface Watch {
  problems: string[];
  /** Pack loads the browser reported as aborted (see the requestfailed listener). */
  aborted: string[];
  violations(): Promise<string[]>;
}

async function open(page: Page, path: string): Promise<Watch> {
  const problems: string[] = [];
  const aborted: string[] = [];
  page.on("console", (m) => {
    // A failed load is logged without its address: the response listener below names it.
    if (m.text().startsWith("Failed to load resource")) return;
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("requestfailed", (r) => {
    const failure = `failed: ${r.url()} ${r.failure()?.errorText}`;
    // A pack read to its end is now and then reported as aborted (the loader is let go before
    // the browser's completion message arrives), and the widget cancels the bodies it refuses.
    if (/\/fixtures\/[\w.]+ net::ERR_ABORTED$/.test(failure)) aborted.push(failure);
    else problems.push(failure);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(server().url) && !r.url().startsWith("data:"))
      problems.push(`request: ${r.url()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  await page.goto(`${server().url}${path}`);
  return {
    problems,
    aborted,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

async function expectClean(page: Page, watch: Watch) {
  expect(await watch.violations(), "CSP violations").toEqual([]);
  expect(watch.problems, "console errors, page errors, remote requests, dialogs").toEqual([]);
}

async function expectNoAxeViolations(page: Page, only?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]);
  const results = await (only ? builder.include(only) : builder).analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found).toEqual([]);
}

const widget = (page: Page, selector = "right-help-guide") => page.locator(selector);
const dangerLine = (w: Locator) => w.locator('[data-rh="immediate-danger"]');
const notice = (w: Locator) => w.locator('[data-rh="attribute-notice"]');
const mode = (w: Locator) => w.locator('[data-rh="widget"]');

test.describe("intranet page (demo/intranet.html)", () => {
  test("each mode renders, 999 line first, in the page's shadow roots", async ({ page }) => {
    const watch = await open(page, "/intranet.html");
    const contacts = widget(page, "#contacts");
    await expect(mode(contacts)).toHaveAttribute("data-mode", "contacts");
    await expect(dangerLine(contacts)).toContainText(
      "call 999, then Blackpool Families Rock Request for Support Hub (MASH) on 01253 477299",
    );
    await expect(contacts.locator("[data-contact]").first()).toHaveAttribute(
      "data-contact",
      "bpool-emergency",
    );
    await expect(contacts.locator('[data-rh="coverage"]')).toBeVisible();
    await expect(contacts.locator(".rh-open-status").first()).toContainText(
      /Open now|Closed now|Hours unknown/,
    );

    const levels = widget(page, "#levels");
    await expect(levels.locator('[part="level"]')).toHaveCount(4);
    for (const n of [1, 2, 3, 4]) {
      const block = levels.locator(`[part="level"][data-level="${n}"]`);
      await expect(block.getByRole("heading", { name: "Who it is for" })).toBeVisible();
      await expect(
        block.getByRole("heading", { name: `Consent and information sharing at Level ${n}` }),
      ).toBeVisible();
      await expect(block.locator(".rh-cite").first()).toContainText("Source:");
    }

    const checker = widget(page, "#checker");
    await expect(checker.locator('[data-rh="checker"]')).toBeVisible();
    await expect(checker.locator('[data-rh="level-summary"]')).toContainText(
      "This is not a finding that there is no concern",
    );

    // Each is styled by an adopted sheet, with no <style> or style attribute anywhere.
    const styling = await page.evaluate(() =>
      [...document.querySelectorAll("right-help-guide")].map((el) => ({
        sheets: el.shadowRoot!.adoptedStyleSheets.length,
        inline: el.shadowRoot!.querySelectorAll("style, [style]").length,
      })),
    );
    expect(styling).toEqual([
      { sheets: 1, inline: 0 },
      { sheets: 1, inline: 0 },
      { sheets: 1, inline: 0 },
    ]);
    await expectClean(page, watch);
  });

  test("changing attributes re-renders at once", async ({ page }) => {
    const watch = await open(page, "/intranet.html");
    const contacts = widget(page, "#contacts");
    await page.selectOption("#set-area", "blackburn-with-darwen");
    await expect(dangerLine(contacts)).toContainText(
      "Duty Social Worker (Blackburn with Darwen) on 01254 666400",
    );
    await expect(contacts.getByRole("heading", { name: "Contacts for Blackburn with Darwen" })).toBeVisible();
    await page.selectOption("#set-mode", "levels");
    await expect(contacts.locator('[part="level"]')).toHaveCount(4);
    await page.selectOption("#set-area", "nowhere");
    await expect(notice(contacts)).toContainText('area="nowhere"');
    await page.evaluate(() => document.querySelector("#contacts")!.setAttribute("heading-level", "4"));
    await expect(contacts.locator('[part="heading"]')).toHaveJSProperty("tagName", "H4");
    await expectClean(page, watch);
  });

  test("the checker fires right-help-change with the level and indicator ids", async ({ page }) => {
    const watch = await open(page, "/intranet.html");
    await page.evaluate(() => {
      const heard: unknown[] = [];
      (window as unknown as { heard: unknown[] }).heard = heard;
      document.body.addEventListener("right-help-change", (e) =>
        heard.push({
          detail: (e as CustomEvent).detail,
          target: (e.target as Element).id,
          composed: e.composed,
        }),
      );
    });
    const checker = widget(page, "#checker");
    await checker.getByText("Browse and search all indicators").click();
    const item = checker.locator('[data-rh="indicator-browser"] li[data-indicator]').first();
    const id = await item.getAttribute("data-indicator");
    await item.locator('input[type="checkbox"]').check();
    await expect(page.locator("#event-log")).toContainText(`selected: ${id}.`);
    const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    expect(heard).toEqual([
      { detail: { level: expect.any(Number), indicators: [id] }, target: "checker", composed: true },
    ]);
    await item.locator('input[type="checkbox"]').uncheck();
    await expect(page.locator("#event-log")).toContainText("Nothing selected");
    await expectClean(page, watch);
  });

  test("axe finds nothing on the page with each mode", async ({ page }) => {
    await open(page, "/intranet.html");
    await expect(widget(page, "#levels").locator('[part="level"]')).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test("axe finds nothing in the checker with a selection, the gradings and the browser open", async ({
    page,
  }) => {
    await open(page, "/intranet.html");
    const checker = widget(page, "#checker");
    await checker.getByText("Browse and search all indicators").click();
    await checker.getByLabel("Search indicators").fill("school");
    await checker.locator('[data-rh="indicator-browser"] input[type="checkbox"]').first().check();
    await checker.getByText("Add a grading from an assessment tool").click();
    await checker.getByLabel("Paste text to check").fill("Poor home conditions. Mum denies using drugs.");
    await checker.getByRole("button", { name: "Check pasted text" }).click();
    await expect(checker.locator('[data-rh="suggestions"]')).toBeVisible();
    await expectNoAxeViolations(page, "#checker");
  });

  test("axe finds nothing with notices showing (attribute and pack-src)", async ({ page }) => {
    await open(page, "/intranet.html");
    const contacts = widget(page, "#contacts");
    await page.evaluate(() => {
      const el = document.querySelector("#contacts")!;
      el.setAttribute("area", "<b>x</b>");
      el.setAttribute("pack-src", "/fixtures/broken.json");
    });
    await expect(notice(contacts)).toBeVisible();
    await expect(contacts.locator('[data-rh="pack-notice"]')).toBeVisible();
    await expectNoAxeViolations(page, "#contacts");
  });

  test("fits a 320 px wide screen without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, "/intranet.html");
    await expect(widget(page, "#levels").locator('[part="level"]')).toHaveCount(4);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});

test.describe("mock record with the widget beside it (demo/ehr-widget.html)", () => {
  test("pasted note → suggestions to confirm, none ticked → level prompt, consent, contacts, note", async ({
    page,
  }) => {
    const watch = await open(page, "/ehr-widget.html");
    const checker = widget(page, "#checker");
    const note = await page.locator("article.note").first().locator("p").allInnerTexts();
    await checker.getByLabel("Paste text to check").fill(note.join("\n"));
    await checker.getByRole("button", { name: "Check pasted text" }).click();
    await expect(checker.locator('[data-rh="check-status"]')).toContainText("Checked the pasted text");
    const boxes = checker.locator('[data-rh="suggestion"] input[type="checkbox"]');
    expect(await boxes.count()).toBeGreaterThan(2);
    // Suggestions are never ticked for the practitioner.
    for (const box of await boxes.all()) await expect(box).not.toBeChecked();
    await expect(checker.locator('[data-rh="evidence"] mark').first()).toBeVisible();

    // A level 2/3 indicator: a prompt with reasons and citations, consent, contacts.
    const level2 = checker
      .locator('[data-rh="suggestion"][data-negated="false"]', { hasText: "Level 2" })
      .first();
    await level2.locator('input[type="checkbox"]').check();
    await expect(checker.locator('[data-rh="level-summary"]')).toContainText("Prompted level: Level");
    const prompt = checker.locator('[data-rh="level-prompt"]');
    await expect(prompt.locator('[data-rh="reasons"] .rh-cite').first()).toContainText("Source:");
    await expect(checker.locator('[data-rh="consent"]')).toBeVisible();
    await expect(checker.locator('[data-rh="contacts"] [data-contact]').first()).toBeVisible();
    await checker.getByText("Show the note").click();
    await expect(checker.locator('[data-rh="note"]')).not.toContainText("Alex");
    await expectClean(page, watch);
  });

  test("level 4 interrupts with a modal alert; Escape closes it and focus returns", async ({ page }) => {
    const watch = await open(page, "/ehr-widget.html");
    const checker = widget(page, "#checker");
    const flag = checker.getByLabel("The child is in immediate danger");
    await flag.check();
    const dialog = checker.getByRole("alertdialog", { name: "Level 4: act now" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('a[href="tel:999"]')).toBeVisible();
    await expect(dialog).toContainText("Blackpool Families Rock Request for Support Hub");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(flag).toBeFocused();
    await expect(checker.locator('[data-rh="level-summary"]')).toContainText("Level 4");
    await expectClean(page, watch);
  });

  test("keyboard only: Tab reaches the 999 link first, then paste, check, tick and read the prompt", async ({
    page,
  }) => {
    await open(page, "/ehr-widget.html");
    const checker = widget(page, "#checker");
    const call999 = dangerLine(checker).locator('a[href="tel:999"]');
    await call999.waitFor();
    // Tab from the record's last link into the widget: the first stop is the 999 link.
    await page.locator('nav a[href="#family"]').focus();
    await page.keyboard.press("Tab");
    await expect(call999).toBeFocused();
    const textarea = checker.getByLabel("Paste text to check");
    while (!(await textarea.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)))
      await page.keyboard.press("Tab");
    await page.keyboard.type(
      "Mum disclosed that her partner shouts at her and pushed her in front of the children.",
    );
    await page.keyboard.press("Tab");
    await expect(checker.getByRole("button", { name: "Check pasted text" })).toBeFocused();
    await page.keyboard.press("Enter");
    const first = checker.locator('[data-rh="suggestion"] input[type="checkbox"]').first();
    await expect(first).toBeVisible();
    await first.focus();
    // Every focusable control in the widget shows a visible focus indicator.
    const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await expect(checker.locator('[data-rh="level-summary"]')).toContainText("Prompted level: Level");
  });

  test("axe finds nothing on the record page with the widget", async ({ page }) => {
    await open(page, "/ehr-widget.html");
    await expect(widget(page, "#checker").locator('[data-rh="checker"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("strict CSP (demo/strict-csp.html)", () => {
  test("is served with the strict policy, and every mode renders without a single violation or error", async ({
    page,
  }) => {
    const response = page.waitForResponse((r) => r.url().endsWith("/strict-csp.html"));
    const watch = await open(page, "/strict-csp.html");
    expect((await response).headers()["content-security-policy"]).toBe(STRICT_CSP);
    const [contacts, checker, levels] = await widget(page).all();
    await expect(
      contacts!.getByRole("heading", { name: "Contacts for Lancashire County (Preston)" }),
    ).toBeVisible();
    await expect(levels!.locator('[part="level"]')).toHaveCount(4);
    // Exercise the checker fully under the policy: match, browse, grade, level 4 dialog, copy.
    await checker!
      .getByLabel("Paste text to check")
      .fill("Mum smelt of alcohol. Bruise to the cheek of a baby.");
    await checker!.getByRole("button", { name: "Check pasted text" }).click();
    await expect(checker!.locator('[data-rh="suggestions"]')).toBeVisible();
    await checker!.getByText("Add a grading from an assessment tool").click();
    await checker!.getByText("Browse and search all indicators").click();
    await checker!.getByLabel("Search indicators").fill("alcohol");
    await checker!.getByLabel("The child is in immediate danger").check();
    await expect(checker!.getByRole("alertdialog")).toBeVisible();
    await checker!.getByRole("button", { name: "Show the full Level 4 prompt" }).click();
    await checker!.getByRole("button", { name: "Copy record note" }).click();
    await expect(checker!.locator('[data-rh="copy-note"] [role="status"]')).not.toBeEmpty();
    // And a pack-src pack, validated (zod, yaml) under the policy.
    await page.evaluate(() =>
      document.querySelector("right-help-guide")!.setAttribute("pack-src", "/fixtures/custom.json"),
    );
    await expect(contacts!.locator('[part="footer"]')).toContainText(`version ${CUSTOM_VERSION}, published`);
    await expectClean(page, watch);
  });

  test("hostile attribute values give a text-only alert and the 999 line, never markup", async ({ page }) => {
    const watch = await open(page, "/strict-csp.html");
    const first = widget(page).first();
    await expect(dangerLine(first)).toBeVisible();
    const values = [
      "<img src=x onerror=alert(1)>",
      '"><script>alert(1)</script>',
      "x".repeat(100_000),
      "\u202eloopkcalb\u200b\u0000\ud83d",
      "javascript:alert(1)",
    ];
    for (const value of values) {
      await page.evaluate((v) => {
        const el = document.querySelector("right-help-guide")!;
        el.setAttribute("area", v);
        el.setAttribute("district", v);
        el.setAttribute("mode", v);
        el.setAttribute("heading-level", v);
      }, value);
      const alert = first.getByRole("alert").first();
      await expect(alert).toBeVisible();
      expect((await alert.innerText()).length).toBeLessThan(1200);
      await expect(dangerLine(first)).toContainText("call 999");
      await expect(first.locator("img, script, [onerror]")).toHaveCount(0);
      await expect(first.locator('[data-rh="picker"] select').first()).toBeVisible();
    }
    await expect(first.getByRole("alert").first()).toContainText('area="');
    await expectClean(page, watch);
  });

  test("pack-src: a valid pack is used; each kind of bad one falls back with a visible reason", async ({
    page,
  }) => {
    const watch = await open(page, "/strict-csp.html");
    await page.route("**/fixtures/offline.json", (route) => route.abort("internetdisconnected"));
    const first = widget(page).first();
    const setSrc = (src: string) =>
      page.evaluate((s) => document.querySelector("right-help-guide")!.setAttribute("pack-src", s), src);

    await setSrc("/fixtures/custom.json");
    await expect(first.locator('[part="footer"]')).toContainText(`version ${CUSTOM_VERSION}, published`);
    await expect(first.locator('[part="footer"]')).toContainText("loaded from http://127.0.0.1");
    await expect(first.locator('[data-rh="pack-notice"]')).toHaveCount(0);
    await expect(first.locator("[data-contact]").first()).toBeVisible();

    const cases: [string, RegExp][] = [
      ["/fixtures/broken.json", /the file is not valid JSON/],
      [
        "/fixtures/invalid.json",
        /not a valid Right Help content pack \(\d+ problems? found\)\.invalid\.json:\d+ levels/,
      ],
      ["/fixtures/missing.json", /the server answered HTTP 404/],
      ["/fixtures/offline.json", /the network request failed/],
      ["/fixtures/pack.txt", /the server sent “text\/plain; charset=utf-8”, not JSON/],
      ["/fixtures/big.json", /the file is larger than the 2 MB limit/],
    ];
    for (const [src, reason] of cases) {
      await setSrc(src);
      const packNotice = first.locator('[data-rh="pack-notice"]');
      await expect(packNotice).toContainText(reason);
      await expect(packNotice).toHaveAttribute("role", "alert");
      await expect(packNotice).toContainText("Showing Right Help's built-in guidance instead");
      // The built-in guidance is shown below the notice, 999 line first.
      await expect(dangerLine(first)).toContainText("call 999");
      await expect(first.locator("[data-contact]").first()).toBeVisible();
      await expect(first.locator('[part="footer"]')).not.toContainText(CUSTOM_VERSION);
    }
    // The widget stopped reading the oversized file and never read the text one. The 404 and the
    // cut connection are the only other failures, as asked for.
    expect(watch.aborted).toContain(`failed: ${server().url}/fixtures/big.json net::ERR_ABORTED`);
    expect(watch.aborted).toContain(`failed: ${server().url}/fixtures/pack.txt net::ERR_ABORTED`);
    expect(watch.problems).toEqual([
      `HTTP 404: ${server().url}/fixtures/missing.json`,
      `failed: ${server().url}/fixtures/offline.json net::ERR_INTERNET_DISCONNECTED`,
    ]);
    expect(await watch.violations()).toEqual([]);
  });
});

test("loading the script twice (and the module too) defines the element once and renders once", async ({
  page,
}) => {
  const watch = await open(page, "/fixtures/double.html");
  const guide = widget(page);
  await expect(dangerLine(guide)).toHaveCount(1);
  await expect(dangerLine(guide)).toContainText("call 999");
  const state = await page.evaluate(() => ({
    defined: customElements.get("right-help-guide") !== undefined,
    roots: document.querySelector("right-help-guide")!.shadowRoot!.children.length,
  }));
  expect(state).toEqual({ defined: true, roots: 1 });
  await expectClean(page, watch);
});

test("a plain HTML file with the README snippet works when opened over http", async ({ page }) => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const snippet = /<!-- widget-snippet -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(snippet, "README has the snippet").toBeDefined();
  expect(snippet!.trim().split("\n")).toHaveLength(2);
  const site = await servePage({ "index.html": snippet! });
  try {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    // The plain page has no icon: the browser's own /favicon.ico request may 404; nothing else.
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico"))
        problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${site.url}/index.html`);
    const guide = widget(page);
    await expect(dangerLine(guide)).toContainText("call 999, then");
    await expect(guide.locator("[data-contact]").first()).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await site.cleanup();
  }
});

test.describe("the built files", () => {
  test("the ES module build works on its own", async ({ page }) => {
    const watch = await open(page, "/fixtures/module.html");
    const guide = widget(page);
    await expect(
      guide.getByRole("heading", { name: "Contacts for Lancashire County (Burnley)" }),
    ).toBeVisible();
    await expectClean(page, watch);
  });

  test("without adoptedStyleSheets it links the sibling right-help.css, under the strict CSP", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    });
    const watch = await open(page, "/strict-csp.html");
    const first = widget(page).first();
    await expect(dangerLine(first)).toBeVisible();
    const link = first.locator('link[rel="stylesheet"]');
    await expect(link).toHaveAttribute("href", `${server().url}/widget/right-help.css`);
    // The sheet applies: the 999 band is red, as with the adopted sheet.
    await expect(dangerLine(first)).toHaveCSS("background-color", "rgb(163, 29, 16)");
    await expectClean(page, watch);
  });

  test("where customElements is missing, the bundled polyfill is applied and the widget works", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "customElements", {
        value: undefined,
        configurable: true,
        writable: true,
      });
    });
    const watch = await open(page, "/intranet.html");
    await expect(dangerLine(widget(page, "#contacts"))).toContainText("call 999, then Blackpool");
    await expect(widget(page, "#levels").locator('[part="level"]')).toHaveCount(4);
    expect(await page.evaluate(() => "__CE_installPolyfill" in window)).toBe(true);
    await expectClean(page, watch);
  });

  test("where customElements exists, the polyfill never runs", async ({ page }) => {
    await open(page, "/strict-csp.html");
    await expect(dangerLine(widget(page).first())).toBeVisible();
    expect(await page.evaluate(() => "__CE_installPolyfill" in window)).toBe(false);
  });

  test("the scripts hold no CSP-blocked code outside dormant, explained paths", () => {
    const count = (text: string, needle: string) => text.split(needle).length - 1;
    const lib = (path: string) => readFileSync(join(ROOT, "node_modules", path), "utf8");
    const polyfill = lib("@webcomponents/custom-elements/custom-elements.min.js");
    const preact = lib("preact/dist/preact.module.js");
    for (const file of ["right-help.js", "right-help.mjs"]) {
      const code = readFileSync(join(WIDGET_DIR, file), "utf8");
      // Never: eval, string timers, document.write, <style> elements, style attributes, frames
      // from strings or Vite's preload helper.
      for (const needle of [
        "eval(",
        "new Function",
        'setTimeout("',
        'setInterval("',
        "document.write",
        'createElement("style")',
        'setAttribute("style"',
        "srcdoc",
        "__vitePreload",
        "outerHTML",
      ])
        expect(count(code, needle), `${file}: ${needle}`).toBe(0);
      // Dynamic import only of the script's own siblings: the guidance parts, the validator and
      // the matcher.
      expect(count(code, "import("), `${file}: import(`).toBe(3);
      expect(code).toContain("right-help-data-");
      expect(code).toContain("right-help-pack-src.mjs");
      expect(code).toContain("right-help-matcher.mjs");
      // Markup sinks only in the polyfill (run only where customElements is missing) and in
      // Preact's dangerouslySetInnerHTML branch (never reached: lint forbids the prop).
      expect(count(code, "innerHTML"), `${file}: innerHTML`).toBe(
        count(polyfill, "innerHTML") + count(preact, "innerHTML"),
      );
      expect(count(code, "insertAdjacentHTML"), `${file}: insertAdjacentHTML`).toBe(
        count(polyfill, "insertAdjacentHTML"),
      );
      // Style text only in Preact's style-prop branch (never reached: lint forbids style props).
      expect(count(code, "cssText"), `${file}: cssText`).toBe(count(preact, "cssText"));
      // No Function constructor at all: zod (with its compiler) is only in the validator.
      expect(count(code, "=Function"), `${file}: Function constructor`).toBe(0);
    }
    // The siblings: the guidance parts are data only; the validator holds zod, whose compiler
    // and probe stay off (pack-src-entry.ts sets jitless mode before any schema is built).
    for (const file of readdirSync(WIDGET_DIR).filter((n) => n.startsWith("right-help-data-"))) {
      const code = readFileSync(join(WIDGET_DIR, file), "utf8");
      expect(code, file).toMatch(/^export default JSON\.parse\("/);
      expect(code.trimEnd().split("\n"), file).toHaveLength(1);
    }
    const validator = readFileSync(join(WIDGET_DIR, "right-help-pack-src.mjs"), "utf8");
    for (const needle of ["eval(", "new Function", "document.write", "innerHTML", "import("])
      expect(count(validator, needle), `validator: ${needle}`).toBe(0);
    expect(validator).toContain("jitless:!0");
    const matcher = readFileSync(join(WIDGET_DIR, "right-help-matcher.mjs"), "utf8");
    for (const needle of ["eval(", "new Function", "=Function", "document.write", "innerHTML", "import("])
      expect(count(matcher, needle), `matcher: ${needle}`).toBe(0);
  });
});
