// @vitest-environment happy-dom
import { Matcher } from "@right-help/core";
import { Suggestions } from "@right-help/ui";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkboxes, cleanup, click, EHR_NOTE, pack, renderUi } from "./render.tsx";

const matcher = Matcher.forPack(pack);
afterEach(cleanup);

describe("Suggestions", () => {
  it("never pre-ticks a suggestion", () => {
    const suggestions = matcher.match(EHR_NOTE);
    expect(suggestions.length).toBeGreaterThan(5);
    const root = renderUi(
      <Suggestions
        text={EHR_NOTE}
        suggestions={suggestions}
        selected={[]}
        onToggle={() => {}}
        headingLevel={3}
      />,
    );
    const boxes = checkboxes(root);
    expect(boxes).toHaveLength(suggestions.length);
    expect(boxes.every((b) => !b.checked)).toBe(true);
  });

  it("reports a tick and leaves the state to the caller", () => {
    const suggestions = matcher.match("Mum smelt of alcohol");
    const onToggle = vi.fn();
    const root = renderUi(
      <Suggestions
        text="Mum smelt of alcohol"
        suggestions={suggestions}
        selected={[]}
        onToggle={onToggle}
        headingLevel={3}
      />,
    );
    click(checkboxes(root)[0]!);
    expect(onToggle).toHaveBeenCalledWith(suggestions[0]!.indicator.id, true);
  });

  it("quotes the evidence and cites the source", () => {
    const suggestions = matcher.match("Mum smelt of alcohol");
    const root = renderUi(
      <Suggestions
        text="Mum smelt of alcohol"
        suggestions={suggestions}
        selected={[]}
        onToggle={() => {}}
        headingLevel={3}
      />,
    );
    expect(root.querySelector("mark")?.textContent).toContain("smelt of alcohol");
    expect(root.querySelector(".rh-cite")?.textContent).toMatch(/^Source: .+, .+/);
  });

  it("shows negated mentions apart, as mentioned as absent and not counted", () => {
    const text = "No concerns about domestic abuse.";
    const suggestions = matcher.match(text);
    expect(suggestions.some((s) => s.negated)).toBe(true);
    const root = renderUi(
      <Suggestions
        text={text}
        suggestions={suggestions}
        selected={[]}
        onToggle={() => {}}
        headingLevel={3}
      />,
    );
    const negated = root.querySelector('[data-rh="negated"]')!;
    expect(negated).not.toBeNull();
    expect(root.textContent).toContain("Mentioned as absent — not counted");
    expect(checkboxes(negated).every((b) => !b.checked)).toBe(true);
  });

  it("never says 'no concern' when nothing is found", () => {
    const root = renderUi(
      <Suggestions
        text="The weather was fine."
        suggestions={[]}
        selected={[]}
        onToggle={() => {}}
        headingLevel={3}
      />,
    );
    const sentence = "No indicators were found in this text. This is not a finding that there is no concern.";
    expect(root.textContent).toContain(sentence);
    // Apart from that sentence, nothing reads as an all-clear.
    expect(root.textContent!.replace(sentence, "")).not.toMatch(
      /no concern|nothing (of )?concern|all clear/i,
    );
  });

  it("renders the checked text as text, never as markup", () => {
    const text = 'Mum smelt of alcohol <img src=x onerror="alert(1)"><script>alert(2)</script>';
    const root = renderUi(
      <Suggestions
        text={text}
        suggestions={matcher.match(text)}
        selected={[]}
        onToggle={() => {}}
        headingLevel={3}
      />,
    );
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.textContent).toContain("<img src=x");
  });
});
