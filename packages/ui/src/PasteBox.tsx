import type { Ref } from "preact";
import { useId } from "preact/hooks";

export interface PasteBoxProps {
  value: string;
  onInput(value: string): void;
  onCheck(): void;
  /** After a page could not be read: the box is offered prominently instead. */
  offered?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** Paste text to check: works on every page, including those the browser will not let us read. */
export function PasteBox({ value, onInput, onCheck, offered = false, textareaRef }: PasteBoxProps) {
  const id = useId();
  return (
    <form
      class="rh-paste"
      data-rh="paste"
      onSubmit={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      <div class="rh-field">
        <label class="rh-label" for={id}>
          {offered ? "Paste the text here instead" : "Paste text to check"}
        </label>
        <p class="rh-hint" id={`${id}-hint`}>
          Checked on this device and never stored.
        </p>
        <textarea
          id={id}
          ref={textareaRef}
          class={offered ? "rh-textarea rh-textarea--offered" : "rh-textarea"}
          aria-describedby={`${id}-hint`}
          value={value}
          spellcheck={false}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="rh-button">
        Check pasted text
      </button>
    </form>
  );
}
