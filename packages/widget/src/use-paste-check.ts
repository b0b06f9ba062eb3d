import { Matcher, TextTooLongError, type Pack, type Suggestion } from "@right-help/core";
import { useRef, useState } from "preact/hooks";

/** Checked text: in memory only, gone when the widget is removed or the page is left. */
export interface Checked {
  text: string;
  suggestions: Suggestion[];
}

/** `seq` is new with each message, so the same words said again are announced again. */
export type CheckStatus = { error: boolean; text: string; seq: number } | null;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The paste box's text, the suggestions found in it and what to say about them. The matcher is
 * built on the first check, not on first render: most visits never paste anything.
 */
export function usePasteCheck(pack: Pack) {
  const matcher = useRef<Matcher | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [paste, setPaste] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [status, setStatusOnly] = useState<CheckStatus>(null);
  const seq = useRef(0);
  const setStatus = (s: { error: boolean; text: string }) => setStatusOnly({ ...s, seq: ++seq.current });

  const check = () => {
    if (paste.trim() === "") {
      setStatus({ error: true, text: "Paste some text into the box first." });
      textarea.current?.focus();
      return;
    }
    let suggestions: Suggestion[];
    try {
      matcher.current ??= Matcher.forPack(pack);
      suggestions = matcher.current.match(paste);
    } catch (error) {
      if (!(error instanceof TextTooLongError)) throw error;
      setChecked(null);
      setStatus({ error: true, text: error.message });
      return;
    }
    const counted = suggestions.filter((s) => !s.negated).length;
    const absent = suggestions.length - counted;
    setChecked({ text: paste, suggestions });
    setStatus({
      error: false,
      text:
        `Checked the pasted text (${plural(paste.length, "character")}, not stored). ` +
        (suggestions.length === 0
          ? "No indicators were found in this text. This is not a finding that there is no concern."
          : `${plural(counted, "suggestion")} to confirm${absent ? `, ${absent} mentioned as absent` : ""}.`),
    });
  };

  return { paste, setPaste, checked, status, check, textarea };
}
