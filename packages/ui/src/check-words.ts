import type { Analysis, ContextKind, Suggestion } from "@right-help/core";

/** How each reason for not counting a mention is said to a practitioner. */
export const CONTEXT_LABEL: Record<ContextKind, string> = {
  negated: "Mentioned as absent",
  hypothetical: "Mentioned as a possibility, not as happening",
  historical: "Mentioned as in the past",
  "other-person": "About someone other than the child",
};

/** "3 suggestions to confirm, 1 mentioned but not counted." — after a check, for the status line. */
export function foundWords({ suggestions, dangerNow }: Analysis): string {
  const danger = dangerNow.suggested
    ? " Some words suggest danger now: is the child in immediate danger? If so, call 999."
    : "";
  if (suggestions.length === 0)
    return `No indicators were found in this text. This is not a finding that there is no concern.${danger}`;
  const counted = suggestions.filter((s) => s.counted).length;
  const not = suggestions.length - counted;
  return `${counted} suggestion${counted === 1 ? "" : "s"} to confirm${not ? `, ${not} mentioned but not counted` : ""}.${danger}`;
}

/** Why a suggestion is not counted, with the words that say so: "Mentioned as absent (“denies”)". */
export function contextWords(s: Suggestion): string | null {
  if (s.counted || !s.context) return null;
  const e = s.evidence.find((x) => x.context === s.context);
  return `${CONTEXT_LABEL[s.context]}${e?.contextWords ? ` (“${e.contextWords}”)` : ""}`;
}
