// @vitest-environment happy-dom
import { ImmediateDanger } from "@right-help/ui";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, renderUi, SATURDAY, TUESDAY } from "./render.tsx";

afterEach(cleanup);

const links = (root: HTMLElement) =>
  [...root.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]);

describe("ImmediateDanger", () => {
  it("says 999 first even before an area is chosen", () => {
    const root = renderUi(<ImmediateDanger at={TUESDAY} />);
    expect(root.textContent).toMatch(/^Immediate danger: call 999, then your area's safeguarding hub/);
    expect(links(root)).toEqual([["999", "tel:999"]]);
    expect(root.textContent).toMatch(/Source: .+, .+/);
  });

  it("gives each area's front-door number as a tel: link after 999", () => {
    const lancs = renderUi(<ImmediateDanger area="lancashire" at={TUESDAY} />);
    expect(links(lancs)).toEqual([
      ["999", "tel:999"],
      ["0300 123 6720", "tel:+443001236720"],
    ]);
    cleanup();
    const bpool = renderUi(<ImmediateDanger area="blackpool" at={TUESDAY} />);
    expect(links(bpool)[1]).toEqual(["01253 477299", "tel:+441253477299"]);
    cleanup();
    const bwd = renderUi(<ImmediateDanger area="blackburn-with-darwen" at={TUESDAY} />);
    expect(links(bwd)[1]).toEqual(["01254 666400", "tel:+441254666400"]);
  });

  it("adds the out-of-hours team outside office hours where the area has one", () => {
    const root = renderUi(<ImmediateDanger area="lancashire" at={SATURDAY} />);
    expect(root.textContent).toContain("Outside office hours: Out of hours Emergency Duty Team (EDT)");
    expect(links(root)[2]).toEqual(["0300 1236722", "tel:+443001236722"]);
  });
});
