import applyCustomElementsPolyfill from "virtual:custom-elements-polyfill";

// Only a browser without custom elements runs the polyfill (@webcomponents/custom-elements);
// everywhere else it stays dormant code in the file.
if (typeof window !== "undefined" && !window.customElements) applyCustomElementsPolyfill();
