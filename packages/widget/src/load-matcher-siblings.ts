import { MATCHER_FILE } from "./pack-parts.ts";
import { siblingUrl } from "./script-url.ts";

/** The widget build's loadMatcher: right-help-matcher.mjs, beside the script, once per page. */
let matcher: Promise<typeof import("./matcher-entry.ts")> | undefined;

export const loadMatcher = (): Promise<typeof import("./matcher-entry.ts")> => {
  matcher ??= import(/* @vite-ignore */ siblingUrl(MATCHER_FILE));
  matcher.catch(() => (matcher = undefined));
  return matcher;
};
