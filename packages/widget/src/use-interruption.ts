import type { RefObject } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/**
 * Level 4 interrupts each time the prompt becomes Level 4. When the dialog closes, focus goes
 * back where it was (Escape) or to the prompt (its button), once the dialog has gone: while a
 * modal dialog is open the rest of the widget is inert and cannot take focus.
 */
export function useInterruption(level: number, promptHeading: RefObject<HTMLElement>) {
  const [open, setOpen] = useState(false);
  const [focusNext, setFocusNext] = useState<"back" | "prompt" | null>(null);
  const before = useRef<Element | null>(null);
  const previous = useRef<number | null>(null);

  useEffect(() => {
    if (level === 4 && previous.current !== 4) {
      before.current = activeElement(promptHeading.current);
      setOpen(true);
    }
    if (level !== 4) setOpen(false);
    previous.current = level;
  }, [level]);

  useEffect(() => {
    if (open || !focusNext) return;
    const back = before.current;
    if (focusNext === "back" && back instanceof HTMLElement && back.isConnected) back.focus();
    else promptHeading.current?.focus();
    setFocusNext(null);
  }, [open, focusNext]);

  const close = (showPrompt: boolean) => {
    setOpen(false);
    setFocusNext(showPrompt ? "prompt" : "back");
  };

  return { open: open && level === 4, close };
}

/** The focused element, looking into the shadow root the widget lives in. */
function activeElement(inside: Element | null): Element | null {
  const root = inside?.getRootNode();
  if (root && "activeElement" in root && root.activeElement) return root.activeElement as Element;
  return document.activeElement;
}
