import { routeContacts } from "@right-help/core";
import {
  ChildDetails,
  ageOf,
  assessmentOf,
  below,
  checkerReducer,
  ContactsList,
  CopyNote,
  EMPTY_STATE,
  GradedQuestions,
  Heading,
  IndicatorBrowser,
  InterruptionPanel,
  LevelPrompt,
  PasteBox,
  SelectedIndicators,
  Suggestions,
  usePack,
} from "@right-help/ui";
import type { RefObject } from "preact";
import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { ChangeDetail } from "./change-event.ts";
import { ChooseArea } from "./ContactsMode.tsx";
import { useChange } from "./use-change.ts";
import { useInterruption } from "./use-interruption.ts";
import { plural, usePasteCheck } from "./use-paste-check.ts";

export interface CheckerModeProps {
  area?: string;
  district?: string;
  at: Date;
  headingLevel: number;
  onChange?(detail: ChangeDetail): void;
}

/**
 * mode="checker": paste text → suggestions to confirm (never ticked for the practitioner);
 * browse indicators and gradings → the level prompt with reasons, consent and contacts, and a
 * record note to copy. Level 4 interrupts with a modal alert.
 */
export function CheckerMode({ area, district, at, headingLevel, onChange }: CheckerModeProps) {
  const pack = usePack();
  const [state, dispatch] = useReducer(checkerReducer, EMPTY_STATE);
  const { paste, setPaste, checked, status, check, textarea } = usePasteCheck(pack, {
    area,
    age: ageOf(state.ageBand),
  });
  const [browsing, setBrowsing] = useState(false);
  const [grading, setGrading] = useState(false);
  const [allContacts, setAllContacts] = useState(false);
  const resultHeading = useRef<HTMLElement>(null);
  const resultsSummary = useRef<HTMLElement>(null);
  // Results first: after a check, focus goes to the summary of what was found.
  useEffect(() => {
    if (checked) resultsSummary.current?.focus();
  }, [checked]);

  // The place comes from the page (attributes or the widget's picker), not from the checker.
  const assessment = useMemo(
    () => assessmentOf(pack, { ...state, area, district }, at),
    [pack, state, area, district, at],
  );
  // The immediate-danger flag alone prompts Level 4, though no indicator is selected.
  const prompted = !assessment.nothingSelected || state.immediateDanger;
  useChange({ level: prompted ? assessment.level : null, indicators: state.indicators }, onChange);
  const interruption = useInterruption(assessment.level, resultHeading);

  const toggle = (id: string, on: boolean) => dispatch({ type: "toggle", id, on });
  const contactsLevel = assessment.nothingSelected || allContacts ? undefined : assessment.level;
  const routing = area ? routeContacts(pack, { area, district, at, level: contactsLevel }) : null;
  const count = state.indicators.length + Object.keys(state.graded).length;

  return (
    <div part="checker" data-rh="checker">
      <PasteBox value={paste} onInput={setPaste} onCheck={check} textareaRef={textarea} />
      <div role="status" class="rh-status" data-rh="check-status">
        {status && (
          <div key={status.seq} class={status.error ? "rh-message rh-message--error" : "rh-message"}>
            <p>{status.text}</p>
          </div>
        )}
      </div>
      {checked && (
        <Suggestions
          text={checked.text}
          suggestions={checked.suggestions}
          dangerNow={checked.dangerNow}
          immediateDanger={state.immediateDanger}
          onConfirmDanger={() => dispatch({ type: "danger", on: true })}
          selected={state.indicators}
          onToggle={toggle}
          headingLevel={headingLevel}
          summaryRef={resultsSummary}
        />
      )}
      <ChildDetails state={state} dispatch={dispatch} headingLevel={headingLevel} />
      {/* Rendered once opened (and kept): the browser alone is some 1,500 elements. */}
      <details class="rh-details" onToggle={(e) => e.currentTarget.open && setGrading(true)}>
        <summary>Add a grading from an assessment tool</summary>
        {grading && (
          <GradedQuestions
            answers={state.graded}
            onAnswer={(factor, option) => dispatch({ type: "graded", factor, option })}
            headingLevel={headingLevel}
          />
        )}
      </details>
      <details class="rh-details" onToggle={(e) => e.currentTarget.open && setBrowsing(true)}>
        <summary>Browse and search all indicators</summary>
        {browsing && (
          <IndicatorBrowser
            selected={state.indicators}
            onToggle={toggle}
            headingLevel={headingLevel}
            area={area}
          />
        )}
      </details>
      <SelectedIndicators selected={state.indicators} onToggle={toggle} headingLevel={headingLevel} />
      <p role="status" class="rh-summary-line" data-rh="level-summary">
        {!prompted
          ? "No level prompted yet: nothing is selected. This is not a finding that there is no concern."
          : `Prompted level: Level ${assessment.level}, ${assessment.levelInfo.name} (${plural(count, "item")} selected).`}
      </p>
      <div part="result" data-rh="result">
        <ResultHeading level={headingLevel} headingRef={resultHeading} />
        <LevelPrompt assessment={assessment} headingLevel={below(headingLevel)} />
        <CopyNote assessment={assessment} age={ageOf(state.ageBand)} at={at} />
        {routing ? (
          <ContactsList
            routing={routing}
            headingLevel={below(headingLevel)}
            level={contactsLevel}
            onShowAll={() => setAllContacts(true)}
          />
        ) : (
          <ChooseArea what="whom to contact" />
        )}
      </div>
      {interruption.open && <InterruptionPanel assessment={assessment} onClose={interruption.close} />}
    </div>
  );
}

function ResultHeading(props: { level: number; headingRef: RefObject<HTMLElement> }) {
  return (
    <Heading level={props.level} headingRef={props.headingRef} tabIndex={-1} data-rh="result-heading">
      Level prompt, consent and contacts
    </Heading>
  );
}
