import type { Area, Contact, ContactRole } from "../schema/area.ts";
import type { Pack } from "../schema/pack.ts";
import { inOfficeHours, londonTime, openNow, type OpenBasis } from "./clock.ts";

export interface RoutedContact {
  contact: Contact;
  openNow: boolean | null;
  /** Where openNow comes from: the source's hours, the assumed office hours, or nothing. */
  openBasis: OpenBasis;
  /** Why it is in this place of the list, in a few words. */
  why: string;
}

export interface Routing {
  area: Area;
  districtName: string | undefined;
  /** Outside the pack's (assumed) office hours at the time asked about. */
  outOfHours: boolean;
  contacts: RoutedContact[];
  /**
   * The contacts that matter now (at most NOW_LIMIT): 999; the out-of-hours team when out of
   * hours; the front door; the advice line; then the role contacts the reasons call for. The
   * header, the immediate-danger line, the Level 4 alert, the contacts and the note all read
   * this, so they never disagree.
   */
  now: RoutedContact[];
  /** Whom to call after 999: the first line of `now` with a phone number. */
  then: RoutedContact | undefined;
  /** What the sources lack for this area: shown with the contacts, never hidden. */
  coverage: Area["coverage"];
  officeHoursAssumption: string;
}

export class UnknownPlaceError extends Error {}

export interface RouteRequest {
  area: string;
  district?: string;
  at?: Date;
  level?: number;
  /** Roles the reasons call for (exploitation, missing …): their contacts join `now`. */
  needs?: readonly ContactRole[];
}

/** How many contacts "the contacts that matter now" holds at most. */
export const NOW_LIMIT = 6;

/** Roles in the order they help most after the emergency, front door and advice lines. */
const ROLE_ORDER: ContactRole[] = [
  "exploitation",
  "missing",
  "domestic-abuse",
  "education",
  "early-help",
  "information-sharing",
  "send",
  "disability",
  "young-carers",
  "advocacy",
  "family-support",
  "health",
  "police",
  "youth-justice",
  "information",
  "other",
];

/**
 * The contacts for an area, district, time and level, most urgent first: 999; out of office
 * hours, the out-of-hours team; the front door; advice lines; then the rest by role. A contact
 * for other localities, or only for other levels, is left out.
 */
export function routeContacts(pack: Pack, req: RouteRequest): Routing {
  const area = pack.areas.find((a) => a.id === req.area);
  if (!area)
    throw new UnknownPlaceError(
      `unknown area "${req.area}"; valid areas: ${pack.areas.map((a) => a.id).join(", ")}`,
    );
  let places: Set<string> | undefined;
  let districtName: string | undefined;
  if (req.district !== undefined) {
    const d = area.districts.find((x) => x.id === req.district);
    if (!d) {
      const valid = area.districts.map((x) => x.id);
      throw new UnknownPlaceError(
        valid.length === 0
          ? `${area.name} has no districts in the pack; leave the district out`
          : `unknown district "${req.district}" for ${area.id}; valid districts: ${valid.join(", ")}`,
      );
    }
    places = new Set([d.id, d.locality]);
    districtName = d.name;
  }

  const t = londonTime(req.at ?? new Date());
  const outOfHours = !inOfficeHours(pack, t);
  const routed: (RoutedContact & { rank: number })[] = [];
  for (const contact of area.contacts) {
    if (places && contact.localities && !contact.localities.some((l) => places.has(l))) continue;
    if (req.level !== undefined && contact.levels && !contact.levels.includes(req.level)) continue;
    const { open, basis } = openNow(pack, contact.hours, t);
    const [rank, why] = rankOf(contact, area, outOfHours);
    // Out of hours, a line known to be closed drops below the lines that may answer.
    const closedPenalty = outOfHours && open === false && rank > 0 ? 50 : 0;
    routed.push({ contact, openNow: open, openBasis: basis, why, rank: rank + closedPenalty });
  }
  routed.sort((a, b) => a.rank - b.rank);
  const contacts = routed.map(({ rank: _rank, ...r }) => r);
  const now = contactsNow(contacts, area, outOfHours, req.needs ?? []);
  return {
    area,
    districtName,
    outOfHours,
    contacts,
    now,
    then: now.find((r) => r.contact.phone && !r.contact.roles.includes("emergency")),
    coverage: area.coverage,
    officeHoursAssumption: pack.parameters.officeHours.assumption,
  };
}

/** The few contacts that matter now, in the routed order (see Routing.now). */
function contactsNow(
  contacts: RoutedContact[],
  area: Area,
  outOfHours: boolean,
  needs: readonly ContactRole[],
): RoutedContact[] {
  const first = (test: (c: Contact) => boolean) => contacts.find((r) => test(r.contact));
  const picked = [
    first((c) => c.roles.includes("emergency")),
    outOfHours ? first((c) => c.roles.includes("out-of-hours") && !!c.phone) : undefined,
    first((c) => c.id === area.frontDoor),
    first((c) => c.roles.includes("advice") && c.id !== area.frontDoor),
    ...needs.flatMap((role) => contacts.filter((r) => r.contact.roles.includes(role)).slice(0, 2)),
  ];
  const seen = new Set<string>();
  const now: RoutedContact[] = [];
  for (const r of picked) {
    if (!r || seen.has(r.contact.id)) continue;
    seen.add(r.contact.id);
    now.push(r);
  }
  // Shown in the routed order, so "now" reads like the top of the full list.
  return now.sort((a, b) => contacts.indexOf(a) - contacts.indexOf(b)).slice(0, NOW_LIMIT);
}

function rankOf(c: Contact, area: Area, outOfHours: boolean): [number, string] {
  if (c.roles.includes("emergency")) return [0, "immediate danger: call 999 first"];
  if (c.roles.includes("out-of-hours") && outOfHours) return [1, "out of office hours"];
  if (c.id === area.frontDoor) return [2, "requests for support and concerns about a child"];
  if (c.roles.includes("front-door")) return [3, "requests for support"];
  if (c.roles.includes("advice")) return [4, "advice for professionals"];
  if (c.roles.includes("out-of-hours")) return [5, "out of office hours"];
  const i = Math.min(...c.roles.map((r) => ROLE_ORDER.indexOf(r)).filter((n) => n >= 0));
  return [10 + (Number.isFinite(i) ? i : ROLE_ORDER.length), c.purpose];
}
