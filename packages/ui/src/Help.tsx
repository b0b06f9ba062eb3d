import { Citation } from "./Citation.tsx";
import { Glossary } from "./Glossary.tsx";
import { below, Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";

const KIND: Record<string, string> = {
  guidance: "published guidance",
  reference: "public reference fact",
  project: "written by the Right Help project",
};

/** About the guidance, its version and sources, how Right Help treats text, and the glossary. */
export function Help({
  headingLevel,
  shortcut,
  organisation,
}: {
  headingLevel: number;
  shortcut?: string;
  /** Who set managed settings for this browser, if anyone. */
  organisation?: string;
}) {
  const pack = usePack();
  const sub = below(headingLevel);
  const guide = pack.rules.find((r) => r.id === "guide-not-decision");
  return (
    <div class="rh-help" data-rh="help">
      <Heading level={headingLevel}>About Right Help</Heading>
      <p>
        Right Help puts the pan-Lancashire <cite>Working Well with Children and Families</cite> guidance
        beside the record system you use. It gives level-of-need prompts from the indicators in the guidance,
        consent and information-sharing guidance for that level, and the contacts for the child's area.
      </p>
      <Heading level={sub}>Prompts, not decisions</Heading>
      {guide && (
        <>
          <p>{guide.text}</p>
          <Citation source={guide.source} />
        </>
      )}
      <p>
        Suggestions from text are never selected for you: you tick what you confirm. If Right Help finds
        nothing, that is not a finding that there is no concern.
      </p>
      <Heading level={sub}>Your data</Heading>
      <p>
        Nothing leaves this device: Right Help makes no network requests. Text you select, paste or scan is
        checked in memory and never stored. A draft keeps only the indicators you ticked, your answers, the
        area and the age, for 24 hours after your last change. "Clear all" removes it at once.
      </p>
      {organisation && (
        <>
          <Heading level={sub}>Your organisation</Heading>
          <p data-rh="help-organisation">Settings from {organisation}.</p>
        </>
      )}
      <Heading level={sub}>The guidance</Heading>
      <p>
        {pack.title}. Content pack {pack.id}, version {pack.version}, published {pack.published}.
      </p>
      <ul data-rh="sources">
        {pack.sources.map((s) => (
          <li key={s.doc}>
            {s.title}
            {s.edition && `, ${s.edition}`} <span class="rh-meta">{KIND[s.kind] ?? s.kind}</span>
          </li>
        ))}
      </ul>
      {shortcut && (
        <>
          <Heading level={sub}>Keyboard</Heading>
          <p>
            Open Right Help with <kbd>{shortcut}</kbd> (change it in the browser's extension shortcuts). In
            the panel, Tab moves between controls, Enter or Space operates them, and Escape closes the Level 4
            alert.
          </p>
        </>
      )}
      <Glossary headingLevel={sub} />
    </div>
  );
}
