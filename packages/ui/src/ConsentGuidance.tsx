import type { ConsentGuidance as Guidance, Level } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { below, Heading } from "./Heading.tsx";

/** Consent and information sharing at a level: the guidance's own words, each cited. */
export function ConsentGuidance(props: { guidance: Guidance; levelInfo: Level; headingLevel: number }) {
  const { guidance, levelInfo, headingLevel } = props;
  // Several rules quote the same override or record sentence: each is said once.
  const said = new Set<string>();
  const once = (text: string | undefined) => (text && !said.has(text) ? (said.add(text), text) : undefined);
  return (
    <div class="rh-consent" data-rh="consent">
      <Heading level={headingLevel}>Consent and information sharing at Level {guidance.level}</Heading>
      <p>
        <strong>{levelInfo.consent}</strong>
      </p>
      <ul>
        {guidance.rules.map((r) => {
          const override = once(r.override);
          const record = once(r.record);
          return (
            <li key={r.id}>
              {r.consent}
              {override && <p>When consent may be overridden: {override}</p>}
              {record && <p>Record: {record}</p>}
              <Citation source={r.source} />
            </li>
          );
        })}
      </ul>
      <details class="rh-details">
        <summary>Consent principles ({guidance.principles.length})</summary>
        <Heading level={below(headingLevel)} class="rh-visually-hidden">
          Consent principles
        </Heading>
        <ul>
          {guidance.principles.map((p) => (
            <li key={p.id}>
              {p.text}
              <Citation source={p.source} />
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
