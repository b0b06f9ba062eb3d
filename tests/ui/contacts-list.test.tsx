// @vitest-environment happy-dom
import { NOW_LIMIT, rolesFor, routeContacts } from "@right-help/core";
import { ContactsList } from "@right-help/ui";
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, pack, renderUi, SATURDAY, TUESDAY } from "./render.tsx";

afterEach(cleanup);

/** The full list, behind "All contacts for <area>". */
const ids = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-rh="all-contacts"] [data-contact]')].map((c) =>
    c.getAttribute("data-contact"),
  );
/** The contacts that matter now, shown first. */
const now = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-rh="contacts-now"] [data-contact]')].map((c) =>
    c.getAttribute("data-contact"),
  );

describe("ContactsList", () => {
  it("lists contacts in routed order with tel:, mailto: and https links", () => {
    const routing = routeContacts(pack, { area: "lancashire", at: TUESDAY });
    const root = renderUi(<ContactsList routing={routing} headingLevel={3} />);
    expect(ids(root)).toEqual(routing.contacts.map((c) => c.contact.id));
    expect(ids(root).slice(0, 2)).toEqual(["lancs-emergency", "lancs-mash"]);
    const hrefs = [...root.querySelectorAll("a")].map((a) => a.getAttribute("href")!);
    expect(hrefs).toContain("tel:+443001236720");
    expect(hrefs).toContain("mailto:mash.education@lancashire.gov.uk");
    expect(hrefs.some((h) => h.startsWith("https://"))).toBe(true);
  });

  it("puts the out-of-hours team first after 999 outside office hours, and says so", () => {
    const root = renderUi(
      <ContactsList routing={routeContacts(pack, { area: "lancashire", at: SATURDAY })} headingLevel={3} />,
    );
    expect(ids(root).slice(0, 2)).toEqual(["lancs-emergency", "lancs-edt"]);
    expect(root.textContent).toContain("It is outside office hours now");
  });

  it("says open now, closed now or hours unknown in words, not colour alone", () => {
    const root = renderUi(
      <ContactsList routing={routeContacts(pack, { area: "blackpool", at: SATURDAY })} headingLevel={3} />,
    );
    const status = (id: string) => root.querySelector(`[data-contact="${id}"] .rh-open-status`)!.textContent;
    expect(status("bpool-emergency")).toContain("Open now");
    expect(status("bpool-advice-line")).toContain("Closed now");
    expect(status("bpool-request-for-support-hub")).toContain("Hours unknown");
  });

  it("shows the office-hours assumption and the area's coverage gaps", () => {
    const routing = routeContacts(pack, { area: "blackburn-with-darwen", at: TUESDAY });
    const root = renderUi(<ContactsList routing={routing} headingLevel={3} />);
    expect(root.textContent).toContain(pack.parameters.officeHours.assumption);
    const coverage = root.querySelector('[data-rh="coverage"]')!;
    expect(coverage.querySelectorAll("li")).toHaveLength(routing.coverage.length);
    expect(coverage.textContent).toContain("There is no Part Three for Blackburn with Darwen");
  });

  it("changes with the district: each locality's own team only", () => {
    const north = renderUi(
      <ContactsList
        routing={routeContacts(pack, { area: "lancashire", district: "lancaster", at: TUESDAY })}
        headingLevel={3}
      />,
    );
    expect(ids(north)).toContain("lancs-cse-north");
    expect(ids(north)).not.toContain("lancs-cse-east");
    expect(north.querySelector("h3")!.textContent).toBe("Contacts for Lancashire County (Lancaster)");
  });

  it("shows the contacts that matter now first (at most six), the rest behind one control", () => {
    const office = renderUi(
      <ContactsList
        routing={routeContacts(pack, { area: "lancashire", district: "preston", at: TUESDAY, level: 4 })}
        headingLevel={3}
      />,
    );
    expect(now(office).slice(0, 2)).toEqual(["lancs-emergency", "lancs-mash"]);
    expect(now(office)[0]).toBe("lancs-emergency");
    expect(now(office)).not.toContain("lancs-edt");
    expect(now(office).length).toBeLessThanOrEqual(NOW_LIMIT);
    expect(office.querySelector('[data-rh="all-contacts"] > summary')!.textContent).toMatch(
      /^All contacts for Lancashire County \(Preston\) \(\d+\)$/,
    );
    cleanup();
    const weekend = renderUi(
      <ContactsList
        routing={routeContacts(pack, { area: "lancashire", district: "preston", at: SATURDAY, level: 4 })}
        headingLevel={3}
      />,
    );
    expect(now(weekend).slice(0, 3)).toEqual(["lancs-emergency", "lancs-edt", "lancs-mash"]);
  });

  it("adds the role contacts the reasons call for (exploitation → complex safeguarding)", () => {
    const routing = routeContacts(pack, {
      area: "lancashire",
      district: "burnley",
      at: TUESDAY,
      level: 4,
      needs: rolesFor([{ id: "x", text: "Child criminal exploitation (CCE), county lines" }]),
    });
    expect(routing.now.map((r) => r.contact.id)).toContain("lancs-cse-east");
    expect(routing.now.length).toBeLessThanOrEqual(NOW_LIMIT);
  });
});
