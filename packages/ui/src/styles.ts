import css from "./styles.css?inline";

/** The whole stylesheet as text, for hosts that build their own CSSStyleSheet. */
export { css };

/**
 * Adds Right Help's stylesheet to a document or a shadow root as a constructable stylesheet:
 * no <style> element, no inline styles, so it works under a strict style-src CSP.
 */
export function adoptStyles(target: Document | ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
}
