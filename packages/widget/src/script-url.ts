/**
 * Where this script was loaded from, read while it runs (document.currentScript is only set
 * then): a classic script has currentScript, an ES module has import.meta.url. Used to find
 * the sibling right-help.css when a browser cannot adopt constructable stylesheets.
 */
const current = typeof document !== "undefined" ? document.currentScript : null;

export const SCRIPT_URL: string =
  (current instanceof HTMLScriptElement && current.src) ||
  import.meta.url ||
  (typeof document !== "undefined" ? document.baseURI : "");

export function siblingUrl(name: string, base = SCRIPT_URL): string {
  try {
    return new URL(name, base).href;
  } catch {
    return name;
  }
}
