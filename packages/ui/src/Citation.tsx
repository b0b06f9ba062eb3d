import type { SourceRef } from "@right-help/core";
import { citation, usePack } from "./pack-context.ts";

/** One citation line, small, under the fact it supports. */
export function Citation({ source }: { source: SourceRef }) {
  return <p class="rh-cite">{citation(usePack(), source)}</p>;
}
