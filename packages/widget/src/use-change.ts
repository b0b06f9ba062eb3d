import { useEffect, useRef } from "preact/hooks";
import type { ChangeDetail } from "./change-event.ts";

/** Calls `onChange` when the level or the selection changes (not for the first render). */
export function useChange(detail: ChangeDetail, onChange: ((d: ChangeDetail) => void) | undefined): void {
  const signature = `${detail.level}|${detail.indicators.join(",")}`;
  const previous = useRef(signature);
  useEffect(() => {
    if (previous.current === signature) return;
    previous.current = signature;
    onChange?.({ level: detail.level, indicators: [...detail.indicators] });
  }, [signature]);
}
