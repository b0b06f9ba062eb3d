import type { Band } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";

const ROWS: [keyof Band, string][] = [
  ["definition", "Definition"],
  ["response", "Response"],
  ["whoWillHelp", "Who will help me?"],
  ["assessment", "Assessment"],
  ["informationSharing", "Information sharing"],
];

/**
 * The area's own continuum band(s) for the prompted level (Blackpool's): each row as the source
 * words it, cited. Nothing is shown for areas whose guidance has no bands of its own.
 */
export function AreaBands({ bands, headingLevel }: { bands: readonly Band[]; headingLevel: number }) {
  if (bands.length === 0) return null;
  return (
    <div class="rh-bands" data-rh="area-bands">
      {/* No landmark: the widget embeds this, and a page may hold several widgets. */}
      {bands.map((b) => (
        <div key={b.id} class="rh-band" data-band={b.id}>
          <Heading level={headingLevel}>Continuum of Need: {b.name}</Heading>
          <dl>
            {ROWS.filter(([key]) => b[key] !== undefined).map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                {(b[key] as string[]).map((p) => (
                  <dd key={p}>{p}</dd>
                ))}
              </div>
            ))}
          </dl>
          <Citation source={b.source} />
          {b.levelSource && (
            <div class="rh-hint">
              <p>Shown at Level {b.level}, as the guidance places this band:</p>
              <Citation source={b.levelSource} />
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
