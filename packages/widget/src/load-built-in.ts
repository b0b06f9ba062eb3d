import type { Pack } from "@right-help/core";
import type { Mode } from "./attributes.ts";
import { BUILT_IN_PACK } from "./built-in-pack.ts";

/**
 * The built-in guidance a mode needs. This version (tests, and anything not built by the
 * widget's Vite config) has the whole pack at hand and answers at once; the widget build swaps
 * in load-built-in-siblings.ts, which loads the mode's parts from modules beside the script.
 */
export function loadBuiltIn(_mode: Mode): Pack | Promise<Pack> {
  return BUILT_IN_PACK;
}

/** The built-in guidance if it is already loaded (for the error fallback's hub number). */
export function loadedBuiltIn(): Pack | undefined {
  return BUILT_IN_PACK;
}
