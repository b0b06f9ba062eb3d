/** Fired on <right-help-guide> when the checker's prompted level or selection changes. */
export const CHANGE_EVENT = "right-help-change";

export interface ChangeDetail {
  /** The prompted level, or null while nothing is selected (which is never "no concern"). */
  level: 1 | 2 | 3 | 4 | null;
  /** Ids of the indicators the practitioner ticked, in the order ticked. Never any text. */
  indicators: string[];
}

export function changeEvent(detail: ChangeDetail): CustomEvent<ChangeDetail> {
  // composed: the event leaves the shadow root, so the page can listen on the element or above.
  return new CustomEvent(CHANGE_EVENT, { bubbles: true, composed: true, detail });
}
