import { useId } from "preact/hooks";

/** A single labelled checkbox (the immediate-danger and Early Help Assessment flags). */
export function Checkbox(props: {
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
  rh?: string;
}) {
  const id = useId();
  return (
    <div class="rh-check" data-rh={props.rh}>
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}
