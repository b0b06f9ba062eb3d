import type { DangerNow, Suggestion } from "@right-help/core";
import { contextWords } from "./check-words.ts";
import type { Ref } from "preact";
import { useId } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { EvidenceQuote } from "./EvidenceQuote.tsx";
import { below, Heading } from "./Heading.tsx";
import { indicatorMeta } from "./indicator-meta.ts";
import { usePack } from "./pack-context.ts";

export interface SuggestionsProps {
  /** The text that was checked (kept in memory only, to show the evidence in context). */
  text: string;
  suggestions: readonly Suggestion[];
  /** Words of danger now in the text: asked as a question, never set as the flag. */
  dangerNow?: DangerNow;
  /** Whether the practitioner has already marked immediate danger. */
  immediateDanger?: boolean;
  /** The practitioner's "yes, immediate danger now". */
  onConfirmDanger?(): void;
  /** Indicator ids the practitioner has ticked. Nothing is ever ticked for them. */
  selected: readonly string[];
  onToggle(id: string, on: boolean): void;
  headingLevel: number;
  /** The results summary, which takes focus after a check (the host moves it there). */
  summaryRef?: Ref<HTMLElement>;
}

/** Evidence shown per suggestion; the rest are counted. */
const SHOWN = 3;

/** Highest level first, then in the order the text mentions them. */
export function byLevelThenText(a: Suggestion, b: Suggestion): number {
  return (b.indicator.level ?? 0) - (a.indicator.level ?? 0) || firstAt(a) - firstAt(b);
}
const firstAt = (s: Suggestion) => Math.min(...s.evidence.map((e) => e.start), Number.MAX_SAFE_INTEGER);

/** "9 possible indicators: 1 at Level 4, 2 at Level 3 …; 1 mentioned as absent." */
export function resultsSummary(suggestions: readonly Suggestion[]): string {
  const counted = suggestions.filter((s) => s.counted);
  const absent = suggestions.length - counted.length;
  if (suggestions.length === 0) return "No indicators were found in this text.";
  const levels = [4, 3, 2, 1]
    .map((l) => [l, counted.filter((s) => s.indicator.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} at Level ${l}`);
  const head = `${counted.length} possible indicator${counted.length === 1 ? "" : "s"}`;
  return `${head}${levels.length ? `: ${levels.join(", ")}` : ""}${absent ? `; ${absent} mentioned but not counted` : ""}.`;
}

/**
 * Indicators the text may describe, highest level first, each with the words that suggested it,
 * why (a cue, or a rule in plain words) and a checkbox the practitioner ticks to confirm.
 * Mentions that are negated, hypothetical, in the past or about someone else are listed apart,
 * each saying which, and do not count unless ticked. Words of danger now give a question to
 * confirm, never the flag itself. Finding nothing is never reported as "no concern".
 */
export function Suggestions({
  text,
  suggestions,
  dangerNow,
  immediateDanger,
  onConfirmDanger,
  selected,
  onToggle,
  headingLevel,
  summaryRef,
}: SuggestionsProps) {
  const counted = suggestions.filter((s) => s.counted).sort(byLevelThenText);
  const absent = suggestions.filter((s) => !s.counted).sort(byLevelThenText);
  return (
    <div class="rh-suggestions" data-rh="suggestions">
      <Heading level={headingLevel}>Suggestions from the text</Heading>
      {dangerNow?.suggested && (
        <DangerNowQuestion
          text={text}
          dangerNow={dangerNow}
          confirmed={immediateDanger === true}
          onConfirm={onConfirmDanger}
          headingLevel={below(headingLevel)}
        />
      )}
      <p
        class="rh-results-summary"
        tabIndex={-1}
        ref={summaryRef as Ref<HTMLParagraphElement>}
        data-rh="results-summary"
      >
        {resultsSummary(suggestions)}
      </p>
      {suggestions.length === 0 ? (
        <div class="rh-message" data-rh="no-suggestions">
          <p>
            <strong>
              No indicators were found in this text. This is not a finding that there is no concern.
            </strong>
          </p>
          <p>
            Right Help only looks for the words it knows. Use your professional judgement: browse the
            indicators, and talk to your safeguarding lead or the advice line if in doubt.
          </p>
        </div>
      ) : (
        <p class="rh-hint">
          Tick the ones you confirm. Nothing is selected until you tick it; these are prompts, not findings.{" "}
          <LevelFourWarning />
        </p>
      )}
      {counted.length > 0 && (
        <ul class="rh-list-plain">
          {counted.map((s) => (
            <SuggestionItem key={s.indicator.id} s={s} text={text} selected={selected} onToggle={onToggle} />
          ))}
        </ul>
      )}
      {absent.length > 0 && (
        <>
          <Heading level={below(headingLevel)}>Mentioned but not counted</Heading>
          <p class="rh-hint">
            The text seems to say these are absent ("no", "denies"), only a possibility ("if"), in the past
            ("previously", a year gone), or about someone other than the child ("Mum disclosed …"). Tick one
            only if you judge it applies to the child now.
          </p>
          <ul class="rh-list-plain" data-rh="negated">
            {absent.map((s) => (
              <SuggestionItem
                key={s.indicator.id}
                s={s}
                text={text}
                selected={selected}
                onToggle={onToggle}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Said beside the checkboxes, so the "act now" alert never comes as a surprise (WCAG 3.2.2). */
export function LevelFourWarning() {
  return <>Ticking a Level 4 item opens an “act now” alert.</>;
}

function SuggestionItem(props: {
  s: Suggestion;
  text: string;
  selected: readonly string[];
  onToggle(id: string, on: boolean): void;
}) {
  const { s, text, selected, onToggle } = props;
  const pack = usePack();
  const id = useId();
  const shown = s.evidence.slice(0, SHOWN);
  const more = s.mentions - shown.length;
  const rule = shown.find((e) => e.because.kind === "rule")?.because;
  const because = rule?.kind === "rule" ? rule : null;
  return (
    <li
      class="rh-suggestion"
      data-rh="suggestion"
      data-indicator={s.indicator.id}
      data-level={s.indicator.level}
      data-negated={String(s.negated)}
      data-context={s.context ?? "counted"}
    >
      <div class="rh-check">
        <input
          type="checkbox"
          id={id}
          checked={selected.includes(s.indicator.id)}
          onChange={(e) => onToggle(s.indicator.id, e.currentTarget.checked)}
          aria-describedby={`${id}-meta`}
        />
        <label for={id}>{s.indicator.text}</label>
      </div>
      <span class="rh-meta" id={`${id}-meta`}>
        {indicatorMeta(pack, s.indicator)}
        {!s.counted && (
          <>
            {" · "}
            <span class="rh-tag" data-rh="context">
              {contextWords(s)}
              {selected.includes(s.indicator.id) ? " — counted because you ticked it" : " — not counted"}
            </span>
          </>
        )}
      </span>
      {shown.map((e) => (
        <EvidenceQuote key={e.start} text={text} evidence={e} />
      ))}
      {because && (
        <p class="rh-hint" data-rh="because">
          Suggested because: {because.explanation} ({because.words.map((w) => `“${w}”`).join(" + ")})
        </p>
      )}
      {more > 0 && (
        <p class="rh-hint">
          and {more} more mention{more === 1 ? "" : "s"}
        </p>
      )}
      <details class="rh-source">
        <summary>Source</summary>
        <Citation source={s.indicator.source} />
      </details>
    </li>
  );
}

/**
 * Words of danger now ("threatening to kill", "at the gates now, drunk"): a question for the
 * practitioner, with the words that raised it. Only their answer sets the immediate-danger flag.
 */
function DangerNowQuestion(props: {
  text: string;
  dangerNow: DangerNow;
  confirmed: boolean;
  onConfirm?(): void;
  headingLevel: number;
}) {
  const { text, dangerNow, confirmed, onConfirm, headingLevel } = props;
  return (
    <div class="rh-danger-now" data-rh="danger-now">
      <Heading level={headingLevel}>Is the child in immediate danger now?</Heading>
      <p>
        <strong>If so, call 999 now.</strong> Some words in the text suggest danger now:
      </p>
      <ul class="rh-list-plain">
        {dangerNow.evidence.slice(0, 3).map((e) => (
          <li key={e.start}>
            <EvidenceQuote text={text} evidence={e} />
            <span class="rh-hint">{e.explanation}</span>
          </li>
        ))}
      </ul>
      {confirmed ? (
        <p data-rh="danger-confirmed">You have marked the child as in immediate danger.</p>
      ) : (
        onConfirm && (
          <button
            type="button"
            class="rh-button rh-button--warning"
            onClick={onConfirm}
            data-rh="confirm-danger"
          >
            Yes: the child is in immediate danger now
          </button>
        )
      )}
    </div>
  );
}
