import { transform } from "esbuild";

interface Chunk {
  type: "chunk" | "asset";
  code?: string;
}

/**
 * Vite leaves an ES library's whitespace in place (for other bundlers' tree-shaking); the
 * widget's .mjs is loaded straight by browsers, so it is minified like the classic script.
 */
export function minifyEsOutput() {
  return {
    name: "minify-es-output",
    async generateBundle(options: { format: string }, bundle: Record<string, Chunk>) {
      if (options.format !== "es") return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk" || chunk.code === undefined) continue;
        // import.meta (the module's own URL, to find its siblings) is kept: every browser that
        // runs modules has it, though the es2018 target alone would make esbuild empty it.
        chunk.code = (
          await transform(chunk.code, {
            format: "esm",
            minify: true,
            target: "es2018",
            supported: { "import-meta": true },
          })
        ).code;
      }
    },
  };
}
