import type { ComponentChildren } from "preact";

/** The widget's own heading, at the level the page asks for, styleable as ::part(heading). */
export function Title({ level, children }: { level: number; children: ComponentChildren }) {
  const Tag = `h${Math.min(6, Math.max(1, Math.round(level)))}` as "h2";
  return (
    <Tag part="heading" class="rh-widget-title">
      {children}
    </Tag>
  );
}
