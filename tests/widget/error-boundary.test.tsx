// @vitest-environment happy-dom
import type { Pack } from "@right-help/core";
import { render } from "preact";
import { act } from "preact/test-utils";
import builtIn from "virtual:right-help-pack";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hubOf } from "../../packages/widget/src/EmergencyLine.tsx";
import { ErrorBoundary } from "../../packages/widget/src/ErrorBoundary.tsx";
import { showStaticFallback } from "../../packages/widget/src/static-fallback.ts";
import { Widget } from "../../packages/widget/src/Widget.tsx";

/** The built-in pack (the virtual module's declaration types it loosely). */
const pack: Pack = builtIn;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const attrs = { area: "blackpool", district: null, mode: "levels", "pack-src": null, "heading-level": null };

function Boom(): never {
  throw new Error("boom");
}

describe("when rendering fails", () => {
  it("the error boundary shows an alert and the 999 line with the area's hub", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const root = document.createElement("div");
    document.body.append(root);
    act(() =>
      render(
        <ErrorBoundary hub={hubOf(pack, "blackpool")} attempt={1}>
          <Boom />
        </ErrorBoundary>,
        root,
      ),
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toContain(
      "Right Help could not show its guidance",
    );
    const line = root.querySelector('[data-rh="immediate-danger"]')!;
    expect(line.textContent).toContain("call 999, then Blackpool Families Rock Request for Support Hub");
    expect(line.querySelector('a[href="tel:999"]')).not.toBeNull();
  });

  it("catches a broken pack inside the widget, and renders again on the next change", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = { ...pack, levels: undefined } as unknown as Pack;
    const root = document.createElement("div");
    document.body.append(root);
    const show = (p: Pack, attempt: number) =>
      act(() =>
        render(
          <ErrorBoundary attempt={attempt}>
            <Widget attrs={attrs} builtIn={p} base="https://example.test/" />
          </ErrorBoundary>,
          root,
        ),
      );
    show(broken, 1);
    expect(root.querySelector('[data-rh="error"] [role="alert"]')).not.toBeNull();
    expect(root.textContent).toContain("call 999, then your area's safeguarding hub");
    show(pack, 2);
    expect(root.querySelector('[data-rh="error"]')).toBeNull();
    expect(root.querySelectorAll('[part="level"]')).toHaveLength(4);
  });

  it("the static fallback (for errors outside Preact) is text and a tel: link only", () => {
    const host = document.createElement("div");
    const shadow = host.attachShadow({ mode: "open" });
    const mount = document.createElement("div");
    shadow.append(mount);
    showStaticFallback(shadow, mount);
    expect(mount.hidden).toBe(true);
    expect(shadow.querySelector('[role="alert"]')!.textContent).toContain("could not show its guidance");
    expect(shadow.querySelector('a[href="tel:999"]')).not.toBeNull();
    showStaticFallback(shadow, mount);
    expect(shadow.querySelectorAll('[data-rh="error"]')).toHaveLength(1);
  });
});
