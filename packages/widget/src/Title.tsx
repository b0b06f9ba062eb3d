import { Heading } from "@right-help/ui";
import type { ComponentChildren } from "preact";

/** The widget's own heading, at the level the page asks for, styleable as ::part(heading). */
export function Title({ level, children }: { level: number; children: ComponentChildren }) {
  return (
    <Heading level={level} part="heading" class="rh-widget-title">
      {children}
    </Heading>
  );
}
