import type { Assessment } from "@right-help/core";
import { AreaBands } from "./AreaBands.tsx";
import { Citation } from "./Citation.tsx";
import { ConsentGuidance } from "./ConsentGuidance.tsx";
import { below, Heading } from "./Heading.tsx";
import { ageBandLabel } from "./indicator-meta.ts";
import { Strengths } from "./Strengths.tsx";

/**
 * The prompted level with its reasons, the guidance's prompts, next steps and consent. Always
 * framed as a prompt for professional judgement; an empty selection is never "no concern".
 */
export function LevelPrompt({
  assessment: a,
  headingLevel,
}: {
  assessment: Assessment;
  headingLevel: number;
}) {
  const sub = below(headingLevel);
  // Nothing selected prompts no level: Level 1's name, steps and consent would read as a finding.
  if (a.nothingSelected) return <NoLevel assessment={a} headingLevel={headingLevel} />;
  return (
    <div class="rh-level-prompt" data-rh="level-prompt" data-level={a.level}>
      <Heading level={headingLevel}>
        Prompted level: Level {a.level}, {a.levelInfo.name}
      </Heading>
      <div class={`rh-level rh-level--${a.level}`}>
        <p class="rh-level-name">
          Level {a.level}: {a.levelInfo.name}
        </p>
        <p>{a.levelInfo.summary}</p>
        <p>
          <strong>A prompt for your professional judgement, not a decision.</strong>
        </p>
      </div>
      {a.immediateRisk && (
        <div class="rh-message rh-message--error" data-rh="immediate-risk">
          <p>
            <strong>{a.immediateRisk.instruction}</strong>
          </p>
          {a.immediateRisk.guidance && <p data-rh="area-danger-words">“{a.immediateRisk.guidance}”</p>}
          {a.immediateRisk.note && <p class="rh-hint">{a.immediateRisk.note}</p>}
          <Citation source={a.immediateRisk.source} />
        </div>
      )}
      <Prompts assessment={a} />
      {a.assumptions.map((x) => (
        <div class="rh-hint" data-rh="assumption" key={x.text}>
          <p>Assumption: {x.text}</p>
          <Citation source={x.source} />
        </div>
      ))}
      {a.reasons.length > 0 && (
        <>
          <Heading level={sub}>Why Level {a.level}</Heading>
          <ul data-rh="reasons">
            {a.reasons.map((r) => (
              <li key={r.id}>
                <span class="rh-meta">
                  Level {r.level}
                  {r.domain ? ` · ${r.domain}` : r.kind === "graded" ? " · from a grading" : ""}
                </span>
                {r.text}
                <Citation source={r.source} />
              </li>
            ))}
          </ul>
        </>
      )}
      {a.notForThisAge.length > 0 && (
        <>
          <Heading level={sub}>Selected but not counted at this age</Heading>
          <ul>
            {a.notForThisAge.map((i) => (
              <li key={i.id}>
                {i.text}{" "}
                <span class="rh-meta">Applies to: {(i.ages ?? []).map(ageBandLabel).join(", ")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.notForThisArea.length > 0 && (
        <>
          <Heading level={sub}>Selected but not counted for this area</Heading>
          <p class="rh-hint">These come from another area's own guidance.</p>
          <ul>
            {a.notForThisArea.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ul>
        </>
      )}
      <Strengths strengths={a.strengths} headingLevel={sub} />
      <AreaBands bands={a.bands} headingLevel={sub} />
      <Heading level={sub}>Next steps at Level {a.level}</Heading>
      <ul data-rh="next-steps">
        {a.nextSteps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <details class="rh-details">
        <summary>Where the Level {a.level} text comes from</summary>
        {a.levelInfo.sources.map((s) => (
          <Citation key={s.section} source={s} />
        ))}
      </details>
      <ConsentGuidance guidance={a.consent} levelInfo={a.levelInfo} headingLevel={sub} />
    </div>
  );
}

function NoLevel({ assessment: a, headingLevel }: { assessment: Assessment; headingLevel: number }) {
  return (
    <div class="rh-level-prompt" data-rh="level-prompt">
      <Heading level={headingLevel}>No level prompted</Heading>
      <div class="rh-message" data-rh="nothing-selected">
        <p>No indicators are selected. This is not a finding that there is no concern.</p>
        <p>
          <strong>A prompt for your professional judgement, not a decision.</strong>
        </p>
      </div>
      <Prompts assessment={a} />
    </div>
  );
}

function Prompts({ assessment: a }: { assessment: Assessment }) {
  return (
    <ul data-rh="prompts">
      {a.prompts.map((p) => (
        <li key={p.id}>
          {p.text}
          <Citation source={p.source} />
        </li>
      ))}
    </ul>
  );
}
