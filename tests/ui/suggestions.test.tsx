// @vitest-environment happy-dom
import { Matcher, parseAge } from "@right-help/core";
import { Suggestions } from "@right-help/ui";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkboxes, cleanup, click, EHR_NOTE, pack, renderUi } from "./render.tsx";

const matcher = Matcher.forPack(pack);
afterEach(cleanup);

/** The suggestions for a text as the panel and the widget show them, nothing ticked. */
const show = (text: string, props: Partial<Parameters<typeof Suggestions>[0]> = {}) =>
  renderUi(
    <Suggestions
      text={text}
      suggestions={matcher.match(text)}
      selected={[]}
      onToggle={() => {}}
      headingLevel={3}
      {...props}
    />,
  );

describe("Suggestions", () => {
  it("never pre-ticks a suggestion", () => {
    const suggestions = matcher.match(EHR_NOTE);
    expect(suggestions.length).toBeGreaterThan(5);
    const root = show(EHR_NOTE, { suggestions });
    const boxes = checkboxes(root);
    expect(boxes).toHaveLength(suggestions.length);
    expect(boxes.every((b) => !b.checked)).toBe(true);
  });

  it("reports a tick and leaves the state to the caller", () => {
    const suggestions = matcher.match("Mum smelt of alcohol");
    const onToggle = vi.fn();
    const root = show("Mum smelt of alcohol", { onToggle, suggestions });
    click(checkboxes(root)[0]!);
    expect(onToggle).toHaveBeenCalledWith(suggestions[0]!.indicator.id, true);
  });

  it("quotes the evidence and cites the source", () => {
    const suggestions = matcher.match("Mum smelt of alcohol");
    const root = show("Mum smelt of alcohol", { suggestions });
    expect(root.querySelector("mark")?.textContent).toContain("smelt of alcohol");
    expect(root.querySelector(".rh-cite")?.textContent).toMatch(/^Source: .+, .+/);
  });

  it("shows negated mentions apart, as mentioned as absent and not counted", () => {
    const text = "No concerns about domestic abuse.";
    const suggestions = matcher.match(text);
    expect(suggestions.some((s) => s.negated)).toBe(true);
    const root = show(text, { suggestions });
    const negated = root.querySelector('[data-rh="negated"]')!;
    expect(negated).not.toBeNull();
    expect(root.textContent).toContain("Mentioned but not counted");
    expect(root.textContent).toContain("Mentioned as absent (“No concerns about”) — not counted");
    expect(checkboxes(negated).every((b) => !b.checked)).toBe(true);
  });

  it("says why a mention is not counted: in the past, a possibility, or about someone else", () => {
    const text =
      "Mum disclosed domestic abuse from her partner. He was on a child protection plan in 2019. If she goes missing again call police.";
    const analysis = matcher.analyse(text, { area: "lancashire", age: parseAge("14")! });
    const root = show(text, { suggestions: analysis.suggestions });
    const tags = [...root.querySelectorAll('[data-rh="context"]')].map((t) => t.textContent);
    expect(tags).toContain("About someone other than the child (“Mum”) — not counted");
    expect(tags.some((t) => t!.startsWith("Mentioned as in the past"))).toBe(true);
    expect(tags.some((t) => t!.startsWith("Mentioned as a possibility"))).toBe(true);
  });

  it("says why a rule suggested an indicator, with the words that set it off", () => {
    const text = "3/12 baby seen today with a bruise on the ear.";
    const analysis = matcher.analyse(text, { area: "lancashire", age: parseAge("3m")! });
    const root = show(text, { suggestions: analysis.suggestions });
    const because = root.querySelector('[data-rh="because"]')!;
    expect(because.textContent).toMatch(/^Suggested because: An injury to a baby .*“bruise”/);
  });

  it("asks about danger now, with the words, and only the practitioner's answer sets the flag", () => {
    const text = "Dad is at the school gates now, drunk, threatening to kill her.";
    const analysis = matcher.analyse(text, { area: "lancashire" });
    const confirm = vi.fn();
    const root = show(text, {
      suggestions: analysis.suggestions,
      dangerNow: analysis.dangerNow,
      onConfirmDanger: confirm,
    });
    const box = root.querySelector('[data-rh="danger-now"]')!;
    expect(box.textContent).toContain("Is the child in immediate danger now?");
    expect(box.textContent).toContain("If so, call 999 now.");
    expect(box.querySelector("mark")!.textContent).toMatch(/threatening to kill|at the school gates now/);
    expect(confirm).not.toHaveBeenCalled();
    (box.querySelector('[data-rh="confirm-danger"]') as HTMLButtonElement).click();
    expect(confirm).toHaveBeenCalledOnce();
  });

  it("never says 'no concern' when nothing is found", () => {
    const root = show("The weather was fine.", { suggestions: [] });
    const sentence = "No indicators were found in this text. This is not a finding that there is no concern.";
    expect(root.textContent).toContain(sentence);
    // Apart from that sentence, nothing reads as an all-clear.
    expect(root.textContent!.replace(sentence, "")).not.toMatch(
      /no concern|nothing (of )?concern|all clear/i,
    );
  });

  it("renders the checked text as text, never as markup", () => {
    const text = 'Mum smelt of alcohol <img src=x onerror="alert(1)"><script>alert(2)</script>';
    const root = show(text);
    expect(root.querySelector("img, script")).toBeNull();
    expect(root.textContent).toContain("<img src=x");
  });
});
