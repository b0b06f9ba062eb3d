import type { Assessment } from "@right-help/core";
import { useEffect, useId, useRef } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { usePack } from "./pack-context.ts";
import { telHref } from "./phone.ts";

/**
 * Level 4 interrupts: a modal alert dialog with what to do now and whom to call, focus moved
 * into it, closed with Escape or its button. Not a line that could be scrolled past.
 */
export interface InterruptionPanelProps {
  assessment: Assessment;
  /** showPrompt: true from the button ("show the full prompt"), false from Escape. */
  onClose(showPrompt: boolean): void;
}

export function InterruptionPanel({ assessment: a, onClose }: InterruptionPanelProps) {
  const pack = usePack();
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const straight = a.prompts.find((p) => p.id === "straight-to-level-4");
  const consult = pack.rules.find((r) => r.id === "consult-if-in-doubt");
  const record = a.consent.rules.find((r) => r.record)?.record;
  // Whom to call: the routed phone lines, most urgent first (999 is its own step).
  const calls = (a.contacts?.contacts ?? [])
    .filter((r) => r.contact.phone && !r.contact.roles.includes("emergency"))
    .slice(0, 3);

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
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Level 4: act now
      </h2>
      <div id={`${id}-desc`}>
        {a.immediateRisk ? (
          <p>
            <strong>{a.immediateRisk.instruction}</strong>
          </p>
        ) : (
          straight && (
            <p>
              <strong>{straight.text}</strong>
            </p>
          )
        )}
      </div>
      {straight && <Citation source={straight.source} />}
      <h3>What to do now</h3>
      <ol>
        <li>
          If the child is in immediate danger, call <a href="tel:999">999</a> now.
        </li>
        {calls.length > 0 ? (
          calls.map((r) => (
            <li key={r.contact.id}>
              Call {r.contact.name} on <a href={telHref(r.contact)}>{r.contact.phone}</a> ({r.why}).
            </li>
          ))
        ) : (
          <li>
            Choose the child's area in the panel to see whom to call. Until then, talk to your safeguarding
            lead.
          </li>
        )}
        <li>
          Consent at Level 4: {a.levelInfo.consent}
          {record && <> {record}</>}
        </li>
        {consult && <li>{consult.text}</li>}
      </ol>
      <p>This is a prompt for your professional judgement, not a decision.</p>
      <button type="button" class="rh-button" onClick={() => onClose(true)}>
        Show the full Level 4 prompt
      </button>
    </dialog>
  );
}
