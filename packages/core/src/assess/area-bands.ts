import type { Band } from "../schema/band.ts";
import type { Pack } from "../schema/pack.ts";

/**
 * The bands of an area's own continuum to show beside a prompted level: those mapped to that
 * level. Where several bands share the level (Blackpool's Child in Need and Child Protection
 * are both Level 4), only the bands whose example items were selected, or all of them when
 * none was. Areas without a continuum of their own get none.
 */
export function bandsFor(
  pack: Pack,
  area: string,
  level: number,
  selectedIndicatorIds: readonly string[],
): Band[] {
  const selected = new Set(selectedIndicatorIds);
  const out: Band[] = [];
  for (const set of pack.indicatorSets) {
    const atLevel = (set.bands ?? []).filter((b) => b.area === area && b.level === level);
    if (atLevel.length <= 1) {
      out.push(...atLevel);
      continue;
    }
    const chosen = new Set(
      pack.indicators.filter((i) => i.set === set.id && selected.has(i.id)).map((i) => i.source.section),
    );
    const named = atLevel.filter((b) => b.examples !== undefined && chosen.has(b.examples));
    out.push(...(named.length > 0 ? named : atLevel));
  }
  return out;
}
