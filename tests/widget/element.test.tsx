// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CHANGE_EVENT, type ChangeDetail } from "../../packages/widget/src/change-event.ts";
import { defineRightHelpGuide, RightHelpGuide, TAG } from "../../packages/widget/src/element.tsx";

beforeAll(() => defineRightHelpGuide());

afterEach(() => {
  document.body.replaceChildren();
});

/** Adds <right-help-guide> with the given attributes and waits for effects. */
function guide(attributes: Record<string, string> = {}): RightHelpGuide {
  const el = document.createElement(TAG) as RightHelpGuide;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  act(() => {
    document.body.append(el);
  });
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent ?? "";
const q = (el: Element, selector: string) => shadow(el).querySelector(selector);
const danger = (el: Element) => q(el, '[data-rh="immediate-danger"]');

/** Opens the checker's "Browse and search all indicators" (rendered once opened). */
function openBrowser(el: Element) {
  const details = [...shadow(el).querySelectorAll("details")].find((d) =>
    d.querySelector("summary")!.textContent!.startsWith("Browse"),
  )!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
}

function set(el: Element, name: string, value: string | null) {
  act(() => {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  });
}

describe("<right-help-guide>", () => {
  it("renders into an open shadow root styled by one adopted stylesheet", () => {
    const el = guide({ area: "blackpool" });
    expect(el.shadowRoot).not.toBeNull();
    expect(shadow(el).adoptedStyleSheets).toHaveLength(1);
    expect(shadow(el).querySelector("style, link")).toBeNull();
    // The sheet is shared: a second widget adopts the same object.
    const other = guide({ area: "lancashire" });
    expect(shadow(other).adoptedStyleSheets[0]).toBe(shadow(el).adoptedStyleSheets[0]);
  });

  it("defaults to contacts: the 999 line with the area's front door first, then the ordered contacts", () => {
    const el = guide({ area: "blackpool" });
    expect(q(el, '[data-rh="widget"]')!.getAttribute("data-mode")).toBe("contacts");
    expect(danger(el)!.textContent).toContain(
      "call 999, then Blackpool Families Rock Request for Support Hub",
    );
    const contacts = [...shadow(el).querySelectorAll("[data-contact]")].map((c) =>
      c.getAttribute("data-contact"),
    );
    expect(contacts[0]).toBe("bpool-emergency");
    expect(q(el, '[data-rh="coverage"]')).not.toBeNull();
    expect(q(el, '[data-rh="attribute-notice"]')).toBeNull();
  });

  it("puts the title at heading-level and the sections one below", () => {
    const el = guide({ area: "blackpool", "heading-level": "3" });
    expect(q(el, '[part="heading"]')!.tagName).toBe("H3");
    expect(q(el, '[data-rh="contacts"] > h4')!.textContent).toBe("Contacts for Blackpool");
  });

  it("re-renders when any attribute changes", () => {
    const el = guide({ area: "blackpool" });
    set(el, "area", "blackburn-with-darwen");
    expect(danger(el)!.textContent).toContain("Duty Social Worker (Blackburn with Darwen)");
    set(el, "mode", "levels");
    expect(q(el, '[data-rh="levels"]')).not.toBeNull();
    expect(shadow(el).querySelectorAll('[part="level"]')).toHaveLength(4);
    set(el, "heading-level", "5");
    expect(q(el, '[part="heading"]')!.tagName).toBe("H5");
    set(el, "mode", "checker");
    expect(q(el, '[data-rh="checker"]')).not.toBeNull();
    set(el, "mode", null);
    expect(q(el, '[data-rh="widget"]')!.getAttribute("data-mode")).toBe("contacts");
  });

  it("offers an area picker when the page gives no area, and a district picker for Lancashire", () => {
    const el = guide({});
    expect(q(el, '[data-rh="picker"]')).not.toBeNull();
    expect(text(el)).toContain("Choose the child's area above to see its contacts.");
    expect(danger(el)!.textContent).toContain("call 999");
    set(el, "area", "lancashire");
    expect(shadow(el).querySelectorAll('[data-rh="picker"] select')).toHaveLength(2);
    set(el, "district", "preston");
    expect(q(el, '[data-rh="picker"]')).toBeNull();
    expect(text(el)).toContain("Contacts for Lancashire County (Preston)");
  });

  describe("with unknown or hostile attribute values", () => {
    const HOSTILE = "<img src=x onerror=alert(1)>";

    it.each([
      ["an unknown area", { area: "atlantis" }, 'area="atlantis"'],
      ["markup", { area: HOSTILE }, `area="${HOSTILE}"`],
      ["a 100 KB value", { area: "y".repeat(100_000) }, `area="${"y".repeat(40)}…"`],
      ["odd Unicode", { area: "\u202eloopkcalb\u200b\ud800" }, 'area="loopkcalb\ufffd"'],
      ["an unknown mode", { area: "blackpool", mode: "<script>" }, 'mode="<script>"'],
      ["a bad heading level", { area: "blackpool", "heading-level": "9" }, 'heading-level="9"'],
    ])("%s: an alert with the value as text, and the 999 line", (_what, attributes, quoted) => {
      const el = guide(attributes);
      const alert = q(el, '[role="alert"][data-rh="attribute-notice"]');
      expect(alert).not.toBeNull();
      expect(alert!.textContent).toContain(quoted);
      expect(alert!.textContent!.length).toBeLessThan(400);
      expect(danger(el)!.textContent).toContain("call 999");
      expect(danger(el)!.querySelector('a[href="tel:999"]')).not.toBeNull();
      // Text only: no element came from the value.
      expect(shadow(el).querySelector("img, script, [onerror]")).toBeNull();
    });

    it("never shows a blank box: the mode still renders below the message", () => {
      const el = guide({ area: "atlantis", mode: "levels" });
      expect(shadow(el).querySelectorAll('[part="level"]')).toHaveLength(4);
    });
  });

  describe("the right-help-change event", () => {
    it("fires (bubbling, composed) with the level and indicator ids when the selection changes", () => {
      const el = guide({ area: "lancashire", district: "preston", mode: "checker" });
      const heard: ChangeDetail[] = [];
      const listener = vi.fn((e: Event) => {
        expect(e.bubbles).toBe(true);
        expect(e.composed).toBe(true);
        heard.push((e as CustomEvent<ChangeDetail>).detail);
      });
      document.addEventListener(CHANGE_EVENT, listener);
      openBrowser(el);
      const level4 = [...shadow(el).querySelectorAll('[data-rh="indicator-browser"] li[data-indicator]')]
        .find((li) => li.querySelector(".rh-meta")!.textContent!.startsWith("Level 4"))!
        .querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      expect(level4.checked).toBe(false);
      act(() => level4.click());
      document.removeEventListener(CHANGE_EVENT, listener);
      const id = level4.closest("[data-indicator]")!.getAttribute("data-indicator");
      expect(heard).toEqual([{ level: 4, indicators: [id] }]);
    });

    it("does not fire on the first render, and reports level null when the selection is emptied", () => {
      const heard: ChangeDetail[] = [];
      const listener = (e: Event) => heard.push((e as CustomEvent<ChangeDetail>).detail);
      document.addEventListener(CHANGE_EVENT, listener);
      const el = guide({ area: "blackpool", mode: "checker" });
      expect(heard).toEqual([]);
      openBrowser(el);
      const box = shadow(el).querySelector<HTMLInputElement>(
        '[data-rh="indicator-browser"] input[type="checkbox"]',
      )!;
      act(() => box.click());
      act(() => box.click());
      document.removeEventListener(CHANGE_EVENT, listener);
      expect(heard).toHaveLength(2);
      expect(heard[1]).toEqual({ level: null, indicators: [] });
    });
  });

  it("counts the immediate-danger flag alone as a Level 4 prompt in the event and the summary", () => {
    const el = guide({ area: "blackpool", mode: "checker" });
    const heard: ChangeDetail[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent<ChangeDetail>).detail);
    el.addEventListener(CHANGE_EVENT, listener);
    const flag = q(el, '[data-rh="danger-flag"] input') as HTMLInputElement;
    act(() => flag.click());
    expect(heard).toEqual([{ level: 4, indicators: [] }]);
    expect(q(el, '[data-rh="level-summary"]')!.textContent).toContain("Prompted level: Level 4");
  });

  it("is defined once: defining again (a second copy of the script) changes nothing", () => {
    const before = customElements.get(TAG);
    defineRightHelpGuide();
    defineRightHelpGuide();
    expect(customElements.get(TAG)).toBe(before);
  });

  it("links the sibling right-help.css where adoptedStyleSheets is unsupported", () => {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, "adoptedStyleSheets");
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    try {
      expect("adoptedStyleSheets" in ShadowRoot.prototype).toBe(false);
      // happy-dom would try to fetch the file: not what is being tested here.
      const happy = (window as unknown as { happyDOM?: { settings: { disableCSSFileLoading: boolean } } })
        .happyDOM;
      if (happy) happy.settings.disableCSSFileLoading = true;
      const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
      const el = guide({ area: "blackpool" });
      const link = shadow(el).querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
      expect(link).not.toBeNull();
      expect(link!.href).toMatch(/right-help\.css$/);
      expect(shadow(el).querySelector("style")).toBeNull();
      quiet.mockRestore();
    } finally {
      if (descriptor) Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", descriptor);
    }
  });

  it("stops its clock when removed and renders again when put back", () => {
    const el = guide({ area: "blackpool" });
    act(() => el.remove());
    expect(text(el)).toBe("");
    act(() => {
      document.body.append(el);
    });
    expect(danger(el)).not.toBeNull();
  });
});
