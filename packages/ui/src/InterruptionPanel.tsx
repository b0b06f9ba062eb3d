import type { Assessment } from "@right-help/core";
import type { ComponentChildren, Ref } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { below, Heading } from "./Heading.tsx";
import { telHref } from "./phone.ts";

/**
 * Level 4 interrupts: a modal alert dialog with what to do now and whom to call, focus moved
 * into it, closed with Escape or Close. Not a line that could be scrolled past. Short enough to
 * fit a 400 × 600 panel with its buttons; the full prompt is one click further.
 */
export interface InterruptionPanelProps {
  assessment: Assessment;
  /** showPrompt: true from "Show the full Level 4 prompt", false from Close or Escape. */
  onClose(showPrompt: boolean): void;
}

export function InterruptionPanel({ assessment, onClose }: InterruptionPanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    heading.current?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      class="rh-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-rh="interruption"
      onCancel={(e) => {
        e.preventDefault(); // close through onClose, so the host can put focus back
        onClose(false);
      }}
    >
      <ActNow assessment={assessment} id={id} headingLevel={2} headingRef={heading}>
        <div class="rh-actions">
          <button type="button" class="rh-button" onClick={() => onClose(true)}>
            Show the full Level 4 prompt
          </button>
          <button
            type="button"
            class="rh-button rh-button--secondary"
            onClick={() => onClose(false)}
            data-rh="close-interruption"
          >
            Close
          </button>
        </div>
      </ActNow>
    </dialog>
  );
}

/**
 * The Level 4 alert shown in place, not as a dialog: for a Level 4 draft restored on opening,
 * which should not interrupt before the practitioner has done anything.
 */
export function ActNowInPlace(props: {
  assessment: Assessment;
  headingLevel: number;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class="rh-act-now" aria-labelledby={`${id}-title`} data-rh="act-now-in-place">
      <ActNow assessment={props.assessment} id={id} headingLevel={props.headingLevel}>
        {props.children}
      </ActNow>
    </section>
  );
}

/** What to do now at Level 4: the instruction, then whom to call, with tel: links. */
function ActNow(props: {
  assessment: Assessment;
  id: string;
  headingLevel: number;
  headingRef?: Ref<HTMLElement>;
  children?: ComponentChildren;
}) {
  const { assessment: a, id } = props;
  const straight = a.prompts.find((p) => p.id === "straight-to-level-4");
  // Whom to call: the contacts that matter now, from the routing (999 is its own line).
  const calls = (a.contacts?.now ?? []).filter(
    (r) => r.contact.phone && !r.contact.roles.includes("emergency"),
  );
  return (
    <>
      <Heading level={props.headingLevel} id={`${id}-title`} headingRef={props.headingRef} tabIndex={-1}>
        Level 4: act now
      </Heading>
      <div id={`${id}-desc`}>
        <p>
          <strong>{a.immediateRisk ? a.immediateRisk.instruction : straight?.text}</strong>
        </p>
      </div>
      <Heading level={below(props.headingLevel)}>Whom to call now</Heading>
      <ul class="rh-calls" data-rh="calls-now">
        <li>
          Immediate danger: <a href="tel:999">999</a>
        </li>
        {calls.length > 0 ? (
          calls.map((r) => (
            <li key={r.contact.id}>
              {r.contact.name}: <a href={telHref(r.contact)}>{r.contact.phone}</a>
            </li>
          ))
        ) : (
          <li>Choose the child's area to see whom to call. Until then, talk to your safeguarding lead.</li>
        )}
      </ul>
      <p class="rh-hint">A prompt for your professional judgement, not a decision.</p>
      {props.children}
    </>
  );
}
