import type { Pack, SourceRef } from "@right-help/core";
import { createContext } from "preact";
import { useContext } from "preact/hooks";

/** The content pack every component reads its words and citations from. */
export const PackContext = createContext<Pack | null>(null);

export function usePack(): Pack {
  const pack = useContext(PackContext);
  if (!pack) throw new Error("Right Help components need a <PackContext.Provider value={pack}>");
  return pack;
}

/** "Source: <title>, <section>": how every fact shows where it comes from. */
export function citation(pack: Pack, source: SourceRef): string {
  const title = pack.sources.find((s) => s.doc === source.doc)?.title ?? source.doc;
  return `Source: ${title}, ${source.section}`;
}
