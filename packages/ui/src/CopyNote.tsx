import { recordNote, type Age, type Assessment } from "@right-help/core";
import { useState } from "preact/hooks";
import { usePack } from "./pack-context.ts";

export interface CopyNoteProps {
  assessment: Assessment;
  age?: Age;
  at: Date;
  /** Writes to the clipboard; the default uses navigator.clipboard. */
  copy?(text: string): Promise<void>;
}

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/**
 * Copies the short record note (at most 1,500 characters) (built only from the assessment: never the checked text, never a name)
 * and says so visibly. If the browser refuses, the note is shown to copy by hand.
 */
export function CopyNote({ assessment, age, at, copy = clipboard }: CopyNoteProps) {
  const pack = usePack();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [open, setOpen] = useState(false);
  const note = recordNote(assessment, { pack, at, age });

  const onCopy = async () => {
    try {
      // Exactly the note shown (and what `right-help assess --json` gives as recordNote).
      await copy(note);
      setStatus("copied");
    } catch {
      setStatus("failed");
      setOpen(true);
    }
  };

  return (
    <div class="rh-copy-note" data-rh="copy-note">
      <button type="button" class="rh-button" onClick={onCopy}>
        Copy record note
      </button>
      <div role="status" class="rh-status">
        {status === "copied" && (
          <p class="rh-message rh-message--success" data-rh="copied">
            Copied the record note. Paste it into the child's record.
          </p>
        )}
        {status === "failed" && (
          <p class="rh-message rh-message--error">
            The browser did not allow copying. Select the note below and copy it.
          </p>
        )}
      </div>
      <details class="rh-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Show the note</summary>
        <pre class="rh-note" data-rh="note">
          {note}
        </pre>
      </details>
    </div>
  );
}
