import type { Pack } from "@right-help/core";
import builtIn from "virtual:right-help-pack";
import { afterEach, describe, expect, it } from "vitest";
import { clearPackCache, fetchPack, isJsonType, loadPack } from "../../packages/widget/src/pack-source.ts";

/** The built-in pack (the virtual module's declaration types it loosely). */
const pack: Pack = builtIn;

const BASE = "https://intranet.example/page.html";
const PACK = JSON.stringify(pack);

afterEach(clearPackCache);

/** A fetch that answers from a table; anything else is a network failure. */
function fakeFetch(answers: Record<string, () => Response>) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    const answer = answers[url];
    if (!answer) throw new TypeError("Failed to fetch");
    return answer();
  }) as typeof fetch;
  return Object.assign(fn, { calls });
}

const json = (body: string, init: ResponseInit = {}) =>
  new Response(body, { headers: { "content-type": "application/json; charset=utf-8" }, ...init });

describe("fetchPack", () => {
  it("loads and validates a pack, resolving the address against the page", async () => {
    const fetch = fakeFetch({ "https://intranet.example/packs/p.json": () => json(PACK) });
    const r = await fetchPack("packs/p.json", BASE, { fetch });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.url).toBe("https://intranet.example/packs/p.json");
      expect(r.pack.areas.map((a) => a.id)).toEqual(pack.areas.map((a) => a.id));
    }
  });

  it.each([
    ["invalid JSON", () => json("{ not json"), "the file is not valid JSON"],
    ["an HTTP error", () => json("", { status: 404 }), "the server answered HTTP 404"],
    [
      "the wrong content type",
      () => new Response(PACK, { headers: { "content-type": "text/html" } }),
      "the server sent “text/html”, not JSON",
    ],
    [
      "no content type",
      () => {
        const r = new Response(PACK);
        r.headers.delete("content-type");
        return r;
      },
      "the server sent no content type, not JSON",
    ],
  ])("says why it fails on %s", async (_what, answer, reason) => {
    const r = await fetchPack("/p.json", BASE, {
      fetch: fakeFetch({ "https://intranet.example/p.json": answer }),
    });
    expect(r).toMatchObject({ ok: false, reason });
  });

  it("counts and lists the validation problems", async () => {
    const broken = { ...pack, levels: [], areas: pack.areas.map((a) => ({ ...a, frontDoor: "nobody" })) };
    const fetch = fakeFetch({ "https://intranet.example/p.json": () => json(JSON.stringify(broken)) });
    const r = await fetchPack("/p.json", BASE, { fetch });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(/^the file is not a valid Right Help content pack \(\d+ problems? found\)$/);
      expect(r.details.length).toBeGreaterThan(0);
      expect(r.details.length).toBeLessThanOrEqual(5);
      expect(r.details[0]).toMatch(/^p\.json:\d+ /);
    }
  });

  it("says so when the network fails", async () => {
    const r = await fetchPack("https://elsewhere.example/p.json", BASE, { fetch: fakeFetch({}) });
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("the network request failed") });
  });

  it("refuses addresses that are not http or https", async () => {
    for (const src of ["javascript:alert(1)", "data:application/json,{}", "file:///etc/passwd"]) {
      const fetch = fakeFetch({});
      const r = await fetchPack(src, BASE, { fetch });
      expect(r).toMatchObject({ ok: false, reason: "the address is not a web (http or https) address" });
      expect(fetch.calls).toEqual([]);
    }
  });

  it("refuses a body over the size cap, declared or streamed", async () => {
    const declared = () =>
      json("{}", {
        headers: { "content-type": "application/json", "content-length": String(3 * 1024 * 1024) },
      });
    const streamed = () => json(" ".repeat(2048) + PACK);
    for (const answer of [declared, streamed]) {
      const r = await fetchPack("/p.json", BASE, {
        fetch: fakeFetch({ "https://intranet.example/p.json": answer }),
        maxBytes: 1024,
      });
      expect(r).toMatchObject({ ok: false, reason: "the file is larger than the 1 kB limit" });
    }
    const big = await fetchPack("/p.json", BASE, {
      fetch: fakeFetch({ "https://intranet.example/p.json": () => json(" ".repeat(2 * 1024 * 1024 + 1)) }),
    });
    expect(big).toMatchObject({ ok: false, reason: "the file is larger than the 2 MB limit" });
  });

  it("gives up after the timeout", async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as typeof fetch;
    const r = await fetchPack("/p.json", BASE, { fetch: hanging, timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, reason: "no answer within 0.02 seconds" });
  });
});

describe("loadPack", () => {
  it("fetches each address once for every widget, but tries a failed one again", async () => {
    const fetch = fakeFetch({ "https://intranet.example/p.json": () => json(PACK) });
    await Promise.all([loadPack("/p.json", BASE, { fetch }), loadPack("/p.json", BASE, { fetch })]);
    expect(fetch.calls).toHaveLength(1);
    const failing = fakeFetch({});
    await loadPack("/q.json", BASE, { fetch: failing });
    await loadPack("/q.json", BASE, { fetch: failing });
    expect(failing.calls).toHaveLength(2);
  });
});

describe("isJsonType", () => {
  it("accepts JSON media types only", () => {
    for (const t of [
      "application/json",
      "application/json; charset=utf-8",
      "Application/JSON",
      "application/vnd.x+json",
    ])
      expect(isJsonType(t)).toBe(true);
    for (const t of ["text/html", "text/plain", "application/jsonp", "application/javascript", ""])
      expect(isJsonType(t)).toBe(false);
  });
});
