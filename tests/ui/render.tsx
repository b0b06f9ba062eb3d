import type { Pack } from "@right-help/core";
import { PackContext } from "@right-help/ui";
import { render, type ComponentChildren } from "preact";
import { act } from "preact/test-utils";
import builtIn from "virtual:right-help-pack";

/** The built-in pack (typed here: the virtual module's declaration types it loosely). */
export const pack: Pack = builtIn;

/** Renders inside the real built-in pack, effects flushed; returns the container. */
export function renderUi(children: ComponentChildren, withPack: Pack = pack): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  act(() => {
    render(<PackContext.Provider value={withPack}>{children}</PackContext.Provider>, container);
  });
  return container;
}

export function cleanup(): void {
  for (const el of [...document.body.children]) {
    render(null, el);
    el.remove();
  }
}

export const checkboxes = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

export function click(el: Element): void {
  act(() => {
    (el as HTMLElement).click();
  });
}

/** A Saturday noon in November 2026: outside the assumed office hours. */
export const SATURDAY = new Date("2026-11-21T12:00:00Z");
/** A Tuesday 10:00 in November 2026 (UK time = UTC in winter): within office hours. */
export const TUESDAY = new Date("2026-11-24T10:00:00Z");

/** The note of the mock record page (demo/ehr.html), as a practitioner would select it. */
export const EHR_NOTE =
  'Home visit 10:30. Mum presented as tired and smelt of alcohol; she said she had "a couple of drinks last night". ' +
  "Poor home conditions: empty fridge, dog faeces on the kitchen floor, no stair gate. Alex has a bruise to the left " +
  "cheek. Mum said he fell against the coffee table; Alex is not yet crawling. Mum disclosed that her partner shouts " +
  "at her and pushed her in front of the children; police called to argument last month. No concerns about Alex's " +
  "growth; weight on the 50th centile. Older sibling (8) has persistent absence this term and school say she often " +
  "comes in hungry. Mum denies using drugs. Immunisations are up to date.";
