import type { Pack } from "@right-help/core";
import { draftOf, placeOf, stateFromDraft, type CheckerAction, type CheckerState } from "@right-help/ui";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PanelStore } from "./panel-store.ts";

export interface Persistence {
  /** When the restored draft was last saved, if one was restored. */
  restoredAt: number | null;
  /** The draft or the remembered area has been read (or there was none). */
  loaded: boolean;
  /** The store's notice (memory only, blocked upgrade …), or a save that failed. */
  notice: string | null;
  /** Forget everything saved; the caller resets its own state. */
  clearAll(): Promise<void>;
  /** Remember the area and district as the practitioner's default. */
  rememberPlace(area: string | undefined, district: string | undefined): void;
  /** What another panel (another window) last did to the shared draft, said plainly. */
  elsewhere: string | null;
  /** The remembered default area and district, as last read or saved (for Undo). */
  settings(): { area?: string; district?: string };
}

const SAVE_DELAY_MS = 250;

/**
 * Loads the draft (or the remembered area) once the store is open, then saves every change:
 * ids, answers, area, age and flags only. Drafts expire in the store after 24 hours.
 */
export function usePersistence(
  store: PanelStore | null,
  pack: Pack,
  state: CheckerState,
  dispatch: (a: CheckerAction) => void,
): Persistence {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // The state as last loaded or saved: an unchanged state is not saved again.
  const saved = useRef<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string | null>(null);
  const current = useRef(state);
  current.current = state;
  const settings = useRef<{ area?: string; district?: string }>({});

  useEffect(() => {
    if (!store) return;
    setNotice(store.notice);
    const off = store.onNotice(setNotice);
    let live = true;
    void (async () => {
      const [draft, remembered] = await Promise.all([
        store.getDraft().catch(() => null),
        store.getSettings().catch(() => ({}) as { area?: string; district?: string }),
      ]);
      if (!live) return;
      settings.current = placeOf(pack, remembered.area, remembered.district);
      // What was loaded counts as saved: re-saving it would only stretch the draft's 24 hours.
      if (draft) {
        const restored = stateFromDraft(pack, draft).state;
        saved.current = JSON.stringify(draftOf(restored));
        dispatch({ type: "restore", state: restored });
        setRestoredAt(draft.updatedAt);
      } else {
        const start = emptyWith(settings.current);
        saved.current = JSON.stringify(draftOf(start));
        if (start.area) dispatch({ type: "restore", state: start });
      }
      setLoaded(true);
    })();
    return () => {
      live = false;
      off();
    };
  }, [store, pack, dispatch]);

  // Two panels keep in step: a draft saved in another window replaces this one's, unless this
  // panel has an edit of its own still to save (then that one is saved, and the other panel
  // follows it). Either way the panel says what happened: a draft is never lost silently.
  useEffect(() => {
    if (!store?.onChange || !loaded) return;
    let live = true;
    const off = store.onChange((change) => {
      const when = clock(change.at);
      if (change.kind === "cleared") {
        const empty = emptyWith({});
        saved.current = JSON.stringify(draftOf(empty));
        setRestoredAt(null);
        dispatch({ type: "reset", state: empty });
        setElsewhere(`Another Right Help panel cleared everything at ${when}; this panel is cleared too.`);
        return;
      }
      void store.getDraft().then((draft) => {
        if (!live || !draft) return;
        const theirs = stateFromDraft(pack, draft).state;
        const json = JSON.stringify(draftOf(theirs));
        if (json === saved.current) return;
        if (JSON.stringify(draftOf(current.current)) !== saved.current) {
          setElsewhere(
            `Another Right Help panel changed the draft at ${when}, as you did here; yours is kept and saved, and the other panel will show it.`,
          );
          return;
        }
        saved.current = json;
        setRestoredAt(draft.updatedAt);
        // Replaced, not merged: a merge would bring back what the other panel untoggled.
        dispatch({ type: "reset", state: theirs });
        setElsewhere(`Updated from another Right Help panel at ${when}.`);
      });
    });
    return () => {
      live = false;
      off();
    };
  }, [store, pack, loaded, dispatch]);

  useEffect(() => {
    if (!store || !loaded) return;
    const draft = draftOf(state);
    const json = JSON.stringify(draft);
    if (json === saved.current) return;
    const timer = setTimeout(() => {
      saved.current = json;
      store.saveDraft(draft).then(
        () => setSaveError(null),
        (error: unknown) =>
          setSaveError(
            `Right Help could not save your draft (${error instanceof Error ? error.name : "error"}).`,
          ),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, state, loaded]);

  return {
    restoredAt,
    loaded,
    elsewhere,
    notice: saveError ?? notice,
    async clearAll() {
      saved.current = JSON.stringify(draftOf(emptyWith({})));
      setRestoredAt(null);
      settings.current = {};
      await store?.clearAll();
    },
    rememberPlace(area, district) {
      settings.current = district ? { area, district } : area ? { area } : {};
      store?.saveSettings(settings.current).catch(() => {});
    },
    settings: () => settings.current,
  };
}

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

function emptyWith(place: { area?: string; district?: string }): CheckerState {
  return { indicators: [], graded: {}, ehaInPlace: false, immediateDanger: false, ...place };
}
