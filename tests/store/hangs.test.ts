// Issue 10, item 10: IndexedDB that never answers. The panel must not wait for ever with no
// notice: the store times out, falls back to memory and says so.
import { IDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IdbData } from "../../packages/store/src/idb-data.ts";
import { openStore } from "../../packages/store/src/index.ts";
import { DB, sampleDraft } from "./fake-idb.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A factory whose open request never fires success, error, blocked or upgradeneeded. */
const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;

describe("IndexedDB that never answers", () => {
  it("an open that never settles falls back to memory within a few seconds, with a notice", async () => {
    vi.useFakeTimers();
    let store: Awaited<ReturnType<typeof openStore>> | undefined;
    void openStore({ indexedDB: silent }).then((s) => (store = s));
    await vi.advanceTimersByTimeAsync(5000);
    expect(store).toBeDefined();
    expect(store!.kind).toBe("memory");
    expect(store!.notice).toMatch(/kept only until this panel closes: the browser's storage did not answer/);
    // The memory store still keeps what the practitioner does.
    await store!.saveDraft(sampleDraft);
    expect((await store!.getDraft())!.indicators).toEqual(sampleDraft.indicators);
  });

  it("a first read that never settles after open falls back to memory too", async () => {
    vi.spyOn(IdbData.prototype, "load").mockReturnValue(new Promise(() => {}));
    const store = await openStore({ name: DB, indexedDB: new IDBFactory(), openTimeoutMs: 50 });
    expect(store.kind).toBe("memory");
    expect(store.notice).toMatch(/did not answer/);
  });

  it("a late answer after the timeout is closed, not kept open", async () => {
    let request: { onsuccess?: () => void; result?: unknown } = {};
    const closed = vi.fn();
    const late = {
      open: () => (request = {}) as unknown as IDBOpenDBRequest,
    } as unknown as IDBFactory;
    const store = await openStore({ indexedDB: late, openTimeoutMs: 20 });
    expect(store.kind).toBe("memory");
    request.result = { close: closed };
    request.onsuccess?.();
    expect(closed).toHaveBeenCalled();
  });
});
