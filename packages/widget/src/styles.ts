import { css as uiCss } from "@right-help/ui";
import widgetCss from "./widget.css?inline";

/** The widget's whole stylesheet: the shared components' rules, then the widget's own. */
export const WIDGET_CSS = `${uiCss}\n${widgetCss}`;

/** Name of the same stylesheet as a file beside the script (written by the build). */
export const CSS_FILE = "right-help.css";

// One sheet per document: a constructed sheet may only be adopted in the document it was made
// for, so a widget moved into an iframe (and back) needs that document's own sheet.
const sheets = new WeakMap<Document, CSSStyleSheet>();
const ours = new WeakSet<CSSStyleSheet>();

function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(WIDGET_CSS);
    sheets.set(doc, sheet);
    ours.add(sheet);
  }
  return sheet;
}

/** True when this browser can give a shadow root a constructable stylesheet. */
export function canAdoptSheets(): boolean {
  return (
    typeof ShadowRoot === "function" &&
    "adoptedStyleSheets" in ShadowRoot.prototype &&
    typeof CSSStyleSheet === "function" &&
    "replaceSync" in CSSStyleSheet.prototype
  );
}

/**
 * Styles a shadow root without a <style> element or a style attribute, so a page's
 * `style-src 'self'` CSP never blocks it: one constructable stylesheet shared by every widget
 * in a document; where that is unsupported, a <link> to the sibling right-help.css. Called
 * again after the element moves to another document, it swaps in that document's sheet.
 */
export function attachStyles(root: ShadowRoot | HTMLElement, cssHref: string): "adopted" | "link" {
  if (root instanceof ShadowRoot && canAdoptSheets()) {
    try {
      const sheet = sheetFor(root.ownerDocument);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !ours.has(s)), sheet];
      return "adopted";
    } catch {
      // Fall through to the link.
    }
  }
  if (root.querySelector(":scope > link[data-rh-styles]")) return "link";
  const link = (root.ownerDocument ?? document).createElement("link");
  link.rel = "stylesheet";
  link.setAttribute("data-rh-styles", "");
  link.href = cssHref;
  root.insertBefore(link, root.firstChild);
  return "link";
}
