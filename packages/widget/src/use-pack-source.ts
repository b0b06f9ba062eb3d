import type { Pack } from "@right-help/core";
import { useEffect, useState } from "preact/hooks";
import type { Mode } from "./attributes.ts";
import { loadBuiltIn } from "./load-built-in.ts";
import { loadValidator } from "./load-validator.ts";
import type { PackResult } from "./pack-source.ts";

export interface PackSource {
  /**
   * The pack to show: the fetched one, or the built-in one (while loading and after a failure);
   * null while the built-in guidance for the mode is still being loaded.
   */
  pack: Pack | null;
  loading: boolean;
  /** Why the `pack-src` pack is not in use. */
  failure?: PackResult & { ok: false };
  /** The address the pack in use came from, if not built in. */
  from?: string;
  /** Changes whenever the pack in use does: a checker selection never outlives its pack. */
  key: string;
}

/**
 * The built-in guidance the mode needs: at once when it is at hand, else loaded from the
 * sibling modules (see load-built-in-siblings.ts). `given` (tests) skips loading.
 */
export function useBuiltIn(mode: Mode, given?: Pack): { pack: Pack | null; failed: boolean } {
  const [loaded, setLoaded] = useState<{ mode: Mode; pack: Pack } | null>(() => {
    if (given) return null;
    const now = loadBuiltIn(mode);
    return now instanceof Promise ? null : { mode, pack: now };
  });
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (given || loaded?.mode === mode) return;
    const next = loadBuiltIn(mode);
    if (!(next instanceof Promise)) {
      setLoaded({ mode, pack: next });
      return;
    }
    let live = true;
    next.then(
      (pack) => {
        if (live) {
          setFailed(false);
          setLoaded({ mode, pack });
        }
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mode, given]);
  if (given) return { pack: given, failed: false };
  return { pack: loaded?.mode === mode ? loaded.pack : null, failed };
}

/** The built-in pack, or the `pack-src` one once it has been fetched and validated. */
export function usePackSource(src: string | undefined, base: string, builtIn: Pack | null): PackSource {
  const [loaded, setLoaded] = useState<{ src: string; result: PackResult } | null>(null);
  useEffect(() => {
    if (!src) return;
    let current = true;
    // The validator (zod, yaml) is loaded only for a widget with pack-src. The request is shared
    // with other widgets and aborted when a newer pack-src replaces it and no other widget waits.
    let release = () => {};
    void loadValidator()
      .then((v) => {
        if (!current) return null; // replaced before the validator arrived: nothing to fetch
        const pack = v.acquirePack(src, base);
        release = pack.release;
        return pack.result;
      })
      .then(
        (result) => result,
        (): PackResult => ({
          ok: false,
          url: src,
          reason: "the pack-src validator (right-help-pack-src.mjs, beside the script) could not be loaded",
          details: [],
        }),
      )
      .then((result) => {
        if (current && result) setLoaded({ src, result });
      });
    return () => {
      current = false;
      release(); // aborted if no other widget waits for it
    };
  }, [src, base]);

  if (!src) return { pack: builtIn, loading: false, key: "built-in" };
  if (!loaded || loaded.src !== src) return { pack: builtIn, loading: true, key: "loading" };
  const r = loaded.result;
  return r.ok
    ? { pack: r.pack, loading: false, from: r.url, key: `src:${r.url}` }
    : { pack: builtIn, loading: false, failure: r, key: "built-in" };
}
