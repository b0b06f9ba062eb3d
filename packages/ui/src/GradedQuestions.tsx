import type { GradedFactor } from "@right-help/core";
import { useId } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";

export interface GradedQuestionsProps {
  answers: Readonly<Record<string, string>>;
  onAnswer(factor: string, option: string | undefined): void;
  headingLevel: number;
}

/**
 * Questions whose answers come from a grading tool (domestic abuse risk, neglect, CSE screening,
 * missing episodes, Brook). Each answer carries the level the guidance gives it.
 */
export function GradedQuestions({ answers, onAnswer, headingLevel }: GradedQuestionsProps) {
  const pack = usePack();
  return (
    <div class="rh-graded" data-rh="graded">
      <Heading level={headingLevel}>Gradings from an assessment tool</Heading>
      <p class="rh-hint">Answer only where a grading has been done; leave the rest as "not known".</p>
      {pack.gradedFactors.map((f) => (
        <Question key={f.id} factor={f} answer={answers[f.id]} onAnswer={onAnswer} />
      ))}
    </div>
  );
}

function Question({
  factor,
  answer,
  onAnswer,
}: {
  factor: GradedFactor;
  answer?: string;
  onAnswer: GradedQuestionsProps["onAnswer"];
}) {
  const name = useId();
  return (
    <fieldset class="rh-fieldset">
      <legend class="rh-legend">{factor.question}</legend>
      {factor.help && <p class="rh-hint">{factor.help}</p>}
      <div class="rh-radio">
        <input
          type="radio"
          id={`${name}-none`}
          name={name}
          checked={answer === undefined}
          onChange={() => onAnswer(factor.id, undefined)}
        />
        <label for={`${name}-none`}>Not assessed or not known</label>
      </div>
      {factor.options.map((o) => (
        <div key={o.id}>
          <div class="rh-radio">
            <input
              type="radio"
              id={`${name}-${o.id}`}
              name={name}
              checked={answer === o.id}
              onChange={() => onAnswer(factor.id, o.id)}
            />
            <label for={`${name}-${o.id}`}>
              {o.label} <span class="rh-meta">Level {o.level}</span>
            </label>
          </div>
          <Citation source={o.source} />
        </div>
      ))}
    </fieldset>
  );
}
