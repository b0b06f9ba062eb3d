import type { Suggestion } from "@right-help/core";
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
  const counted = suggestions.filter((s) => !s.negated);
  const absent = suggestions.length - counted.length;
  if (suggestions.length === 0) return "No indicators were found in this text.";
  const levels = [4, 3, 2, 1]
    .map((l) => [l, counted.filter((s) => s.indicator.level === l).length] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${n} at Level ${l}`);
  const head = `${counted.length} possible indicator${counted.length === 1 ? "" : "s"}`;
  return `${head}${levels.length ? `: ${levels.join(", ")}` : ""}${absent ? `; ${absent} mentioned as absent` : ""}.`;
}

/**
 * Indicators the text may describe, highest level first, each with the words that suggested it
 * and a checkbox the practitioner ticks to confirm. Mentions that are negated ("denies …") are
 * listed apart and do not count unless ticked. Finding nothing is never reported as "no concern".
 */
export function Suggestions({
  text,
  suggestions,
  selected,
  onToggle,
  headingLevel,
  summaryRef,
}: SuggestionsProps) {
  const counted = suggestions.filter((s) => !s.negated).sort(byLevelThenText);
  const absent = suggestions.filter((s) => s.negated).sort(byLevelThenText);
  return (
    <div class="rh-suggestions" data-rh="suggestions">
      <Heading level={headingLevel}>Suggestions from the text</Heading>
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
          <Heading level={below(headingLevel)}>Mentioned as absent — not counted</Heading>
          <p class="rh-hint">
            The text seems to say these are not present ("no", "denies", "not"). Tick one only if you judge it
            is.
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
  return (
    <li
      class="rh-suggestion"
      data-rh="suggestion"
      data-indicator={s.indicator.id}
      data-level={s.indicator.level}
      data-negated={String(s.negated)}
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
        {s.negated && (
          <>
            {" · "}
            <span class="rh-tag">
              {selected.includes(s.indicator.id)
                ? "Mentioned as absent — counted because you ticked it"
                : "Mentioned as absent — not counted"}
            </span>
          </>
        )}
      </span>
      {shown.map((e) => (
        <EvidenceQuote key={e.start} text={text} evidence={e} />
      ))}
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
