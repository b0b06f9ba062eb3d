import { readFileSync } from "node:fs";
import { transform } from "esbuild";

/**
 * Writes right-help.css beside the script: the same rules the script adopts as a constructable
 * stylesheet, for browsers without adoptedStyleSheets (the widget links to it instead of using
 * inline styles). `files` are joined exactly as src/styles.ts joins them.
 */
export function widgetCssFile(files: readonly string[], fileName = "right-help.css") {
  return {
    name: "widget-css-file",
    async generateBundle(
      this: { emitFile(file: { type: "asset"; fileName: string; source: string }): string },
      options: { format: string },
    ) {
      // Both outputs (iife, es) run this hook; one file is enough.
      if (options.format !== "iife") return;
      const css = files.map((f) => readFileSync(f, "utf8")).join("\n");
      const { code } = await transform(css, { loader: "css", minify: true });
      this.emitFile({ type: "asset", fileName, source: code });
    },
  };
}
