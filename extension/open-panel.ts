/**
 * Opens Right Help beside the page: Chrome's side panel, or Firefox's sidebar. Both browsers only
 * allow it in direct response to a user action, so callers must call this before any await.
 */
import { browser } from "wxt/browser";

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> };
}

const apis = () => browser as unknown as PanelApis;

export function openPanel(windowId: number | undefined): void {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel && windowId !== undefined) sidePanel.open({ windowId }).catch(() => {});
  else if (sidebarAction) sidebarAction.open().catch(() => {});
}

/**
 * The toolbar button and the keyboard shortcut open the panel. In Chrome this is done by hand
 * (action.onClicked → sidePanel.open) rather than with setPanelBehavior({openPanelOnActionClick:
 * true}): with that behaviour Chrome opens the panel without "invoking" the extension, so the
 * activeTab grant that "Scan this page" needs is never given. Firefox grants it on the click too.
 */
export function openPanelOnToolbarButton(): void {
  const b = browser as unknown as PanelApis & {
    sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };
    action?: { onClicked: { addListener(cb: (tab: { windowId?: number }) => void): void } };
    browserAction?: { onClicked: { addListener(cb: () => void): void } };
  };
  if (b.sidePanel && b.action) {
    // Undo the behaviour in case an earlier build set it: it is kept across restarts.
    b.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
    b.action.onClicked.addListener((tab) => openPanel(tab.windowId));
  } else if (b.sidebarAction && b.browserAction) {
    // Firefox: the toolbar button has no popup, so a click toggles the sidebar.
    b.browserAction.onClicked.addListener(() => {
      b.sidebarAction?.toggle?.().catch(() => {});
    });
  }
}
