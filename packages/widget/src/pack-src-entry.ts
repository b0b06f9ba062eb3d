/** Entry of right-help-pack-src.mjs: zod's CSP-safe mode first, then the fetcher and validator. */
import "./jitless.ts";
export * from "./pack-source.ts";
