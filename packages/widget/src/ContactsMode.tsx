import { routeContacts } from "@right-help/core";
import { ContactsList, usePack } from "@right-help/ui";

/** mode="contacts": the area's contacts, most urgent first, open now or not, and what the guidance lacks. */
export function ContactsMode(props: { area?: string; district?: string; at: Date; headingLevel: number }) {
  const pack = usePack();
  if (!props.area) return <ChooseArea what="its contacts" />;
  const routing = routeContacts(pack, { area: props.area, district: props.district, at: props.at });
  return (
    <div part="contacts">
      <ContactsList routing={routing} headingLevel={props.headingLevel} />
    </div>
  );
}

export function ChooseArea({ what }: { what: string }) {
  return (
    <p class="rh-message" data-rh="choose-area">
      Choose the child's area above to see {what}.
    </p>
  );
}
