import preact from "@preact/preset-vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { rightHelpPack } from "../core/src/pack/vite-plugin.ts";
import { widgetCssFile } from "./build/css-file-plugin.ts";
import { minifyEsOutput } from "./build/minify-es-plugin.ts";
import { customElementsPolyfill } from "./build/polyfill-plugin.ts";
import { widgetSiblings } from "./build/siblings-plugin.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `npm run build:widget`: dist/widget/right-help.js (classic script) and right-help.mjs (ES
 * module), each one file with Preact, the components, the engine and the element; beside them
 * the guidance in parts (right-help-data-*.mjs, each mode loads only its own), the pack-src
 * validator (right-help-pack-src.mjs, loaded only when pack-src is set), and right-help.css for
 * browsers that cannot adopt constructable stylesheets.
 */
/**
 * `RIGHT_HELP_WIDGET_ONE_FILE=<dir>` (npm run bench:widget only): the same script with the pack
 * and the validator inside, as before the split, written to <dir>: the baseline the benchmark
 * measures the split against in the same run. Never shipped.
 */
const oneFile = process.env.RIGHT_HELP_WIDGET_ONE_FILE;

export default defineConfig({
  root: here("."),
  publicDir: false,
  logLevel: "warn",
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    ...(oneFile ? [] : [widgetSiblings(here("../../content"))]),
    rightHelpPack(),
    customElementsPolyfill(),
    widgetCssFile([here("../ui/src/styles.css"), here("src/widget.css")]),
    minifyEsOutput(),
  ],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: oneFile ?? here("../../dist/widget"),
    emptyOutDir: true,
    // Browsers from about 2020 (the engine's Unicode regular expressions need ES2018 anyway).
    target: "es2018",
    minify: "esbuild",
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      onLog(level, log, handler) {
        // zod's sources carry comments Rollup cannot place; nothing is wrong with the output.
        if (log.code === "INVALID_ANNOTATION" && /node_modules\/zod\//.test(log.id ?? "")) return;
        handler(level, log);
      },
    },
    lib: {
      entry: here("src/index.ts"),
      formats: ["iife", "es"],
      name: "RightHelp",
      fileName: (format) => (format === "es" ? "right-help.mjs" : "right-help.js"),
    },
  },
});
