import type { Pack } from "@right-help/core";
import { useState } from "preact/hooks";
import type { Place } from "./attributes.ts";

export interface PlaceChoice {
  area: string | undefined;
  district: string | undefined;
  /** True when the page did not fix the place fully: the widget offers its own picker. */
  picker: boolean;
  choose(area: string | undefined, district: string | undefined): void;
}

/**
 * The child's area and district: as the page's attributes fix them, or as picked in the
 * widget when they do not (no area, or a Lancashire page without a district). A pick lasts
 * until the attributes change.
 */
export function usePlace(fixed: Place, pack: Pack): PlaceChoice {
  const signature = `${fixed.area}|${fixed.district}`;
  const [picked, setPicked] = useState<{ signature: string; area?: string; district?: string } | null>(null);
  const districts = pack.areas.find((a) => a.id === fixed.area)?.districts.length ?? 0;
  const picker = !fixed.area || (!fixed.district && districts > 0);
  const current = picked && picked.signature === signature ? picked : fixed;
  return {
    area: current.area,
    district: current.district,
    picker,
    choose: (area, district) => setPicked({ signature, area, district }),
  };
}
