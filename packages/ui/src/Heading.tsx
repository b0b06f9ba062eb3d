import type { ComponentChildren, Ref } from "preact";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading whose level the host page chooses, so the outline stays in order wherever it sits.
 * HTML stops at h6: deeper levels keep the structure as `role="heading"` with `aria-level`
 * (7, 8 …), which assistive technology reads as a heading of that level.
 */
export function Heading(props: {
  level: number;
  id?: string;
  class?: string;
  tabIndex?: number;
  part?: string;
  headingRef?: Ref<HTMLElement>;
  "data-rh"?: string;
  children: ComponentChildren;
}) {
  const level = Math.max(1, Math.round(props.level));
  const common = {
    id: props.id,
    tabIndex: props.tabIndex,
    part: props.part,
    "data-rh": props["data-rh"],
    ref: props.headingRef as Ref<HTMLHeadingElement>,
  };
  if (level > 6) {
    const cls = ["rh-heading-deep", props.class].filter(Boolean).join(" ");
    return (
      <div role="heading" aria-level={level} class={cls} {...(common as object)}>
        {props.children}
      </div>
    );
  }
  const Tag = `h${level as HeadingLevel}` as "h2";
  return (
    <Tag class={props.class} {...common}>
      {props.children}
    </Tag>
  );
}

/** The level of a heading one step down: beyond 6 it goes on as aria-level (see Heading). */
export const below = (level: number): number => Math.max(1, Math.round(level)) + 1;
