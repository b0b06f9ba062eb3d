import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { rightHelpPack } from "./packages/core/src/pack/vite-plugin.ts";

// Chrome/Edge MV3 side panel and Firefox MV2 sidebar from the same entrypoints. Permissions are
// the whole list: no host permissions, no content scripts; the page is read only through activeTab.
const SHORTCUT = "Alt+Shift+R";
/** The Firefox add-on id: fixed for good once published on addons.mozilla.org. */
const GECKO_ID = "right-help@right-help";

export default defineConfig({
  srcDir: ".",
  entrypointsDir: "entrypoints",
  outDir: "dist/extension",
  manifest: ({ browser }) => ({
    name: "Right Help",
    permissions:
      browser === "firefox"
        ? ["contextMenus", "activeTab", "scripting", "storage"]
        : ["sidePanel", "contextMenus", "activeTab", "scripting", "storage"],
    action: { default_title: "Open Right Help" },
    // Firefox asks every extension to declare what it collects: nothing. The gecko id keeps the
    // add-on id stable (policies and storage are keyed by it); 140 is the first release that knows
    // data_collection_permissions (storage.session, scripting and the sidebar are older).
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
    commands:
      browser === "firefox"
        ? {
            _execute_sidebar_action: { suggested_key: { default: SHORTCUT }, description: "Open Right Help" },
          }
        : { _execute_action: { suggested_key: { default: SHORTCUT }, description: "Open Right Help" } },
  }),
  // `npm run release` (scripts/release.ts): the sources zip addons.mozilla.org asks for holds what
  // the add-on is built from; WXT already leaves out node_modules, dotfiles and dist/extension.
  zip: {
    excludeSources: [
      "dist/**",
      "tests/**",
      "bench/**",
      "demo/**",
      "docs/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "**/*.pem",
      "**/*.key",
    ],
  },
  vite: () => ({
    plugins: [preact(), rightHelpPack()],
    // core's modules are pure (no work at import time beyond building zod schemas): saying so lets
    // the bundler drop the schemas and zod, which the extension never runs (the pack is validated
    // at build time by rightHelpPack()).
    build: {
      rollupOptions: {
        treeshake: { moduleSideEffects: (id: string) => !id.includes("/packages/core/src/") },
      },
    },
  }),
});
