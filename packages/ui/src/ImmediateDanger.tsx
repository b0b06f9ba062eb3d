import { routeContacts, type Routing } from "@right-help/core";
import { useId } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { usePack } from "./pack-context.ts";
import { telHref } from "./phone.ts";

/**
 * "Immediate danger: call 999, then …" Shown first and always. Whom to call after 999 comes from
 * the routing (routeContacts' `then`): the front door, or out of office hours the out-of-hours
 * team, so this line never disagrees with the contacts or the Level 4 alert.
 * `landmark`: a named region in the side panel; false inside a widget, where a page with three
 * widgets would otherwise hold three regions of the same name.
 */
export function ImmediateDanger({
  area: areaId,
  district,
  at,
  landmark = true,
}: {
  area?: string;
  district?: string;
  at: Date;
  landmark?: boolean;
}) {
  const pack = usePack();
  const id = useId();
  const Box = landmark ? "section" : "div";
  const rule = pack.rules.find((r) => r.id === "immediate-danger");
  const routing = routeOrNull(pack, areaId, district, at);
  const then = routing?.then?.contact;
  const front = routing?.area.contacts.find((c) => c.id === routing.area.frontDoor);

  return (
    <Box class="rh-danger" aria-labelledby={landmark ? id : undefined} data-rh="immediate-danger">
      <p>
        <strong id={id}>Immediate danger:</strong> call <a href="tel:999">999</a>, then{" "}
        {then?.phone ? (
          <>
            {then.name} on <a href={telHref(then)}>{then.phone}</a>
            {routing?.outOfHours && then.id !== front?.id ? " (outside office hours)" : ""}.
          </>
        ) : (
          <>your area's safeguarding hub. Choose the child's area to see its number.</>
        )}
      </p>
      {front?.phone && then && then.id !== front.id && (
        <p>
          In office hours: {front.name} on <a href={telHref(front)}>{front.phone}</a>.
        </p>
      )}
      {rule && <Citation source={rule.source} />}
    </Box>
  );
}

function routeOrNull(
  pack: ReturnType<typeof usePack>,
  area: string | undefined,
  district: string | undefined,
  at: Date,
): Routing | null {
  if (!area) return null;
  try {
    return routeContacts(pack, { area, district, at });
  } catch {
    return null; // an unknown place: the line still says 999
  }
}
