import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const VIRTUAL = "virtual:custom-elements-polyfill";
const RESOLVED = "\0" + VIRTUAL;

/**
 * `import apply from "virtual:custom-elements-polyfill"`: @webcomponents/custom-elements as a
 * function, so the script carries the polyfill but runs it only when the browser lacks
 * customElements (a plain import would run it on load).
 */
export function customElementsPolyfill() {
  return {
    name: "custom-elements-polyfill",
    resolveId(id: string) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id: string) {
      if (id !== RESOLVED) return undefined;
      const file = createRequire(import.meta.url).resolve(
        "@webcomponents/custom-elements/custom-elements.min.js",
      );
      const code = readFileSync(file, "utf8").replace(/\/\/# sourceMappingURL=.*$/m, "");
      return `export default function applyCustomElementsPolyfill() {\n${code}\n}\n`;
    },
  };
}
