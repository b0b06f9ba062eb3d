// @vitest-environment happy-dom
import { assess } from "@right-help/core";
import { assessmentOf, EMPTY_STATE, InterruptionPanel, LevelPrompt } from "@right-help/ui";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, pack, renderUi, TUESDAY } from "./render.tsx";

afterEach(cleanup);

const level4 = assessmentOf(
  pack,
  { ...EMPTY_STATE, indicators: ["l4-unexplained-injuries-bruising-non-mobile-babies"], area: "lancashire" },
  TUESDAY,
);

describe("LevelPrompt", () => {
  it("frames an empty selection as no finding, never as no concern", () => {
    const root = renderUi(
      <LevelPrompt assessment={assessmentOf(pack, EMPTY_STATE, TUESDAY)} headingLevel={3} />,
    );
    expect(root.textContent).toContain(
      "No indicators are selected. This is not a finding that there is no concern.",
    );
    expect(root.textContent).toContain("A prompt for your professional judgement, not a decision.");
  });

  it("prompts no level when nothing is selected: never 'Level 1, Universal' (issue 10)", () => {
    const root = renderUi(
      <LevelPrompt assessment={assessmentOf(pack, EMPTY_STATE, TUESDAY)} headingLevel={3} />,
    );
    expect(root.querySelector("h3")!.textContent).toBe("No level prompted");
    expect(root.querySelector('[data-rh="level-prompt"]')!.hasAttribute("data-level")).toBe(false);
    expect(root.textContent).not.toMatch(/Level 1|Universal/);
    expect(root.querySelector('[data-rh="next-steps"]')).toBeNull();
    expect(root.querySelector('[data-rh="consent"]')).toBeNull();
  });

  it("gives reasons, next steps and consent, each cited as 'Source: <title>, <section>'", () => {
    const root = renderUi(<LevelPrompt assessment={level4} headingLevel={3} />);
    expect(root.querySelector("h3")!.textContent).toBe("Prompted level: Level 4, Specialist");
    const reasons = root.querySelector('[data-rh="reasons"]')!;
    expect(reasons.textContent).toContain("bruising");
    expect(reasons.querySelector(".rh-cite")!.textContent).toBe(
      "Source: Working Well with Children and Families in Lancashire, Parts One and Two, " +
        pack.indicators.find((i) => i.id === "l4-unexplained-injuries-bruising-non-mobile-babies")!.source
          .section,
    );
    expect(root.querySelector('[data-rh="next-steps"] li')).not.toBeNull();
    expect(root.querySelector('[data-rh="consent"]')!.textContent).toContain(level4.levelInfo.consent);
  });

  it("keeps headings in order from the level it is given", () => {
    const root = renderUi(<LevelPrompt assessment={level4} headingLevel={3} />);
    const levels = [...root.querySelectorAll("h1,h2,h3,h4,h5,h6")].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(3);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe("InterruptionPanel (level 4)", () => {
  it("is a modal alert dialog with focus moved into it, what to do now and whom to call", () => {
    const root = renderUi(<InterruptionPanel assessment={level4} onClose={() => {}} />);
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(dialog.textContent).toContain("Whom to call now");
    const tels = [...dialog.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute("href"));
    expect(tels).toContain("tel:999");
    expect(tels).toContain("tel:+443001236720");
  });

  it("closes with Escape (cancel), with a visible Close button, and opens the full prompt", () => {
    const onClose = vi.fn();
    const root = renderUi(<InterruptionPanel assessment={level4} onClose={onClose} />);
    const dialog = root.querySelector("dialog")!;
    act(() => {
      dialog.dispatchEvent(new Event("cancel", { cancelable: true }));
    });
    expect(onClose).toHaveBeenLastCalledWith(false);
    const buttons = [...root.querySelectorAll("button")];
    act(() => buttons.find((b) => b.textContent === "Show the full Level 4 prompt")!.click());
    expect(onClose).toHaveBeenLastCalledWith(true);
    act(() => buttons.find((b) => b.textContent === "Close")!.click());
    expect(onClose).toHaveBeenLastCalledWith(false);
  });
});

describe("LevelPrompt: the guidance as written (issue 8)", () => {
  it("shows a Blackpool child's band rows and the area's own immediate-danger words, cited", () => {
    const a = assess(pack, {
      indicators: ["bp-cin-early-indications-fgm-forced-marriage"],
      area: "blackpool",
      immediateDanger: true,
      at: new Date("2026-11-24T10:00:00Z"),
    });
    const root = renderUi(<LevelPrompt assessment={a} headingLevel={2} />);
    const bands = root.querySelector('[data-rh="area-bands"]')!;
    expect(bands.textContent).toContain("Continuum of Need: Child in Need");
    expect(bands.textContent).toContain("Who will help me?");
    expect(root.querySelector('[data-rh="area-danger-words"]')!.textContent).toMatch(
      /call the police in the first instance/,
    );
  });

  it("shows the project's reading of 'a number of' where it decides the level", () => {
    const l3 = pack.indicators.filter((i) => i.level === 3 && i.set === "parts-one-two").map((i) => i.id);
    const root = renderUi(
      <LevelPrompt assessment={assess(pack, { indicators: [l3[0]!] })} headingLevel={2} />,
    );
    expect(root.querySelector('[data-rh="assumption"]')!.textContent).toMatch(/Assumption: .*two or more/);
  });

  it("lists another area's items as not counted here", () => {
    const a = assess(pack, { indicators: ["bp-cin-persistent-missing"], area: "lancashire" });
    const root = renderUi(<LevelPrompt assessment={a} headingLevel={2} />);
    expect(root.textContent).toContain("Selected but not counted for this area");
    expect(root.querySelector('[data-rh="area-bands"]')).toBeNull();
  });
});
