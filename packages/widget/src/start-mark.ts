/**
 * The first thing the script does: a User Timing mark, so the time from script start to first
 * render can be measured (by the tests, and by a host page with performance.getEntriesByName).
 */
export const SCRIPT_START = "right-help:script-start";
export const FIRST_RENDER = "right-help:first-render";

if (typeof performance !== "undefined" && typeof performance.mark === "function")
  performance.mark(SCRIPT_START);
