import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { rightHelpPack } from "./packages/core/src/pack/vite-plugin.ts";

export default defineConfig({
  // The pack plugin gives UI tests the same built-in pack the extension ships.
  plugins: [preact(), rightHelpPack()],
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    testTimeout: 20_000,
  },
});
