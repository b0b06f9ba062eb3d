/**
 * The `pack-src` fetcher and validator (core's loadPackJson, with zod and yaml), loaded only when
 * a widget has `pack-src`. The widget build swaps in load-validator-siblings.ts, which loads it
 * from right-help-pack-src.mjs beside the script.
 */
export const loadValidator = (): Promise<typeof import("./pack-source.ts")> => import("./pack-source.ts");
