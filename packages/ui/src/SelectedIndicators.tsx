import { useEffect, useId, useRef, useState } from "preact/hooks";
import { Heading } from "./Heading.tsx";
import { indicatorMeta } from "./indicator-meta.ts";
import { usePack } from "./pack-context.ts";

/**
 * What the practitioner has ticked so far, from any route; untick to remove. An unticked item
 * leaves the list, so focus moves to the item that took its place (or the one before, or the
 * heading when the list is empty), never to <body>.
 */
export function SelectedIndicators(props: {
  selected: readonly string[];
  onToggle(id: string, on: boolean): void;
  headingLevel: number;
}) {
  const pack = usePack();
  const chosen = props.selected.flatMap((id) => pack.indicators.filter((i) => i.id === id));
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLElement>(null);
  const [refocus, setRefocus] = useState<{ index: number; id: string } | null>(null);

  useEffect(() => {
    if (!refocus || props.selected.includes(refocus.id)) return;
    const boxes = list.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? [];
    const next = boxes[Math.min(refocus.index, boxes.length - 1)];
    (next ?? heading.current)?.focus();
    setRefocus(null);
  }, [refocus, props.selected]);

  const toggle = (id: string, on: boolean) => {
    if (!on) setRefocus({ index: chosen.findIndex((i) => i.id === id), id });
    props.onToggle(id, on);
  };

  return (
    <div class="rh-selected" data-rh="selected">
      <Heading level={props.headingLevel} headingRef={heading} tabIndex={-1}>
        Your selection ({chosen.length})
      </Heading>
      {chosen.length === 0 ? (
        <p class="rh-hint">Nothing selected yet. Tick suggestions, or browse the indicators.</p>
      ) : (
        <ul class="rh-list-plain" ref={list}>
          {chosen.map((i) => (
            <Item key={i.id} id={i.id} text={i.text} meta={indicatorMeta(pack, i)} onToggle={toggle} />
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
