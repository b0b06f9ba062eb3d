import { Matcher, TextTooLongError, type Analysis, type MatchOptions, type Pack } from "@right-help/core";
import { foundWords } from "@right-help/ui";
import { useMemo, useRef, useState } from "preact/hooks";

/** Checked text: in memory only, gone when the widget is removed or the page is left. */
export interface Checked extends Analysis {
  text: string;
}

/** `seq` is new with each message, so the same words said again are announced again. */
export type CheckStatus = { error: boolean; text: string; seq: number } | null;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The paste box's text, the suggestions found in it and what to say about them. The matcher is
 * built on the first check, not on first render: most visits never paste anything.
 */
export function usePasteCheck(pack: Pack, options: MatchOptions) {
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
    let analysis: Analysis;
    try {
      matcher.current ??= Matcher.forPack(pack);
      analysis = matcher.current.analyse(paste, options);
    } catch (error) {
      if (!(error instanceof TextTooLongError)) throw error;
      setChecked(null);
      setStatus({ error: true, text: error.message });
      return;
    }
    readFor.current = key;
    setChecked({ text: paste, ...analysis });
    setStatus({
      error: false,
      text: `Checked the pasted text (${plural(paste.length, "character")}, not stored). ${foundWords(analysis)}`,
    });
  };

  // The child's area and age shape what is suggested: read the checked text again when they change.
  const key = `${options.area ?? ""}|${options.age ? JSON.stringify(options.age) : ""}`;
  const readFor = useRef(key);
  const shown = useMemo((): Checked | null => {
    if (!checked) return null;
    if (readFor.current === key) return checked;
    matcher.current ??= Matcher.forPack(pack);
    return { text: checked.text, ...matcher.current.analyse(checked.text, options) };
  }, [checked, key, pack]); // `key` stands for `options`

  return { paste, setPaste, checked: shown, status, check, textarea };
}
