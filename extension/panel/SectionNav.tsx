export type Section = "check" | "level" | "contacts" | "help";

export const SECTIONS: { id: Section; label: string }[] = [
  { id: "check", label: "Check" },
  { id: "level", label: "Level" },
  { id: "contacts", label: "Contacts" },
  { id: "help", label: "Help" },
];

/**
 * The panel's four sections as plain buttons: every one is in the Tab order and works with
 * Enter or Space, and the current one is marked for assistive technology and by its look.
 */
export function SectionNav({ current, onChange }: { current: Section; onChange(s: Section): void }) {
  return (
    <nav aria-label="Panel sections">
      <ul class="rh-nav">
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              class="rh-tab"
              aria-current={s.id === current ? "true" : undefined}
              aria-controls="rh-section"
              onClick={() => onChange(s.id)}
              data-section-button={s.id}
            >
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
