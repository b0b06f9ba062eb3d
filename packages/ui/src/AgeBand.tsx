import { useId } from "preact/hooks";
import { AGE_VALUES, ageLabel } from "./ages.ts";

/** The child's age, picked from a list (some indicators only apply to some ages). */
export function AgeBand({ value, onChange }: { value?: string; onChange(value: string | undefined): void }) {
  const id = useId();
  return (
    <div class="rh-field">
      <label class="rh-label" for={id}>
        Child's age
      </label>
      <p class="rh-hint" id={`${id}-hint`}>
        Optional. Some indicators apply only to babies, under-13s or over-16s.
      </p>
      <select
        id={id}
        class="rh-select"
        aria-describedby={`${id}-hint`}
        value={value ?? ""}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
      >
        <option value="">Not given</option>
        {AGE_VALUES.map((v) => (
          <option key={v} value={v}>
            {ageLabel(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
