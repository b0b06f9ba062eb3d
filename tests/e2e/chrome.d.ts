// The extension APIs as the tests use them inside page.evaluate() and worker.evaluate().
import type { Browser } from "wxt/browser";

declare global {
  const chrome: typeof Browser;
}

export {};
