import type { Indicator } from "@right-help/core";
import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";
import { usePack } from "./pack-context.ts";

/** Strengths the practitioner confirmed, listed beside the needs: they never lower the level. */
export function Strengths({
  strengths,
  headingLevel,
}: {
  strengths: readonly Indicator[];
  headingLevel: number;
}) {
  const pack = usePack();
  const balance = pack.rules.find((r) => r.id === "balance-strengths");
  return (
    <div class="rh-strengths" data-rh="strengths">
      <Heading level={headingLevel}>Strengths</Heading>
      {strengths.length === 0 ? (
        <p class="rh-hint">
          No strengths selected. Browse the indicators and choose "Strengths" to add them.
        </p>
      ) : (
        <ul>
          {strengths.map((s) => (
            <li key={s.id}>
              {s.text}
              <Citation source={s.source} />
            </li>
          ))}
        </ul>
      )}
      <p class="rh-hint">Strengths are listed beside the needs; they never lower the level by themselves.</p>
      {balance && (
        <>
          <p class="rh-hint">{balance.text}</p>
          <Citation source={balance.source} />
        </>
      )}
    </div>
  );
}
