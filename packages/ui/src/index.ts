/** @right-help/ui: Preact components shared by the side panel and the <right-help-guide> widget. */
export { PackContext, usePack, citation } from "./pack-context.ts";
export { adoptStyles, css } from "./styles.ts";
export { useNow } from "./use-now.ts";
export { AGE_VALUES, ageOf, ageLabel } from "./ages.ts";
export {
  EMPTY_STATE,
  checkerReducer,
  stateFromDraft,
  draftOf,
  placeOf,
  assessmentOf,
  isEmpty,
  type CheckerState,
  type CheckerAction,
  type DraftLike,
} from "./checker-state.ts";
export { telHref } from "./phone.ts";
export { indicatorMeta } from "./indicator-meta.ts";
export { Heading, below } from "./Heading.tsx";
export { Citation } from "./Citation.tsx";
export { ImmediateDanger } from "./ImmediateDanger.tsx";
export { AreaPicker, type AreaPickerProps } from "./AreaPicker.tsx";
export { OpenStatus } from "./OpenStatus.tsx";
export { ContactCard } from "./ContactCard.tsx";
export { ContactsList, type ContactsListProps } from "./ContactsList.tsx";
export { LevelPrompt } from "./LevelPrompt.tsx";
export { InterruptionPanel, ActNowInPlace, type InterruptionPanelProps } from "./InterruptionPanel.tsx";
export { ConsentGuidance } from "./ConsentGuidance.tsx";
export { EvidenceQuote } from "./EvidenceQuote.tsx";
export { Suggestions, type SuggestionsProps } from "./Suggestions.tsx";
export { CONTEXT_LABEL, contextWords, foundWords } from "./check-words.ts";
export { IndicatorBrowser, type IndicatorBrowserProps } from "./IndicatorBrowser.tsx";
export { GradedQuestions, type GradedQuestionsProps } from "./GradedQuestions.tsx";
export { AgeBand } from "./AgeBand.tsx";
export { Strengths } from "./Strengths.tsx";
export { SelectedIndicators } from "./SelectedIndicators.tsx";
export { Glossary } from "./Glossary.tsx";
export { Help } from "./Help.tsx";
export { CopyNote, type CopyNoteProps } from "./CopyNote.tsx";
export { PasteBox, type PasteBoxProps } from "./PasteBox.tsx";
export { Checkbox } from "./Checkbox.tsx";
export { ChildDetails } from "./ChildDetails.tsx";
