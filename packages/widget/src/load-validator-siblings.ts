import { VALIDATOR_FILE } from "./pack-parts.ts";
import { siblingUrl } from "./script-url.ts";

/** The widget build's loadValidator: right-help-pack-src.mjs, beside the script, once per page. */
let validator: Promise<typeof import("./pack-source.ts")> | undefined;

export const loadValidator = (): Promise<typeof import("./pack-source.ts")> => {
  validator ??= import(/* @vite-ignore */ siblingUrl(VALIDATOR_FILE));
  validator.catch(() => (validator = undefined));
  return validator;
};
