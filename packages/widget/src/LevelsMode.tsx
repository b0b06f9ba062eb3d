import { consentGuidance, type Level } from "@right-help/core";
import { below, Citation, ConsentGuidance, Heading, usePack } from "@right-help/ui";

/**
 * mode="levels": the four levels of need as the guidance sets them out (who for, how to get
 * help, services, why, next steps, consent), each part cited.
 */
export function LevelsMode({ area, headingLevel }: { area?: string; headingLevel: number }) {
  const pack = usePack();
  const guide = pack.rules.find((r) => r.id === "guide-not-decision");
  return (
    <div part="levels" data-rh="levels">
      {guide && (
        <div class="rh-message">
          <p>{guide.text}</p>
          <Citation source={guide.source} />
        </div>
      )}
      {pack.levels.map((l) => (
        <LevelBlock key={l.level} level={l} area={area} headingLevel={headingLevel} />
      ))}
    </div>
  );
}

function LevelBlock({ level: l, area, headingLevel }: { level: Level; area?: string; headingLevel: number }) {
  const pack = usePack();
  const sub = below(headingLevel);
  return (
    <section class={`rh-widget-level rh-widget-level--${l.level}`} part="level" data-level={l.level}>
      <Heading level={headingLevel}>
        Level {l.level}: {l.name}
      </Heading>
      <p>{l.summary}</p>
      <Part title="Who it is for" items={l.whoFor} level={sub} />
      <Part title="Level of need and how to get help" items={l.access} level={sub} />
      <Part title="Services" items={l.services} level={sub} />
      <Heading level={sub}>Why</Heading>
      <p>{l.why}</p>
      <Part title="Next steps" items={l.nextSteps} level={sub} />
      <ConsentGuidance
        guidance={consentGuidance(pack, l.level, undefined, area)}
        levelInfo={l}
        headingLevel={sub}
      />
      <details class="rh-details">
        <summary>Where the Level {l.level} text comes from</summary>
        {l.sources.map((s) => (
          <Citation key={`${s.doc}:${s.section}`} source={s} />
        ))}
      </details>
    </section>
  );
}

function Part({ title, items, level }: { title: string; items: readonly string[]; level: number }) {
  return (
    <>
      <Heading level={level}>{title}</Heading>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
