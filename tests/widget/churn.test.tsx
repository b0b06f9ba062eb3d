// @vitest-environment happy-dom
// Issue 10, items 6 and 7: attribute churn and pack-src redirects.
import builtIn from "virtual:right-help-pack";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { defineRightHelpGuide, TAG } from "../../packages/widget/src/element.tsx";
import { clearPackCache, fetchPack } from "../../packages/widget/src/pack-source.ts";

beforeAll(() => defineRightHelpGuide());

/** Every fetch the widget starts, with its signal; none ever answers. */
function pendingFetch() {
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), signal: init?.signal });
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    }),
  );
  return calls;
}

afterEach(() => {
  act(() => document.body.replaceChildren());
  clearPackCache();
  vi.unstubAllGlobals();
});

/** Lets the lazily imported pack-src validator arrive and the fetches it starts begin. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

function guide(attributes: Record<string, string>) {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  act(() => document.body.append(el));
  return el;
}

describe("attribute churn", () => {
  it("1,000 pack-src changes made together start one request, for the last value", async () => {
    const calls = pendingFetch();
    const el = guide({ area: "blackpool", "pack-src": "/first.json" });
    await settle();
    expect(calls).toHaveLength(1);
    act(() => {
      for (let i = 0; i < 1000; i++) {
        el.setAttribute("pack-src", `/pack-${i}.json`);
        el.setAttribute("area", i % 2 ? "lancashire" : "blackpool");
        el.setAttribute("mode", i % 2 ? "levels" : "contacts");
        el.setAttribute("heading-level", String((i % 6) + 1));
      }
    });
    await settle();
    expect(calls.map((c) => c.url.replace(/^.*\//, ""))).toEqual(["first.json", "pack-999.json"]);
    expect(el.shadowRoot!.querySelector('[data-rh="widget"]')!.getAttribute("data-mode")).toBe("levels");
  });

  it("aborts the request a newer pack-src replaces", async () => {
    const calls = pendingFetch();
    const el = guide({ area: "blackpool", "pack-src": "/a.json" });
    await settle();
    act(() => el.setAttribute("pack-src", "/b.json"));
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.signal!.aborted).toBe(true);
    expect(calls[1]!.signal!.aborted).toBe(false);
  });

  it("does not abort a request another widget still waits for", async () => {
    const calls = pendingFetch();
    const one = guide({ area: "blackpool", "pack-src": "/shared.json" });
    guide({ area: "blackpool", "pack-src": "/shared.json" });
    await settle();
    expect(calls).toHaveLength(1);
    act(() => one.setAttribute("pack-src", "/other.json"));
    await settle();
    expect(calls[0]!.signal!.aborted).toBe(false);
  });
});

describe("a pack-src redirect", () => {
  const pack = JSON.stringify(builtIn);
  const redirected = (url: string) => {
    const response = new Response(pack, { headers: { "content-type": "application/json" } });
    Object.defineProperties(response, { redirected: { value: true }, url: { value: url } });
    return response;
  };

  it("to another origin is refused, naming where it went", async () => {
    const fetch = (async () => redirected("https://elsewhere.example/pack.json")) as typeof globalThis.fetch;
    const r = await fetchPack("/pack.json", "https://intranet.example/page.html", { fetch });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/redirected it to another site \(https:\/\/elsewhere\.example\)/);
  });

  it("within the same origin is followed, and the pack is named by where it really came from", async () => {
    const fetch = (async () =>
      redirected("https://intranet.example/v2/pack.json")) as typeof globalThis.fetch;
    const r = await fetchPack("/pack.json", "https://intranet.example/page.html", { fetch });
    expect(r.ok).toBe(true);
    expect(r.url).toBe("https://intranet.example/v2/pack.json");
  });
});
