/**
 * The background keeps nothing in memory: the service worker may be stopped between any two
 * events. It opens the panel, hands a selection over through storage.session, and reads a page
 * when the panel asks (activeTab, only after the practitioner's click).
 */
import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { createMenu, MENU_ID } from "../extension/menu.ts";
import { isFromOwnPage, parseRequest } from "../extension/messages.ts";
import { openPanel, openPanelOnToolbarButton } from "../extension/open-panel.ts";
import { PANEL_PATH } from "../extension/pages.ts";
import { scanTab, type Scripting } from "../extension/scan.ts";
import { putSelection } from "../extension/selection.ts";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  openPanelOnToolbarButton();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    openPanel(tab?.windowId); // first, while the click still counts as the user's action
    void putSelection(browser.storage.session, info.selectionText ?? "", tab?.windowId);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const request = parseRequest(message);
    if (request?.type !== "right-help/scan") return undefined;
    if (!isFromOwnPage(sender, browser.runtime.id, PANEL_PATH)) return undefined;
    void scanTab(browser.scripting as unknown as Scripting, request.tabId).then(sendResponse);
    return true; // the reply comes later
  });
});
