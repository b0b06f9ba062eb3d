import type { ImmediateDanger } from "../schema/area.ts";
import type { Pack } from "../schema/pack.ts";
import { phoneDigits } from "../phone.ts";
import { UnknownPlaceError } from "./route.ts";

export interface ImmediateDangerRoute extends ImmediateDanger {
  /** Contact ids to call, in order: the area's 999 contact, then its front door. */
  call: string[];
}

/** The area's own immediate-danger words, cited, and whom to call: 999 first, then the front door. */
export function immediateDangerFor(pack: Pack, areaId: string): ImmediateDangerRoute {
  const area = pack.areas.find((a) => a.id === areaId);
  if (!area)
    throw new UnknownPlaceError(
      `unknown area "${areaId}"; valid areas: ${pack.areas.map((a) => a.id).join(", ")}`,
    );
  const emergency = area.contacts.find(
    (c) => c.roles.includes("emergency") && c.phone !== undefined && phoneDigits(c.phone) === "999",
  );
  // The loader guarantees both; filter anyway so a hand-built pack cannot yield undefined ids.
  const call = [emergency?.id, area.frontDoor].filter((id): id is string => id !== undefined);
  return { ...area.immediateDanger, call };
}
