import type { ComponentChildren } from "preact";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading whose level the host page chooses, so the outline stays in order wherever it sits. */
export function Heading(props: {
  level: number;
  id?: string;
  class?: string;
  tabIndex?: number;
  children: ComponentChildren;
}) {
  const level = Math.min(6, Math.max(1, Math.round(props.level))) as HeadingLevel;
  const Tag = `h${level}` as "h2";
  return (
    <Tag id={props.id} class={props.class} tabIndex={props.tabIndex}>
      {props.children}
    </Tag>
  );
}

export const below = (level: number): number => Math.min(6, level + 1);
