import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";

/** The guidance's glossary, each term cited. */
export function Glossary({ headingLevel }: { headingLevel: number }) {
  const pack = usePack();
  return (
    <div class="rh-glossary" data-rh="glossary">
      <Heading level={headingLevel}>Glossary</Heading>
      <dl class="rh-dl">
        {pack.glossary.map((g) => (
          <div key={g.id}>
            <dt>{g.term}</dt>
            <dd>
              {g.definition}
              <Citation source={g.source} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
