/**
 * What the panel needs from the browser, behind a small interface so the panel can be tested
 * with a fake and the web component can reuse the panel's parts without extension APIs.
 */
import { browser } from "wxt/browser";
import { isFromOwnPage, parseRequest, parseScanReply, type ScanReply } from "../messages.ts";
import { OPTIONS_PATH } from "../pages.ts";
import { watchManaged, type ManagedStorage } from "../policy.ts";
import { scanTab, type Scripting } from "../scan.ts";
import { SELECTION_KEY, takeSelection, type PendingSelection, type SessionArea } from "../selection.ts";

export interface PanelHost {
  /** Reads the page in the active tab of this window (only ever called on a click). */
  scanPage(): Promise<ScanReply>;
  /** Each selection handed over by the context menu, now and later; returns an unsubscribe. */
  onSelection(listener: (selection: PendingSelection) => void): () => void;
  /** The options page cleared all data; returns an unsubscribe. */
  onCleared(listener: () => void): () => void;
  /** Drops any selection still waiting to be read. */
  clearSession(): Promise<void>;
  /** The keyboard shortcut that opens the panel, if the browser tells us. */
  shortcut(): Promise<string | undefined>;
  /** The organisation's managed settings (raw, unvalidated), now and on every change. */
  onManagedSettings?(listener: (raw: unknown) => void): () => void;
}

const session = () => browser.storage.session as unknown as SessionArea;

/**
 * The active tab of the panel's window as the browser last said (tabs.onActivated), so a scan
 * can start the page read at once instead of after a tabs.query round trip. Only a head start:
 * scanPage still asks tabs.query and uses the read only if both name the same tab.
 */
function trackActiveTab(): () => number | undefined {
  let windowId: number | undefined;
  let tabId: number | undefined;
  let known = false;
  const tabs = browser.tabs;
  tabs.onActivated.addListener((info) => {
    if (!known || info.windowId !== windowId) return;
    tabId = info.tabId;
  });
  tabs.onRemoved.addListener((id) => {
    if (id === tabId) tabId = undefined;
  });
  void tabs.query({ active: true, currentWindow: true }).then(
    ([tab]) => {
      if (known) return;
      windowId = tab?.windowId;
      tabId = tab?.id;
      known = windowId !== undefined;
    },
    () => {},
  );
  return () => (known ? tabId : undefined);
}

export function browserHost(): PanelHost {
  const activeTab = trackActiveTab();
  return {
    async scanPage() {
      // The panel runs the read itself when it may (one hop fewer); otherwise it asks the
      // background, which holds the same code.
      const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
      const guess = activeTab();
      // The read in the tab the panel believes is in front starts with the question which tab
      // that is, not after its answer: Scan costs what Paste does plus the page read. A read of
      // another tab (a switch in the same millisecond) is dropped unused, and the right tab read.
      const early = scripting?.executeScript && guess !== undefined ? scanTab(scripting, guess) : null;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return { ok: false, reason: "no-tab" };
      if (early && tab.id === guess) return early;
      if (scripting?.executeScript) return scanTab(scripting, tab.id);
      try {
        const reply: unknown = await browser.runtime.sendMessage({ type: "right-help/scan", tabId: tab.id });
        return parseScanReply(reply) ?? { ok: false, reason: "failed" };
      } catch {
        return { ok: false, reason: "failed" };
      }
    },

    onSelection(listener) {
      // This panel's window: a selection made in another window is left for that window's panel.
      const windowId = browser.windows.getCurrent().then(
        (w) => w.id,
        () => undefined,
      );
      const take = () =>
        void windowId
          .then((id) => takeSelection(session(), id))
          .then((s) => {
            if (s) listener(s);
          });
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === "session" && changes[SELECTION_KEY]?.newValue !== undefined) take();
      };
      browser.storage.onChanged.addListener(onChanged);
      take(); // a selection made before the panel finished opening
      return () => browser.storage.onChanged.removeListener(onChanged);
    },

    onCleared(listener) {
      const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
        if (parseRequest(message)?.type !== "right-help/cleared") return;
        if (isFromOwnPage(sender, browser.runtime.id, OPTIONS_PATH)) listener();
      };
      browser.runtime.onMessage.addListener(onMessage);
      return () => browser.runtime.onMessage.removeListener(onMessage);
    },

    clearSession: () => session().remove(SELECTION_KEY),

    onManagedSettings: (listener) => watchManaged(browser.storage as unknown as ManagedStorage, listener),

    async shortcut() {
      try {
        const commands = await browser.commands.getAll();
        const open = commands.find(
          (c) => c.name === "_execute_action" || c.name === "_execute_sidebar_action",
        );
        return open?.shortcut || undefined;
      } catch {
        return undefined;
      }
    },
  };
}
