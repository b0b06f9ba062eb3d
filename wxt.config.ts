import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { rightHelpPack } from "./packages/core/src/pack/vite-plugin.ts";

// Chrome/Edge MV3 side panel and Firefox MV2 sidebar from the same entrypoints. Permissions are
// the whole list: no host permissions, no content scripts; the page is read only through activeTab.
const SHORTCUT = "Alt+Shift+R";
/** The Firefox add-on id: fixed for good once published on addons.mozilla.org. */
const GECKO_ID = "right-help@right-help";
/**
 * The public half of the extension's key: Chrome derives the extension id from it,
 * cjkihnkdepecokkpnmfilpbnlhfelafn, so policies can name it (docs/administrators.md). The private
 * half is never in the repository. The Chrome Web Store refuses an upload with a key, so
 * `npm run release` builds its Chrome zip without one (RIGHT_HELP_STORE_ZIP).
 */
const CHROME_KEY =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnQhTF5VGLh11kz0RX+Bcv3QuCN0fzwWrVlp/4VFNbP45p2Y0UJBgCkdkVBYTNgv4exCK75FHfiPAoASlbD4gySNK5DIWK80+FGWLHCncDRyyn68jhuS7qwA9BDw07J4F6mExwsYB5aKGMU4c7btjWY6TmXZk0iQhAsAtdq6nRFzAJ91CqO8fRWUIUPh7u/GaXycwep0VXnhVVJApCtV2d6drtgGuILF0Flv8+iarC3IuVZCFS/jciCZA+tNkHl62Eni7Sx12obX07H4KFvnxw6Mw3CZ1xzGLqKIzrO0K9ASmm6mazSsKnZzUYtELnx2ToHiTUoVVddv7bKQyRrhtKwIDAQAB";

export default defineConfig({
  srcDir: ".",
  entrypointsDir: "entrypoints",
  // `npm run release` builds the store packages apart, so the tested builds stay as they are.
  outDir: process.env.RIGHT_HELP_STORE_ZIP ? "dist/store" : "dist/extension",
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
      : {
          ...(process.env.RIGHT_HELP_STORE_ZIP ? {} : { key: CHROME_KEY }),
          // Settings an organisation sets by policy (Firefox reads them from policies.json, no schema).
          storage: { managed_schema: "managed-schema.json" },
        }),
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
