import { css as uiCss } from "@right-help/ui";
import widgetCss from "./widget.css?inline";

/** The widget's whole stylesheet: the shared components' rules, then the widget's own. */
export const WIDGET_CSS = `${uiCss}\n${widgetCss}`;

/** Name of the same stylesheet as a file beside the script (written by the build). */
export const CSS_FILE = "right-help.css";

let shared: CSSStyleSheet | undefined;

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
 * on the page; where that is unsupported, a <link> to the sibling right-help.css.
 */
export function attachStyles(root: ShadowRoot | HTMLElement, cssHref: string): "adopted" | "link" {
  if (root instanceof ShadowRoot && canAdoptSheets()) {
    try {
      if (!shared) {
        shared = new CSSStyleSheet();
        shared.replaceSync(WIDGET_CSS);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
      return "adopted";
    } catch {
      // Fall through to the link (e.g. a sheet from another document).
    }
  }
  const link = (root.ownerDocument ?? document).createElement("link");
  link.rel = "stylesheet";
  link.href = cssHref;
  root.insertBefore(link, root.firstChild);
  return "link";
}
