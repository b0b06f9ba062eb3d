// @vitest-environment happy-dom
import { routeContacts } from "@right-help/core";
import { below, ContactsList, Heading, SelectedIndicators } from "@right-help/ui";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it } from "vitest";
import { checkboxes, cleanup, click, renderUi, TUESDAY, pack } from "./render.tsx";

afterEach(cleanup);

function Selection({ start }: { start: string[] }) {
  const [selected, setSelected] = useState(start);
  return (
    <SelectedIndicators
      selected={selected}
      onToggle={(id, on) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)))}
      headingLevel={3}
    />
  );
}

describe("focus never drops to <body>", () => {
  it("unticking under 'Your selection' moves focus to the item that took its place, then back, then the heading", () => {
    const [a, b, c] = pack.indicators.slice(0, 3).map((i) => i.id);
    const root = renderUi(<Selection start={[a!, b!, c!]} />);
    const label = () => document.activeElement?.closest("li")?.querySelector("label")?.textContent;
    click(checkboxes(root)[1]!); // b goes: c takes its place
    expect(label()).toBe(pack.indicators[2]!.text);
    click(checkboxes(root)[1]!); // c goes, the last: focus to the one before
    expect(label()).toBe(pack.indicators[0]!.text);
    click(checkboxes(root)[0]!); // none left: the heading
    expect(document.activeElement?.textContent).toBe("Your selection (0)");
  });

  it("'Show contacts for every level' moves focus to the list's heading and announces the change", () => {
    function List() {
      const [all, setAll] = useState(false);
      const level = all ? undefined : 2;
      return (
        <ContactsList
          routing={routeContacts(pack, { area: "lancashire", at: TUESDAY, level })}
          headingLevel={3}
          level={level}
          onShowAll={() => setAll(true)}
        />
      );
    }
    const root = renderUi(<List />);
    const show = [...root.querySelectorAll("button")].find(
      (b) => b.textContent === "Show contacts for every level",
    )!;
    click(show);
    expect(document.activeElement?.textContent).toBe("All contacts for Lancashire County");
    expect(root.querySelector('[data-rh="contacts-status"]')!.textContent).toMatch(
      /^Showing all \d+ contacts for Lancashire County, most urgent first\.$/,
    );
  });
});

describe("Heading beyond h6", () => {
  it("keeps the structure with role=heading and aria-level", () => {
    const root = renderUi(
      <>
        <Heading level={6}>six</Heading>
        <Heading level={below(6)}>seven</Heading>
        <Heading level={below(below(6))}>eight</Heading>
      </>,
    );
    expect(root.querySelector("h6")!.textContent).toBe("six");
    const deep = [...root.querySelectorAll('[role="heading"]')];
    expect(deep.map((h) => [h.getAttribute("aria-level"), h.textContent])).toEqual([
      ["7", "seven"],
      ["8", "eight"],
    ]);
  });
});
