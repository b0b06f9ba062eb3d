import { transform } from "esbuild";
import { build as viteBuild } from "vite";
import { fileURLToPath } from "node:url";
import type { Pack } from "@right-help/core";
import { loadFromPath } from "../../core/src/pack/node-files.ts";
import { formatProblem } from "../../core/src/pack/problem.ts";
import { MATCHER_FILE, PART_KEYS, partFile, partOf, VALIDATOR_FILE, type Part } from "../src/pack-parts.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Loaders whose build version fetches sibling modules instead of bundling what they load. */
const SWAPS: Record<string, string> = {
  [here("../src/load-built-in.ts")]: here("../src/load-built-in-siblings.ts"),
  [here("../src/load-validator.ts")]: here("../src/load-validator-siblings.ts"),
  [here("../src/load-matcher.ts")]: here("../src/load-matcher-siblings.ts"),
};

/**
 * The widget script holds no guidance, no validator and no matcher: this plugin swaps in the
 * loaders that import them from beside the script, and writes those sibling files — the built-in
 * pack in parts (right-help-data-<part>.mjs, validated here as the extension's pack is), the
 * pack-src validator (right-help-pack-src.mjs) and the free-text matcher (right-help-matcher.mjs).
 */
export function widgetSiblings(contentDir: string) {
  let written = false;
  return {
    name: "right-help-widget-siblings",
    enforce: "pre" as const,
    async resolveId(
      this: { resolve(id: string, importer?: string, o?: object): Promise<{ id: string } | null> },
      id: string,
      importer?: string,
    ) {
      if (!importer || !id.startsWith(".")) return null;
      const resolved = await this.resolve(id, importer, { skipSelf: true });
      return resolved && SWAPS[resolved.id] ? SWAPS[resolved.id] : null;
    },
    async generateBundle(this: {
      emitFile(f: { type: "asset"; fileName: string; source: string }): void;
      error(m: string): never;
    }) {
      if (written) return; // the classic and the module builds share the siblings
      written = true;
      const result = loadFromPath(contentDir);
      if (!result.ok)
        this.error(`content pack is not valid:\n${result.problems.map(formatProblem).join("\n")}`);
      const pack = result.pack as Pack;
      for (const part of Object.keys(PART_KEYS) as Part[]) {
        // JSON.parse of a string literal is faster to start than the same object as JS.
        const json = JSON.stringify(JSON.stringify(partOf(pack, part)));
        this.emitFile({
          type: "asset",
          fileName: partFile(part),
          source: `export default JSON.parse(${json});\n`,
        });
      }
      this.emitFile({
        type: "asset",
        fileName: VALIDATOR_FILE,
        source: await moduleFile(here("../src/pack-src-entry.ts"), VALIDATOR_FILE, (m) => this.error(m)),
      });
      this.emitFile({
        type: "asset",
        fileName: MATCHER_FILE,
        source: await moduleFile(here("../src/matcher-entry.ts"), MATCHER_FILE, (m) => this.error(m)),
      });
    },
  };
}

/** One sibling module, bundled and minified on its own (Rollup through Vite shakes zod's namespace far better than esbuild alone). */
async function moduleFile(entry: string, fileName: string, error: (m: string) => never): Promise<string> {
  const output = await viteBuild({
    configFile: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      write: false,
      target: "es2018",
      minify: "esbuild",
      lib: { entry, formats: ["es"], fileName: () => fileName },
      rollupOptions: {
        onLog(level, log, handler) {
          if (log.code === "INVALID_ANNOTATION" && /node_modules\/zod\//.test(log.id ?? "")) return;
          handler(level, log);
        },
      },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((o) => ("output" in o ? o.output : []))
    .find((c) => c.type === "chunk");
  if (!chunk || chunk.type !== "chunk") error(`${fileName} did not build`);
  // Vite leaves an ES library's whitespace in place; this file is loaded straight by browsers.
  return (await transform(chunk.code, { format: "esm", minify: true, target: "es2018" })).code;
}
