// @vitest-environment happy-dom
import { Matcher } from "@right-help/core";
import { assessmentOf, CopyNote, EMPTY_STATE } from "@right-help/ui";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, EHR_NOTE, pack, renderUi, TUESDAY } from "./render.tsx";

afterEach(cleanup);

const confirmed = Matcher.forPack(pack)
  .match(EHR_NOTE)
  .filter((s) => !s.negated)
  .map((s) => s.indicator.id);
const assessment = assessmentOf(pack, { ...EMPTY_STATE, indicators: confirmed, area: "lancashire" }, TUESDAY);

async function clickCopy(root: HTMLElement) {
  await act(async () => {
    root.querySelector("button")!.click();
  });
}

describe("CopyNote", () => {
  it("copies the record note and says so visibly", async () => {
    const copy = vi.fn(async (_: string) => {});
    const root = renderUi(<CopyNote assessment={assessment} at={TUESDAY} copy={copy} />);
    await clickCopy(root);
    expect(copy).toHaveBeenCalledOnce();
    expect(root.querySelector('[role="status"]')!.textContent).toContain("Copied the record note");
    const note = copy.mock.calls[0]![0];
    expect(note).toContain("Prompted level: Level 4, Specialist");
  });

  it("holds no evidence text: nothing quoted from the checked note", async () => {
    const copy = vi.fn(async (_: string) => {});
    const root = renderUi(<CopyNote assessment={assessment} at={TUESDAY} copy={copy} />);
    await clickCopy(root);
    const note = copy.mock.calls[0]![0];
    for (const quote of [
      "smelt of alcohol",
      "bruise to the left",
      "Alex",
      "coffee table",
      "empty fridge",
      "comes in hungry",
    ])
      expect(note).not.toContain(quote);
    expect(root.querySelector('[data-rh="note"]')!.textContent).not.toContain("Alex");
  });

  it("shows the note to copy by hand when the browser refuses", async () => {
    const root = renderUi(
      <CopyNote assessment={assessment} at={TUESDAY} copy={() => Promise.reject(new Error("denied"))} />,
    );
    await clickCopy(root);
    expect(root.textContent).toContain("The browser did not allow copying");
    expect(root.querySelector("details")!.open).toBe(true);
  });
});
