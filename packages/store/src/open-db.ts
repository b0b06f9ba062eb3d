import { wrap, type IDBPDatabase } from "idb";
import { upgrade, type RightHelpDB } from "./schema.ts";

export type OpenResult =
  | { db: IDBPDatabase<RightHelpDB> }
  | { error: unknown } // open() threw or the request failed (private mode, SecurityError, VersionError …)
  | { blocked: true } // an older connection elsewhere would not close in time
  | { timedOut: true }; // the browser never answered at all

/**
 * Opens the database on the given factory (idb's openDB always uses the global one).
 * Never rejects: the caller turns a failure into a memory store with a notice.
 */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  blockedTimeoutMs: number,
  openTimeoutMs = 5000,
): Promise<OpenResult> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Some browsers (a broken profile, some private modes) never answer an open: without a
    // limit the panel would wait for ever, with no notice, and save nothing.
    let silence: ReturnType<typeof setTimeout> | undefined = setTimeout(
      () => settle({ timedOut: true }),
      openTimeoutMs,
    );
    const settle = (result: OpenResult): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      clearTimeout(silence);
      resolve(result);
      return true;
    };

    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch (error) {
      settle({ error });
      return;
    }
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up waiting: the caller is already on memory, so let go at once
      // rather than hold a connection that would block the next upgrade.
      if (!settle({ db: wrap(db) as IDBPDatabase<RightHelpDB> })) db.close();
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle({ error: request.error });
    };
    // The upgrade waits for another panel to close its connection; it may never do so, and the
    // practitioner should not face a panel that never loads.
    request.onblocked = () => {
      clearTimeout(silence); // an answer: waiting on another panel has its own limit
      silence = undefined;
      timer ??= setTimeout(() => settle({ blocked: true }), blockedTimeoutMs);
    };
  });
}
