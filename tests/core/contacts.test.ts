import { describe, expect, it } from "vitest";
import { londonTime, parseIsoTime } from "../../packages/core/src/contacts/clock.ts";
import { routeContacts, UnknownPlaceError } from "../../packages/core/src/contacts/route.ts";
import { realPack } from "./real-pack.ts";

const pack = realPack();
const time = (iso: string) => parseIsoTime(iso)!;
const TUESDAY_10 = "2026-11-24T10:00";
const FRIDAY_1645 = "2026-11-27T16:45";
const SATURDAY_14 = "2026-11-28T14:00";
const BOXING_DAY_SUBSTITUTE = "2026-12-28T11:00";

function route(area: string, at: string, district?: string) {
  const r = routeContacts(pack, { area, district, at: time(at) });
  const ids = r.contacts.map((c) => c.contact.id);
  const open = Object.fromEntries(r.contacts.map((c) => [c.contact.id, c.openNow]));
  return { r, ids, open };
}

describe("UK clock", () => {
  it("reads ISO times without an offset as a clock in England, in winter and summer", () => {
    expect(time("2026-11-24T10:00").toISOString()).toBe("2026-11-24T10:00:00.000Z");
    expect(time("2026-07-14T09:30").toISOString()).toBe("2026-07-14T08:30:00.000Z");
    expect(time("2026-07-14T09:30Z").toISOString()).toBe("2026-07-14T09:30:00.000Z");
    expect(londonTime(time("2026-07-14T09:30"))).toEqual({
      date: "2026-07-14",
      weekday: "tue",
      minutes: 570,
    });
    for (const bad of ["tomorrow", "2026-02-30T10:00", "2026-11-24T25:00", ""])
      expect(parseIsoTime(bad), bad).toBeNull();
  });
});

describe("routing contacts", () => {
  it("Tuesday 10:00, Lancashire: 999 first, then the MASH; out-of-hours team below daytime lines", () => {
    const { r, ids, open } = route("lancashire", TUESDAY_10);
    expect(r.outOfHours).toBe(false);
    expect(ids.slice(0, 2)).toEqual(["lancs-emergency", "lancs-mash"]);
    expect(ids.indexOf("lancs-edt")).toBeGreaterThan(ids.indexOf("lancs-mash-education"));
    expect(open["lancs-emergency"]).toBe(true);
    expect(open["lancs-edt"]).toBe(false);
    expect(open["lancs-sendias"]).toBe(true);
    expect(open["lancs-mash"]).toBeNull(); // the sources state no hours for the MASH
  });

  it("Friday 16:45, Blackpool: the advice line has closed (Friday 9am–4:30pm)", () => {
    const { r, ids, open } = route("blackpool", FRIDAY_1645);
    expect(r.outOfHours).toBe(false);
    expect(ids[0]).toBe("bpool-emergency");
    expect(ids[1]).toBe("bpool-request-for-support-hub");
    expect(open["bpool-advice-line"]).toBe(false);
    expect(route("blackpool", "2026-11-26T16:45").open["bpool-advice-line"]).toBe(true); // Thursday till 5pm
  });

  it("Saturday 14:00, Lancashire: the Emergency Duty Team comes straight after 999", () => {
    const { r, ids, open } = route("lancashire", SATURDAY_14);
    expect(r.outOfHours).toBe(true);
    expect(ids.slice(0, 3)).toEqual(["lancs-emergency", "lancs-edt", "lancs-mash"]);
    expect(open["lancs-edt"]).toBe(true);
    expect(open["lancs-sendias"]).toBe(false);
    expect(ids.indexOf("lancs-sendias")).toBeGreaterThan(ids.indexOf("lancs-mash-education"));
  });

  it("28 December 2026 (bank holiday): out of hours; lines silent about bank holidays are 'unknown'", () => {
    const lancs = route("lancashire", BOXING_DAY_SUBSTITUTE);
    expect(lancs.r.outOfHours).toBe(true);
    expect(lancs.ids[1]).toBe("lancs-edt");
    expect(lancs.open["lancs-edt"]).toBe(true);
    expect(lancs.open["lancs-sendias"]).toBeNull();
    const bpool = route("blackpool", BOXING_DAY_SUBSTITUTE);
    expect(bpool.open["bpool-advice-line"]).toBeNull();
    // Blackpool has no out-of-hours number in the sources: the gap is said, not filled.
    expect(bpool.r.contacts.some((c) => c.contact.roles.includes("out-of-hours"))).toBe(false);
    expect(bpool.r.coverage.map((c) => c.text).join(" ")).toMatch(/out-of-hours/i);
  });

  it("routes the complex safeguarding mailbox by district", () => {
    const mailboxes = (district: string) =>
      route("lancashire", TUESDAY_10, district).ids.filter((id) => id.startsWith("lancs-cse-"));
    expect(mailboxes("preston")).toEqual(["lancs-cse-central"]);
    expect(mailboxes("lancaster")).toEqual(["lancs-cse-north"]);
    expect(mailboxes("pendle")).toEqual(["lancs-cse-east"]);
    expect(route("lancashire", TUESDAY_10).ids.filter((id) => id.startsWith("lancs-cse-"))).toHaveLength(3);
  });

  it("Blackburn with Darwen: 999 and the duty number, and says how little the sources hold", () => {
    const { ids, r } = route("blackburn-with-darwen", TUESDAY_10);
    expect(ids).toEqual(["bwd-emergency", "bwd-duty-social-worker"]);
    expect(r.coverage.length).toBeGreaterThan(0);
  });

  it("lists every area's 999 and its front door at each level 1–4", () => {
    for (const area of pack.areas) {
      const emergency = area.contacts.find((c) => c.roles.includes("emergency") && c.phone === "999")!;
      for (const level of [1, 2, 3, 4]) {
        const ids = routeContacts(pack, { area: area.id, level, at: time(TUESDAY_10) }).contacts.map(
          (c) => c.contact.id,
        );
        expect(ids.slice(0, 2), `${area.id} at level ${level}`).toEqual([emergency.id, area.frontDoor]);
      }
    }
  });

  it("Blackpool's hub is for anyone, not professionals only (only the advice line is)", () => {
    const { r } = route("blackpool", TUESDAY_10);
    const hub = r.contacts.find((c) => c.contact.id === "bpool-request-for-support-hub")!.contact;
    expect(hub.audience).toContain("public");
    expect(hub.levels).toBeUndefined();
    const advice = r.contacts.find((c) => c.contact.id === "bpool-advice-line")!.contact;
    expect(advice.audience).toEqual(["professionals"]);
  });

  it("names the valid values for an unknown area or district", () => {
    expect(() => routeContacts(pack, { area: "york" })).toThrow(/valid areas: .*lancashire/);
    expect(() => routeContacts(pack, { area: "lancashire", district: "york" })).toThrow(UnknownPlaceError);
    expect(() => routeContacts(pack, { area: "blackpool", district: "preston" })).toThrow(/no districts/);
  });
});
