import type { Analysis, Matcher, MatchOptions, Pack } from "@right-help/core";
import { foundWords } from "@right-help/ui";
import { useMemo, useRef, useState } from "preact/hooks";
import { loadMatcher } from "./load-matcher.ts";

/** Checked text: in memory only, gone when the widget is removed or the page is left. */
export interface Checked extends Analysis {
  text: string;
}

/** `seq` is new with each message, so the same words said again are announced again. */
export type CheckStatus = { error: boolean; text: string; seq: number } | null;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The paste box's text, the suggestions found in it and what to say about them. The matcher is
 * loaded and built on the first check, not on first render: most visits never paste anything.
 */
export function usePasteCheck(pack: Pack, options: MatchOptions) {
  const matcher = useRef<Matcher | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [paste, setPaste] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [status, setStatusOnly] = useState<CheckStatus>(null);
  const seq = useRef(0);
  const setStatus = (s: { error: boolean; text: string }) => setStatusOnly({ ...s, seq: ++seq.current });

  const check = async () => {
    if (paste.trim() === "") {
      setStatus({ error: true, text: "Paste some text into the box first." });
      textarea.current?.focus();
      return;
    }
    let engine: Awaited<ReturnType<typeof loadMatcher>>;
    try {
      engine = await loadMatcher();
    } catch {
      // Nothing is lost: the text stays in the box for another try.
      setStatus({
        error: true,
        text: "The checker could not be loaded. Check the connection and try again.",
      });
      return;
    }
    let analysis: Analysis;
    try {
      matcher.current ??= engine.Matcher.forPack(pack);
      analysis = matcher.current.analyse(paste, options);
    } catch (error) {
      if (!(error instanceof engine.TextTooLongError)) throw error;
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
    // Text is checked only once the matcher is here, so it is here to read it again.
    if (readFor.current === key || !matcher.current) return checked;
    return { text: checked.text, ...matcher.current.analyse(checked.text, options) };
  }, [checked, key, pack]); // `key` stands for `options`

  return { paste, setPaste, checked: shown, status, check, textarea };
}
