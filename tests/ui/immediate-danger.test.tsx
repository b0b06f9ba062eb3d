// @vitest-environment happy-dom
import { routeContacts } from "@right-help/core";
import { ImmediateDanger } from "@right-help/ui";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, pack, renderUi, SATURDAY, TUESDAY } from "./render.tsx";

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

  it("outside office hours puts the out-of-hours team after 999, as the routing does, then the front door", () => {
    const root = renderUi(<ImmediateDanger area="lancashire" at={SATURDAY} />);
    expect(root.textContent).toContain(
      "call 999, then Out of hours Emergency Duty Team (EDT) on 0300 1236722 (outside office hours).",
    );
    expect(links(root)).toEqual([
      ["999", "tel:999"],
      ["0300 1236722", "tel:+443001236722"],
      ["0300 123 6720", "tel:+443001236720"],
    ]);
    const then = routeContacts(pack, { area: "lancashire", at: SATURDAY }).then!;
    expect(then.contact.phone).toBe("0300 1236722");
  });

  it("where the area has no out-of-hours number, the front door stays after 999 out of hours", () => {
    const root = renderUi(<ImmediateDanger area="blackpool" at={SATURDAY} />);
    expect(links(root)).toEqual([
      ["999", "tel:999"],
      ["01253 477299", "tel:+441253477299"],
    ]);
  });

  it("is a named region in the panel, and no landmark at all inside a widget", () => {
    const panel = renderUi(<ImmediateDanger area="blackpool" at={TUESDAY} />);
    const region = panel.querySelector('[data-rh="immediate-danger"]')!;
    expect(region.tagName).toBe("SECTION");
    expect(region.getAttribute("aria-labelledby")).toBeTruthy();
    cleanup();
    const widget = renderUi(<ImmediateDanger area="blackpool" at={TUESDAY} landmark={false} />);
    const line = widget.querySelector('[data-rh="immediate-danger"]')!;
    expect(line.tagName).toBe("DIV");
    expect(line.hasAttribute("aria-labelledby")).toBe(false);
    expect(line.textContent).toContain("01253 477299");
  });
});
