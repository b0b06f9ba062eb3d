import type { RoutedContact } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";
import { OpenStatus } from "./OpenStatus.tsx";
import { telHref } from "./phone.ts";

/** One contact: how to reach it, whether it is open, why it is listed and where it comes from. */
export function ContactCard({ routed, headingLevel }: { routed: RoutedContact; headingLevel: number }) {
  const c = routed.contact;
  return (
    <li class="rh-contact" data-rh="contact" data-contact={c.id}>
      <Heading level={headingLevel}>{c.name}</Heading>
      <p>{c.purpose}</p>
      <OpenStatus routed={routed} />
      <ul class="rh-ways">
        {c.phone && (
          <li>
            Phone: <a href={telHref(c)}>{c.phone}</a>
          </li>
        )}
        {c.email && (
          <li>
            Email: <a href={`mailto:${c.email}`}>{c.email}</a>
          </li>
        )}
        {c.url && (
          <li>
            Web:{" "}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {c.url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
              <span class="rh-visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        )}
      </ul>
      <p class="rh-hint">
        Listed here: {routed.why}.{c.audience.length > 0 && ` For ${c.audience.join(" and ")}.`}
      </p>
      <p class="rh-hint">Hours: {c.hours ? c.hours.text : "not stated in the guidance."}</p>
      {c.note && <p class="rh-hint">{c.note}</p>}
      <Citation source={c.source} />
    </li>
  );
}
