import type { Routing } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { ContactCard } from "./ContactCard.tsx";
import { below, Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";

export interface ContactsListProps {
  routing: Routing;
  headingLevel: number;
  /** The level the list is filtered for, if any (said, so nobody misses a hidden contact). */
  level?: number;
  onShowAll?(): void;
}

/**
 * The area's contacts, most urgent first (routeContacts decides the order), with out-of-hours
 * routing, the office-hours assumption and what the guidance does not give for the area.
 */
export function ContactsList({ routing, headingLevel, level, onShowAll }: ContactsListProps) {
  const pack = usePack();
  const place = routing.districtName ? `${routing.area.name} (${routing.districtName})` : routing.area.name;
  return (
    <div class="rh-contacts-list" data-rh="contacts">
      <Heading level={headingLevel}>Contacts for {place}</Heading>
      <p>
        {routing.outOfHours
          ? "It is outside office hours now: the out-of-hours route comes first, after 999."
          : "It is within office hours now."}
        {level !== undefined && ` Showing the contacts for Level ${level}, the prompted level.`}
      </p>
      {level !== undefined && onShowAll && (
        <button type="button" class="rh-button rh-button--secondary" onClick={onShowAll}>
          Show contacts for every level
        </button>
      )}
      <div class="rh-message">
        <p>Office hours: {routing.officeHoursAssumption}</p>
        <Citation source={pack.parameters.officeHours.source} />
      </div>
      <ol class="rh-contacts">
        {routing.contacts.map((r) => (
          <ContactCard key={r.contact.id} routed={r} headingLevel={below(headingLevel)} />
        ))}
      </ol>
      <Heading level={below(headingLevel)}>What the guidance does not give for {routing.area.name}</Heading>
      <ul data-rh="coverage">
        {routing.coverage.map((note) => (
          <li key={note.text}>
            {note.text}
            <Citation source={note.source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
