// @vitest-environment happy-dom
import { parseAge } from "@right-help/core";
import { AGE_VALUES, AgeBand, AreaPicker, GradedQuestions, IndicatorBrowser } from "@right-help/ui";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkboxes, cleanup, click, pack, renderUi } from "./render.tsx";

afterEach(cleanup);

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

describe("AreaPicker", () => {
  it("offers the areas, then the districts grouped by locality", () => {
    const onChange = vi.fn();
    const root = renderUi(<AreaPicker area="lancashire" onChange={onChange} />);
    const [area, district] = [...root.querySelectorAll("select")];
    expect([...area!.options].map((o) => o.value)).toEqual(["", ...pack.areas.map((a) => a.id)]);
    expect([...district!.querySelectorAll("optgroup")].map((g) => g.label)).toEqual(
      pack.areas.find((a) => a.id === "lancashire")!.localities.map((l) => l.name),
    );
    choose(district!, "pendle");
    expect(onChange).toHaveBeenCalledWith("lancashire", "pendle");
    for (const select of root.querySelectorAll("select"))
      expect(root.querySelector(`label[for="${select.id}"]`)).not.toBeNull();
  });

  it("has no district list for an area the sources do not divide", () => {
    const root = renderUi(<AreaPicker area="blackpool" onChange={() => {}} />);
    expect(root.querySelectorAll("select")).toHaveLength(1);
  });
});

describe("AgeBand", () => {
  it("offers only ages core reads (no free text), unborn to 17", () => {
    expect(AGE_VALUES.every((v) => parseAge(v) !== null)).toBe(true);
    const onChange = vi.fn();
    const root = renderUi(<AgeBand onChange={onChange} />);
    const select = root.querySelector("select")!;
    expect([...select.options].map((o) => o.textContent)).toContain("Under 1 month");
    choose(select, "9m");
    expect(onChange).toHaveBeenCalledWith("9m");
  });
});

describe("GradedQuestions", () => {
  it("asks each graded question with 'not known' first and the level of each answer", () => {
    const onAnswer = vi.fn();
    const root = renderUi(<GradedQuestions answers={{}} onAnswer={onAnswer} headingLevel={3} />);
    const fieldsets = root.querySelectorAll("fieldset");
    expect(fieldsets).toHaveLength(pack.gradedFactors.length);
    const first = fieldsets[0]!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(first[0]!.checked).toBe(true);
    expect(fieldsets[0]!.textContent).toMatch(/Level 4/);
    click(first[first.length - 1]!);
    const factor = pack.gradedFactors[0]!;
    expect(onAnswer).toHaveBeenCalledWith(factor.id, factor.options[factor.options.length - 1]!.id);
  });
});

describe("IndicatorBrowser", () => {
  it("shows every indicator, then narrows by level, type, domain and words", () => {
    const root = renderUi(<IndicatorBrowser selected={[]} onToggle={() => {}} headingLevel={3} />);
    expect(checkboxes(root)).toHaveLength(pack.indicators.length);
    const [level, kind, group] = [...root.querySelectorAll("select")];
    choose(level!, "4");
    expect(checkboxes(root).length).toBe(pack.indicators.filter((i) => i.level === 4).length);
    choose(kind!, "need");
    choose(group!, "domain:health");
    const health4 = pack.indicators.filter(
      (i) => i.level === 4 && i.kind === "need" && i.domain === "health",
    );
    expect(checkboxes(root)).toHaveLength(health4.length);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      `${health4.length} of ${pack.indicators.length} indicators shown.`,
    );
  });

  it("searches text and cues, and ticks report the id", () => {
    const onToggle = vi.fn();
    const root = renderUi(<IndicatorBrowser selected={[]} onToggle={onToggle} headingLevel={3} />);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      search.value = "smelt of alcohol";
      search.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const items = [...root.querySelectorAll("[data-indicator]")].map((li) =>
      li.getAttribute("data-indicator"),
    );
    expect(items).toContain("l3-parent-mental-health-substance-affects-care");
    click(checkboxes(root)[0]!);
    expect(onToggle).toHaveBeenCalledWith(items[0], true);
  });
});
