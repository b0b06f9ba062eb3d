import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

// WXT builds the browser extension (Chrome/Edge MV3 side panel, Firefox sidebar).
export default defineConfig({
  srcDir: ".",
  entrypointsDir: "entrypoints",
  outDir: "dist/extension",
  manifest: {
    name: "Right Help",
    permissions: ["sidePanel", "contextMenus", "activeTab", "scripting", "storage"],
  },
  vite: () => ({ plugins: [preact()] }),
});
