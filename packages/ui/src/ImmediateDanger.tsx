import { inOfficeHours, londonTime } from "@right-help/core";
import { useId } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { usePack } from "./pack-context.ts";
import { telHref } from "./phone.ts";

/**
 * "Immediate danger: call 999, then the hub." Shown first and always, with the area's own
 * number once the area is known; out of office hours the out-of-hours team is added.
 */
export function ImmediateDanger({ area: areaId, at }: { area?: string; at: Date }) {
  const pack = usePack();
  const id = useId();
  const rule = pack.rules.find((r) => r.id === "immediate-danger");
  const area = pack.areas.find((a) => a.id === areaId);
  const front = area?.contacts.find((c) => c.id === area.frontDoor);
  const outOfHours = !inOfficeHours(pack, londonTime(at));
  const afterHours = outOfHours
    ? area?.contacts.find((c) => c.roles.includes("out-of-hours") && c.phone)
    : undefined;

  return (
    <section class="rh-danger" aria-labelledby={id} data-rh="immediate-danger">
      <p>
        <strong id={id}>Immediate danger:</strong> call <a href="tel:999">999</a>, then{" "}
        {front?.phone ? (
          <>
            {front.name} on <a href={telHref(front)}>{front.phone}</a>.
          </>
        ) : (
          <>your area's safeguarding hub. Choose the child's area to see its number.</>
        )}
      </p>
      {afterHours && (
        <p>
          Outside office hours: {afterHours.name} on <a href={telHref(afterHours)}>{afterHours.phone}</a>.
        </p>
      )}
      {rule && <Citation source={rule.source} />}
    </section>
  );
}
