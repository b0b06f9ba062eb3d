// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ScanReply } from "../../extension/messages.ts";
import { App } from "../../extension/panel/App.tsx";
import type { PanelHost } from "../../extension/panel/host.ts";
import type { PanelDraft, PanelStore } from "../../extension/panel/panel-store.ts";
import type { PendingSelection } from "../../extension/selection.ts";
import { EHR_NOTE, pack } from "../ui/render.tsx";

function fakeHost(reply: ScanReply = { ok: false, reason: "restricted" }) {
  let onSelection: (s: PendingSelection) => void = () => {};
  let onCleared: () => void = () => {};
  const host = {
    scanPage: vi.fn(async () => reply),
    onSelection: (l: (s: PendingSelection) => void) => ((onSelection = l), () => {}),
    onCleared: (l: () => void) => ((onCleared = l), () => {}),
    clearSession: vi.fn(async () => {}),
    shortcut: async () => "Alt+Shift+R",
  } satisfies PanelHost;
  return {
    host,
    select: (text: string) => act(() => onSelection({ text })),
    clearedElsewhere: () => act(() => onCleared()),
  };
}

function fakeStore(draft: (PanelDraft & { updatedAt: number }) | null = null, notice: string | null = null) {
  const listeners: ((notice: string | null) => void)[] = [];
  const store = {
    kind: notice ? "memory" : "indexeddb",
    notice,
    getSettings: vi.fn(async () => ({})),
    saveSettings: vi.fn(async () => {}),
    getDraft: vi.fn(async () => draft),
    saveDraft: vi.fn(async (_: PanelDraft) => {}),
    clearAll: vi.fn(async () => {}),
    onNotice: (l: (notice: string | null) => void) => (listeners.push(l), () => {}),
  } satisfies PanelStore;
  /** The store changes its notice mid-session (IndexedDB failed, an upgrade was blocked …). */
  const tell = (n: string | null) => act(() => listeners.forEach((l) => l(n)));
  return Object.assign(store, { tell });
}

const settle = (ms = 0) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

async function mount(host: PanelHost, store: PanelStore | null) {
  const root = document.createElement("div");
  document.body.append(root);
  await act(async () => render(<App pack={pack} store={store} host={host} />, root));
  await settle();
  return root;
}

const text = (root: HTMLElement, rh: string) => root.querySelector(`[data-rh="${rh}"]`)?.textContent ?? "";
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name)!;

afterEach(() => {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
});

describe("side panel", () => {
  it("shows the immediate-danger line first, before anything is chosen", async () => {
    const root = await mount(fakeHost().host, null);
    expect(root.querySelector("header")!.firstElementChild!.textContent).toBe("Right Help");
    expect(text(root, "immediate-danger")).toMatch(/^Immediate danger: call 999/);
  });

  it("checks a selection, suggests without ticking, and prompts the level once confirmed", async () => {
    const { host, select } = fakeHost();
    const root = await mount(host, fakeStore());
    select("Mum smelt of alcohol. Poor home conditions.");
    expect(text(root, "check-status")).toMatch(
      /Checked the text you selected \(\d+ characters, not stored\)/,
    );
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-rh="suggestion"] input')];
    expect(boxes.length).toBeGreaterThan(1);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    expect(text(root, "level-summary")).toContain("No level prompted yet");

    const poorHome = root.querySelector<HTMLInputElement>(
      '[data-indicator="l3-care-at-home-not-good-enough"] input',
    )!;
    act(() => poorHome.click());
    expect(text(root, "level-summary")).toBe("Prompted level: Level 2, Early Help (1 item selected).");
  });

  it("interrupts at Level 4 with a modal alert dialog holding focus", async () => {
    const { host, select } = fakeHost();
    const root = await mount(host, fakeStore());
    select(EHR_NOTE);
    const bruise = root.querySelector<HTMLInputElement>(
      '[data-indicator="l4-unexplained-injuries-bruising-non-mobile-babies"] input',
    )!;
    act(() => bruise.click());
    await settle();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it("says it could not read the page, offers the paste box with focus, and never says nothing was found", async () => {
    const { host } = fakeHost({ ok: false, reason: "restricted" });
    const root = await mount(host, fakeStore());
    await act(async () => button(root, "Scan this page").click());
    await settle();
    expect(text(root, "check-status")).toContain("Right Help could not read this page");
    expect(text(root, "check-status")).toContain("Paste the text into the box below instead.");
    expect(root.textContent).not.toContain("No indicators were found");
    expect(root.querySelector('[data-rh="suggestions"]')).toBeNull();
    const box = root.querySelector("textarea")!;
    expect(document.activeElement).toBe(box);
    expect(root.querySelector(`label[for="${box.id}"]`)!.textContent).toBe("Paste the text here instead");
  });

  it("checks a scanned page and says when frames could not be read", async () => {
    const { host } = fakeHost({ ok: true, text: EHR_NOTE, frames: 1 });
    const root = await mount(host, fakeStore());
    await act(async () => button(root, "Scan this page").click());
    await settle();
    expect(text(root, "check-status")).toContain("Checked this page");
    expect(text(root, "check-status")).toContain("1 embedded frame");
    expect(root.querySelectorAll('[data-rh="suggestion"]').length).toBeGreaterThan(3);
  });

  it("says 'Reading this page…' only when the read takes longer than 0.1 s", async () => {
    const { host } = fakeHost();
    let answer: (r: ScanReply) => void = () => {};
    host.scanPage.mockImplementation(() => new Promise<ScanReply>((r) => (answer = r)));
    const root = await mount(host, fakeStore());
    await act(async () => button(root, "Scan this page").click());
    await settle(20);
    expect(text(root, "check-status")).not.toContain("Reading this page");
    await settle(120);
    expect(text(root, "check-status")).toContain("Reading this page…");
    await act(async () => answer({ ok: true, text: EHR_NOTE, frames: 0 }));
    await settle();
    expect(text(root, "check-status")).toContain("Checked this page");
    // A quick read: straight to its result, and no late "Reading" over it.
    host.scanPage.mockImplementation(async () => ({ ok: true, text: EHR_NOTE, frames: 0 }));
    await act(async () => button(root, "Scan this page").click());
    await settle(150);
    expect(text(root, "check-status")).toContain("Checked this page");
  });

  it("checks pasted text", async () => {
    const root = await mount(fakeHost().host, fakeStore());
    const box = root.querySelector("textarea")!;
    act(() => {
      box.value = "The weather was fine.";
      box.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await act(async () => button(root, "Check pasted text").click());
    expect(text(root, "no-suggestions")).toContain("This is not a finding that there is no concern.");
  });

  it("restores a draft and saves changes as ids only, never the text", async () => {
    const store = fakeStore({
      indicators: ["l3-neglect", "no-longer-in-the-pack"],
      graded: {},
      area: "blackpool",
      ageBand: "7",
      updatedAt: Date.now() - 60_000,
    });
    const { host, select } = fakeHost();
    const root = await mount(host, store);
    expect(text(root, "level-summary")).toContain("Level 2");
    expect(text(root, "draft-status")).toContain("Restored your draft");
    expect(store.saveDraft).not.toHaveBeenCalled(); // loading is not a change

    select("Mum smelt of alcohol");
    const box = root.querySelector<HTMLInputElement>('[data-rh="suggestion"] input')!;
    act(() => box.click());
    await settle(300);
    const saved = store.saveDraft.mock.calls.at(-1)![0];
    expect(saved.indicators).toContain("l3-neglect");
    expect(saved.indicators).not.toContain("no-longer-in-the-pack");
    expect(saved).toMatchObject({ area: "blackpool", ageBand: "7" });
    expect(JSON.stringify(saved)).not.toContain("alcohol");
  });

  it("shows the store's notice when saving is off", async () => {
    const root = await mount(
      fakeHost().host,
      fakeStore(null, "Drafts and settings are kept only until this panel closes."),
    );
    expect(text(root, "store-notice")).toContain("kept only until this panel closes");
  });

  it("shows a notice that arrives later (another panel blocked the storage upgrade)", async () => {
    const store = fakeStore();
    const root = await mount(fakeHost().host, store);
    expect(root.querySelector('[data-rh="store-notice"]')).toBeNull();
    store.tell(
      "Drafts and settings are kept only until this panel closes: another Right Help panel holds an older version open.",
    );
    expect(text(root, "store-notice")).toContain("another Right Help panel holds an older version open");
  });

  it("clears everything with one click", async () => {
    const store = fakeStore();
    const { host, select } = fakeHost();
    const root = await mount(host, store);
    select("Mum smelt of alcohol");
    act(() => root.querySelector<HTMLInputElement>('[data-rh="suggestion"] input')!.click());
    await act(async () => button(root, "Clear all").click());
    await settle();
    expect(store.clearAll).toHaveBeenCalledOnce();
    expect(host.clearSession).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-rh="suggestions"]')).toBeNull();
    expect(text(root, "level-summary")).toContain("No level prompted yet");
    expect(text(root, "draft-status")).toContain("Cleared");
  });

  it("offers Undo after Clear all, which restores exactly what was cleared, and says so", async () => {
    const store = fakeStore();
    store.getSettings.mockResolvedValue({ area: "lancashire", district: "preston" });
    const { host, select } = fakeHost();
    const root = await mount(host, store);
    select("Mum smelt of alcohol. Poor home conditions.");
    act(() => root.querySelector<HTMLInputElement>('[data-rh="suggestion"] input')!.click());
    const before = {
      summary: text(root, "level-summary"),
      area: (root.querySelector("select") as HTMLSelectElement).value,
      suggestions: text(root, "suggestions"),
      ticked: [...root.querySelectorAll<HTMLInputElement>('[data-rh="suggestion"] input')].map(
        (b) => b.checked,
      ),
    };
    await act(async () => button(root, "Clear all").click());
    await settle();
    expect(text(root, "draft-status")).toMatch(
      /^Cleared 1 selected item, the area and the checked text: nothing is saved/,
    );
    expect(root.querySelector('[data-rh="suggestions"]')).toBeNull();
    const undo = root.querySelector<HTMLButtonElement>('[data-rh="undo"]')!;
    expect(undo.textContent).toBe("Undo Clear all");

    await act(async () => undo.click());
    await settle(300);
    expect(text(root, "level-summary")).toBe(before.summary);
    expect((root.querySelector("select") as HTMLSelectElement).value).toBe(before.area);
    expect(text(root, "suggestions")).toBe(before.suggestions);
    expect(
      [...root.querySelectorAll<HTMLInputElement>('[data-rh="suggestion"] input')].map((b) => b.checked),
    ).toEqual(before.ticked);
    expect(text(root, "draft-status")).toBe("Restored 1 selected item, the area and the checked text.");
    expect(root.querySelector('[data-rh="undo"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-rh="clear-all"]'));
    // The remembered area and the draft are saved again.
    expect(store.saveSettings).toHaveBeenLastCalledWith({ area: "lancashire", district: "preston" });
    expect(store.saveDraft.mock.calls.at(-1)![0].indicators).toHaveLength(1);
  });

  it("ends the offer to undo at the next change", async () => {
    const { host, select } = fakeHost();
    const root = await mount(host, fakeStore());
    select("Mum smelt of alcohol");
    act(() => root.querySelector<HTMLInputElement>('[data-rh="suggestion"] input')!.click());
    await act(async () => button(root, "Clear all").click());
    expect(root.querySelector('[data-rh="undo"]')).not.toBeNull();
    const age = [...root.querySelectorAll("select")].find((s) => s.querySelector('option[value="7"]'))!;
    act(() => {
      age.value = "7";
      age.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(root.querySelector('[data-rh="undo"]')).toBeNull();
  });

  it("announces each clear, even of only the area and age, as a new message", async () => {
    const store = fakeStore({
      indicators: [],
      graded: {},
      area: "blackpool",
      ageBand: "7",
      updatedAt: Date.now(),
    });
    const root = await mount(fakeHost().host, store);
    await act(async () => button(root, "Clear all").click());
    const first = root.querySelector('[data-rh="draft-status"] p')!;
    expect(first.textContent).toMatch(/^Cleared the area and the age: nothing is saved/);
    await act(async () => button(root, "Clear all").click());
    const second = root.querySelector('[data-rh="draft-status"] p')!;
    expect(second.textContent).toBe("Cleared: nothing is saved.");
    expect(second).not.toBe(first);
  });

  it("announces a re-check of the same text as a new message, and moves focus to the results summary", async () => {
    const { host, select } = fakeHost();
    const root = await mount(host, fakeStore());
    select("Mum smelt of alcohol.");
    const first = root.querySelector('[data-rh="check-status"] > div')!;
    expect(document.activeElement).toBe(root.querySelector('[data-rh="results-summary"]'));
    select("Mum smelt of alcohol.");
    const second = root.querySelector('[data-rh="check-status"] > div')!;
    expect(second.textContent).toBe(first.textContent);
    expect(second).not.toBe(first);
  });

  it("moves focus to the Level heading after 'See the level prompt'", async () => {
    const root = await mount(fakeHost().host, fakeStore());
    await act(async () => button(root, "See the level prompt").click());
    await settle();
    expect(document.activeElement).toBe(root.querySelector("#rh-section-title"));
    expect(document.activeElement!.textContent).toBe("Level");
  });

  it("shows a restored Level 4 draft's alert in place, without opening the dialog", async () => {
    const store = fakeStore({
      indicators: ["l4-unexplained-injuries-bruising-non-mobile-babies"],
      graded: {},
      area: "lancashire",
      updatedAt: Date.now() - 60_000,
    });
    const root = await mount(fakeHost().host, store);
    expect(text(root, "level-summary")).toContain("Level 4");
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    const inPlace = root.querySelector('[data-rh="act-now-in-place"]')!;
    expect(inPlace.textContent).toContain("Level 4: act now");
    expect(inPlace.querySelector('a[href="tel:999"]')).not.toBeNull();
  });
});
