import type { Pack } from "@right-help/core";
import { useEffect, useState } from "preact/hooks";
import { acquirePack, type PackResult } from "./pack-source.ts";

export interface PackSource {
  /** The pack to show: the fetched one, or the built-in one (while loading and after a failure). */
  pack: Pack;
  loading: boolean;
  /** Why the `pack-src` pack is not in use. */
  failure?: PackResult & { ok: false };
  /** The address the pack in use came from, if not built in. */
  from?: string;
  /** Changes whenever the pack in use does: a checker selection never outlives its pack. */
  key: string;
}

/** The built-in pack, or the `pack-src` one once it has been fetched and validated. */
export function usePackSource(src: string | undefined, base: string, builtIn: Pack): PackSource {
  const [loaded, setLoaded] = useState<{ src: string; result: PackResult } | null>(null);
  useEffect(() => {
    if (!src) return;
    let current = true;
    const pack = acquirePack(src, base);
    void pack.result.then((result) => {
      if (current) setLoaded({ src, result });
    });
    return () => {
      current = false;
      pack.release(); // aborted if no other widget waits for it
    };
  }, [src, base]);

  if (!src) return { pack: builtIn, loading: false, key: "built-in" };
  if (!loaded || loaded.src !== src) return { pack: builtIn, loading: true, key: "loading" };
  const r = loaded.result;
  return r.ok
    ? { pack: r.pack, loading: false, from: r.url, key: `src:${r.url}` }
    : { pack: builtIn, loading: false, failure: r, key: "built-in" };
}
