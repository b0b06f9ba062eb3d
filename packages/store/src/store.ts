import { copyDraft, isExpired, validateDraft } from "./draft.ts";
import type { IdbData } from "./idb-data.ts";
import { MemoryData } from "./memory.ts";
import * as notices from "./notices.ts";
import { validateSettings } from "./settings.ts";
import {
  DRAFT_TTL_MS,
  type Draft,
  type PackRecord,
  type Settings,
  type Store,
  type StoreChange,
  type StoreKind,
  type StoreOptions,
} from "./types.ts";

/**
 * The one Store implementation. It uses IndexedDB while it can and memory after that: the first
 * failure (or another window upgrading the database) closes the connection, keeps what memory
 * mirrors and tells the listeners. Callers never see an IndexedDB error.
 */
export class ResilientStore implements Store {
  private data: IdbData | null;
  private readonly memory = new MemoryData();
  private currentNotice: string | null;
  private readonly listeners = new Set<(notice: string | null) => void>();
  private readonly changeListeners = new Set<(change: StoreChange) => void>();
  private channel: BroadcastChannel | null = null;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    data: IdbData | null,
    notice: string | null,
    options: StoreOptions & { channelName?: string } = {},
  ) {
    this.data = data;
    this.currentNotice = notice;
    this.ttlMs = options.ttlMs ?? DRAFT_TTL_MS;
    this.now = options.now ?? Date.now;
    if (data) {
      // Closing at once lets the other window finish its upgrade instead of waiting on us.
      data.db.addEventListener("versionchange", (event) =>
        this.degrade(event.newVersion === null ? notices.deletedElsewhere : notices.updatedElsewhere),
      );
      // "close" fires only when the browser ends the connection itself (data cleared, disk error).
      data.db.addEventListener("close", () => this.degrade(notices.closedByBrowser));
      // Other panels share the database, not this object: they tell each other what they save.
      if (options.channelName && typeof BroadcastChannel === "function") {
        this.channel = new BroadcastChannel(options.channelName);
        this.channel.onmessage = (event: MessageEvent) => {
          const change = readChange(event.data);
          if (!change) return;
          for (const listener of [...this.changeListeners]) {
            try {
              listener(change);
            } catch (error) {
              console.error("Right Help store: a change listener failed", error);
            }
          }
        };
      }
    }
  }

  get kind(): StoreKind {
    return this.data ? "indexeddb" : "memory";
  }

  get notice(): string | null {
    return this.currentNotice;
  }

  /**
   * Sweeps expired drafts and fills the memory mirror; run once, right after open. A read that
   * never answers within `timeoutMs` is a failure like any other: memory, with a notice.
   */
  async load(timeoutMs = Infinity): Promise<void> {
    const cutoff = this.cutoff();
    await this.attempt(
      async (data) => {
        const { settings, draft } = await withTimeout(data.load(cutoff), timeoutMs);
        this.memory.settings = settings;
        this.memory.draft = draft;
      },
      () => undefined,
      (error) =>
        error instanceof TimedOut ? notices.timedOut : notices.unavailable(notices.describeError(error)),
    );
  }

  async getSettings(): Promise<Settings> {
    const settings = await this.attempt(
      async (data) => (this.memory.settings = await data.getSettings()),
      () => this.memory.settings,
    );
    return { ...settings };
  }

  async saveSettings(s: Settings): Promise<void> {
    const settings = validateSettings(s);
    await this.attempt(
      (data) => data.putSettings(settings),
      () => undefined,
    );
    this.memory.settings = settings;
  }

  async getDraft(): Promise<Draft | null> {
    const cutoff = this.cutoff();
    const draft = await this.attempt(
      async (data) => (this.memory.draft = await data.getDraft(cutoff)),
      () => {
        if (this.memory.draft && isExpired(this.memory.draft, cutoff)) this.memory.draft = null;
        return this.memory.draft;
      },
    );
    return draft && copyDraft(draft);
  }

  async saveDraft(d: Omit<Draft, "updatedAt">): Promise<void> {
    // Validation comes before any storage is touched: an invalid draft leaves nothing behind.
    const draft: Draft = { ...validateDraft(d), updatedAt: this.now() };
    const stored = await this.attempt(
      async (data) => (await data.putDraft(draft), true),
      () => false,
    );
    this.memory.draft = draft;
    if (stored) this.tell({ kind: "draft", at: draft.updatedAt });
  }

  async getPack(url: string): Promise<PackRecord | null> {
    checkString(url, "url");
    const pack = await this.attempt(
      async (data) => {
        const found = await data.getPack(url);
        if (found) this.memory.packs.set(url, found);
        else this.memory.packs.delete(url);
        return found;
      },
      () => this.memory.packs.get(url) ?? null,
    );
    return pack && { ...pack };
  }

  async savePack(url: string, json: string): Promise<void> {
    checkString(url, "url");
    checkString(json, "json");
    const pack: PackRecord = { json, fetchedAt: this.now() };
    await this.attempt(
      (data) => data.putPack(url, pack),
      () => undefined,
    );
    this.memory.packs.set(url, pack);
  }

  async clearAll(): Promise<void> {
    this.memory.clear();
    const cleared = await this.attempt(
      async (data) => (await data.clear(), true),
      () => false,
      // Say so plainly: the practitioner asked for the data to be gone and some of it may not be.
      notices.clearFailed,
    );
    this.memory.clear();
    // Another panel still holding the draft would otherwise save it again.
    if (cleared) this.tell({ kind: "cleared", at: this.now() });
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private tell(change: StoreChange): void {
    try {
      this.channel?.postMessage(change);
    } catch {
      // A closed channel: the other panels will read the draft when they next open.
    }
  }

  onNotice(listener: (notice: string | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Lets go of the database; the store keeps working in memory, quietly, for any late caller. */
  close(): void {
    const data = this.data;
    this.data = null;
    this.listeners.clear();
    this.changeListeners.clear();
    this.channel?.close();
    this.channel = null;
    data?.db.close();
  }

  private cutoff(): number {
    return this.now() - this.ttlMs;
  }

  /** Runs an operation on IndexedDB; on any failure switches to memory and runs it there. */
  private async attempt<T>(
    viaIdb: (data: IdbData) => Promise<T>,
    viaMemory: () => T,
    noticeFor: (error: unknown) => string = notices.failed,
  ): Promise<T> {
    const data = this.data;
    if (data) {
      try {
        return await viaIdb(data);
      } catch (error) {
        this.degrade(noticeFor(error));
      }
    }
    return viaMemory();
  }

  private degrade(notice: string): void {
    const data = this.data;
    if (!data) return; // already in memory: the first reason is the one to show
    this.data = null;
    // In memory this panel no longer shares anything with the others.
    this.channel?.close();
    this.channel = null;
    try {
      data.db.close();
    } catch {
      // Closing a connection the browser already closed is harmless; there is nothing to do.
    }
    this.setNotice(notice);
  }

  private setNotice(notice: string | null): void {
    if (notice === this.currentNotice) return;
    this.currentNotice = notice;
    for (const listener of [...this.listeners]) {
      try {
        listener(notice);
      } catch (error) {
        // One broken listener must not stop the others, nor turn a save into a failure.
        console.error("Right Help store: a notice listener failed", error);
      }
    }
  }
}

/** A message from another panel, checked before use: same origin, but still input. */
function readChange(value: unknown): StoreChange | null {
  if (typeof value !== "object" || value === null) return null;
  const { kind, at } = value as Record<string, unknown>;
  if ((kind !== "draft" && kind !== "cleared") || typeof at !== "number" || !Number.isFinite(at)) return null;
  return { kind, at };
}

class TimedOut extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  if (!Number.isFinite(ms)) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

// Keys and JSON text go straight to IndexedDB: a wrong type would fail there and wrongly look
// like a storage failure.
function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`${name} must be a string`);
}
