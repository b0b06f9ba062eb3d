// @vitest-environment happy-dom
/** The panel with an organisation's managed settings (a fake host hands them over). */
import { AreaPicker } from "@right-help/ui";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../extension/panel/App.tsx";
import type { PanelHost } from "../../extension/panel/host.ts";
import type { PanelDraft, PanelStore } from "../../extension/panel/panel-store.ts";
import { pack, renderUi } from "../ui/render.tsx";

function fakeHost(initial: unknown) {
  let tell: (raw: unknown) => void = () => {};
  const host = {
    scanPage: vi.fn(async () => ({ ok: false as const, reason: "restricted" as const })),
    onSelection: () => () => {},
    onCleared: () => () => {},
    clearSession: vi.fn(async () => {}),
    shortcut: async () => undefined,
    onManagedSettings: (listener: (raw: unknown) => void) => {
      tell = listener;
      listener(initial);
      return () => {};
    },
  } satisfies PanelHost;
  return { host, change: (raw: unknown) => act(() => tell(raw)) };
}

function fakeStore(draft: (PanelDraft & { updatedAt: number }) | null = null) {
  return {
    kind: "indexeddb",
    notice: null,
    getSettings: vi.fn(async () => ({})),
    saveSettings: vi.fn(async () => {}),
    getDraft: vi.fn(async () => draft),
    saveDraft: vi.fn(async (_: PanelDraft) => {}),
    clearAll: vi.fn(async () => {}),
    onNotice: () => () => {},
  } satisfies PanelStore;
}

const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));

async function mount(host: PanelHost, store: PanelStore | null) {
  const root = document.createElement("div");
  document.body.append(root);
  await act(async () => render(<App pack={pack} store={store} host={host} />, root));
  await settle();
  return root;
}

const selects = (root: HTMLElement) => [...root.querySelectorAll<HTMLSelectElement>("header select")];
const text = (root: HTMLElement, rh: string) => root.querySelector(`[data-rh="${rh}"]`)?.textContent ?? "";

afterEach(() => {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
});

describe("panel with managed settings", () => {
  it("a locked area wins over the practitioner's draft and survives Clear all", async () => {
    const draft = {
      indicators: [],
      graded: {},
      area: "blackpool",
      updatedAt: Date.now(),
    } as unknown as PanelDraft & {
      updatedAt: number;
    };
    const { host } = fakeHost({
      area: "lancashire",
      district: "pendle",
      lockArea: true,
      organisation: "A School",
    });
    const root = await mount(host, fakeStore(draft));
    const [area, district] = selects(root);
    expect(area!.value).toBe("lancashire");
    expect(district!.value).toBe("pendle");
    expect(area!.disabled && district!.disabled).toBe(true);
    expect(text(root, "area-locked")).toBe("Set by A School: it cannot be changed here.");
    expect(area!.getAttribute("aria-describedby")).toBe(root.querySelector('[data-rh="area-locked"]')!.id);
    expect(text(root, "organisation")).toBe("Settings from A School");

    await act(async () => root.querySelector<HTMLButtonElement>('[data-rh="clear-all"]')!.click());
    await settle();
    expect(selects(root)[0]!.value).toBe("lancashire");
  });

  it("an unlocked area is the default only: a draft's area wins, and the practitioner may change it", async () => {
    const { host } = fakeHost({ area: "blackpool" });
    const root = await mount(host, fakeStore());
    expect(selects(root)[0]!.value).toBe("blackpool");
    expect(selects(root)[0]!.disabled).toBe(false);

    const draft = {
      indicators: [],
      graded: {},
      area: "lancashire",
      updatedAt: Date.now(),
    } as unknown as PanelDraft & {
      updatedAt: number;
    };
    const other = await mount(fakeHost({ area: "blackpool" }).host, fakeStore(draft));
    expect(selects(other)[0]!.value).toBe("lancashire");
  });

  it("follows a policy change while open, and shows what it ignored", async () => {
    const { host, change } = fakeHost({});
    const root = await mount(host, fakeStore());
    expect(selects(root)[0]!.disabled).toBe(false);
    expect(root.querySelector('[data-rh="policy-notice"]')).toBeNull();
    change({ area: "blackburn-with-darwen", lockArea: true });
    expect(selects(root)[0]!.value).toBe("blackburn-with-darwen");
    expect(selects(root)[0]!.disabled).toBe(true);
    expect(text(root, "area-locked")).toBe("Set by your organisation: it cannot be changed here.");
    change({ area: "<b>nowhere</b>", lockArea: true });
    expect(selects(root)[0]!.disabled).toBe(false);
    expect(text(root, "policy-notice")).toContain('("<b>nowhere</b>") is not one Right Help knows');
    expect(root.querySelector('[data-rh="policy-notice"] b')).toBeNull(); // text, never markup
  });
});

describe("AreaPicker locked", () => {
  it("shows the values, disabled, described by the note", () => {
    const root = renderUi(
      <AreaPicker area="lancashire" district="preston" onChange={() => {}} lockedNote="Set by X." />,
    );
    const [area, district] = [...root.querySelectorAll("select")];
    expect([area!.disabled, district!.disabled]).toEqual([true, true]);
    const note = root.querySelector('[data-rh="area-locked"]')!;
    expect(note.textContent).toBe("Set by X.");
    expect(district!.getAttribute("aria-describedby")).toBe(note.id);
  });

  it("without a note: free, no note", () => {
    const root = renderUi(<AreaPicker area="lancashire" onChange={() => {}} />);
    expect(root.querySelector("select")!.disabled).toBe(false);
    expect(root.querySelector('[data-rh="area-locked"]')).toBeNull();
  });
});
