/**
 * The free-text matcher, loaded on the first check (most visits never paste anything). The
 * widget build swaps in load-matcher-siblings.ts, which loads it from right-help-matcher.mjs
 * beside the script, so the script itself stays within its size budget.
 */
export const loadMatcher = (): Promise<typeof import("./matcher-entry.ts")> => import("./matcher-entry.ts");
