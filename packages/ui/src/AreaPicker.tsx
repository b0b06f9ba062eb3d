import { useId } from "preact/hooks";
import { usePack } from "./pack-context.ts";

export interface AreaPickerProps {
  area?: string;
  district?: string;
  onChange(area: string | undefined, district: string | undefined): void;
  /** Set by the organisation (managed policy): shown, not changeable, with this note. */
  lockedNote?: string;
}

/** The child's area and, where the guidance divides it, the district (grouped by locality). */
export function AreaPicker({ area, district, onChange, lockedNote }: AreaPickerProps) {
  const pack = usePack();
  const areaId = useId();
  const districtId = useId();
  const chosen = pack.areas.find((a) => a.id === area);
  const localities = chosen?.localities ?? [];
  const locked = lockedNote !== undefined;
  const noteId = `${areaId}-locked`;

  return (
    <div class="rh-area-picker">
      <div class="rh-field">
        <label class="rh-label" for={areaId}>
          Child's area
        </label>
        <select
          id={areaId}
          class="rh-select"
          value={area ?? ""}
          disabled={locked}
          aria-describedby={locked ? noteId : undefined}
          onChange={(e) => onChange(e.currentTarget.value || undefined, undefined)}
        >
          <option value="">Choose an area</option>
          {pack.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      {chosen && chosen.districts.length > 0 && (
        <div class="rh-field">
          <label class="rh-label" for={districtId}>
            District
          </label>
          <select
            id={districtId}
            class="rh-select"
            value={district ?? ""}
            disabled={locked}
            aria-describedby={locked ? noteId : undefined}
            onChange={(e) => onChange(chosen.id, e.currentTarget.value || undefined)}
          >
            <option value="">Whole area or not known</option>
            {chosen.districts
              .filter((d) => !localities.some((l) => l.id === d.locality))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            {localities.map((l) => (
              <optgroup key={l.id} label={l.name}>
                {chosen.districts
                  .filter((d) => d.locality === l.id)
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      {locked && (
        <p class="rh-hint" id={noteId} data-rh="area-locked">
          {lockedNote}
        </p>
      )}
    </div>
  );
}
