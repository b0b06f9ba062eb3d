/**
 * The script a page loads: <script src="right-help.js"></script>. Import order matters: the
 * timing mark first, then the loader of the guidance parts (in the widget build it asks for the
 * parts every mode needs as it is evaluated, so they load while the rest of the script runs,
 * not after it), then zod's CSP-safe mode (before core builds its schemas), then the
 * custom-elements polyfill (only where the browser lacks them), then the element.
 */
import "./start-mark.ts";
import "./load-built-in.ts";
import "./jitless.ts";
import "./polyfill.ts";
import { defineRightHelpGuide, RightHelpGuide, TAG } from "./element.tsx";

defineRightHelpGuide();

// The classic script exposes these as the one global `RightHelp` (which also keeps the build's
// helpers inside the script's own scope). The element itself is customElements.get(TAG).
export { RightHelpGuide, TAG };
