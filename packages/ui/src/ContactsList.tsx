import type { Routing } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { ContactCard } from "./ContactCard.tsx";
import { below, Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";
import { useEffect, useRef, useState } from "preact/hooks";

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
  const heading = useRef<HTMLElement>(null);
  // "Show contacts for every level" goes away once pressed: focus moves to the list's heading
  // (not to <body>) and the change is announced.
  const [showingAll, setShowingAll] = useState(false);
  const [said, setSaid] = useState("");
  useEffect(() => {
    if (!showingAll || level !== undefined) return;
    heading.current?.focus();
    setSaid(`Showing all ${routing.contacts.length} contacts for ${place}, most urgent first.`);
    setShowingAll(false);
  }, [showingAll, level]);
  const sub = below(headingLevel);
  return (
    <div class="rh-contacts-list" data-rh="contacts">
      <Heading level={headingLevel}>Contacts for {place}</Heading>
      <p>
        {routing.outOfHours
          ? "It is outside office hours now: the out-of-hours route comes first, after 999."
          : "It is within office hours now."}
      </p>
      <div class="rh-message">
        <p>Office hours: {routing.officeHoursAssumption}</p>
        <Citation source={pack.parameters.officeHours.source} />
      </div>
      <Heading level={sub}>Contacts that matter now</Heading>
      <ol class="rh-contacts" data-rh="contacts-now">
        {routing.now.map((r) => (
          <ContactCard key={r.contact.id} routed={r} headingLevel={below(sub)} />
        ))}
      </ol>
      <details class="rh-details" data-rh="all-contacts">
        <summary>
          All contacts for {place} ({routing.contacts.length})
        </summary>
        <Heading level={sub} headingRef={heading} tabIndex={-1}>
          All contacts for {place}
        </Heading>
        <div role="status" class="rh-status rh-hint" data-rh="contacts-status">
          {said && <p key={said}>{said}</p>}
        </div>
        {level !== undefined && <p>Showing the contacts for Level {level}, the prompted level.</p>}
        {level !== undefined && onShowAll && (
          <button
            type="button"
            class="rh-button rh-button--secondary"
            onClick={() => {
              setShowingAll(true);
              onShowAll();
            }}
          >
            Show contacts for every level
          </button>
        )}
        <ol class="rh-contacts">
          {routing.contacts.map((r) => (
            <ContactCard key={r.contact.id} routed={r} headingLevel={below(sub)} />
          ))}
        </ol>
      </details>
      <Heading level={sub}>What the guidance does not give for {routing.area.name}</Heading>
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
