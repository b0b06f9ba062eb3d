/** The one context-menu item: shown only on a selection, so it needs no host permission. */
import { browser } from "wxt/browser";

export const MENU_ID = "right-help-check-selection";
export const MENU_TITLE = "Check selected text with Right Help";

export function createMenu(): void {
  // Remove first: onInstalled also runs on updates, and ids must be unique.
  browser.contextMenus.removeAll(() => {
    browser.contextMenus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ["selection"] });
  });
}
