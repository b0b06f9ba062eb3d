import type { Pack } from "@right-help/core";
import { telHref } from "@right-help/ui";

export interface Hub {
  name: string;
  phone: string;
  tel: string;
}

/** The area's front door from a pack, or nothing; never throws (it serves the error fallback). */
export function hubOf(pack: Pack | undefined, area: string | undefined): Hub | undefined {
  try {
    const a = pack?.areas.find((x) => x.id === area);
    const front = a?.contacts.find((c) => c.id === a.frontDoor);
    return front?.phone ? { name: front.name, phone: front.phone, tel: telHref(front) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The immediate-danger line with nothing that can fail: no pack context, no clock. Shown when
 * the widget itself could not render, so even then the page still says "call 999".
 */
export function EmergencyLine({ hub }: { hub?: Hub }) {
  return (
    <div class="rh-danger" part="danger" data-rh="immediate-danger">
      <p>
        <strong>Immediate danger:</strong> call <a href="tel:999">999</a>, then{" "}
        {hub ? (
          <>
            {hub.name} on <a href={hub.tel}>{hub.phone}</a>.
          </>
        ) : (
          <>your area's safeguarding hub.</>
        )}
      </p>
    </div>
  );
}
