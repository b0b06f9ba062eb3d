import type { Contact } from "@right-help/core";

/** tel: link for a contact's number (E.164 where the pack has it, so it dials from anywhere). */
export function telHref(contact: Pick<Contact, "phone" | "phoneE164">): string {
  return `tel:${contact.phoneE164 ?? (contact.phone ?? "").replace(/[^\d+]/g, "")}`;
}
