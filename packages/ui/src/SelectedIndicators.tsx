import { useId } from "preact/hooks";
import { Heading } from "./Heading.tsx";
import { indicatorMeta } from "./indicator-meta.ts";
import { usePack } from "./pack-context.ts";

/** What the practitioner has ticked so far, from any route; untick to remove. */
export function SelectedIndicators(props: {
  selected: readonly string[];
  onToggle(id: string, on: boolean): void;
  headingLevel: number;
}) {
  const pack = usePack();
  const chosen = props.selected.flatMap((id) => pack.indicators.filter((i) => i.id === id));
  return (
    <div class="rh-selected" data-rh="selected">
      <Heading level={props.headingLevel}>Your selection ({chosen.length})</Heading>
      {chosen.length === 0 ? (
        <p class="rh-hint">Nothing selected yet. Tick suggestions, or browse the indicators.</p>
      ) : (
        <ul class="rh-list-plain">
          {chosen.map((i) => (
            <Item
              key={i.id}
              id={i.id}
              text={i.text}
              meta={indicatorMeta(pack, i)}
              onToggle={props.onToggle}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function Item(props: { id: string; text: string; meta: string; onToggle(id: string, on: boolean): void }) {
  const id = useId();
  return (
    <li class="rh-suggestion">
      <div class="rh-check">
        <input
          type="checkbox"
          id={id}
          checked
          onChange={(e) => props.onToggle(props.id, e.currentTarget.checked)}
          aria-describedby={`${id}-meta`}
        />
        <label for={id}>{props.text}</label>
      </div>
      <span class="rh-meta" id={`${id}-meta`}>
        {props.meta}
      </span>
    </li>
  );
}
