import { appliesToArea, type Indicator } from "@right-help/core";
import type { ComponentChildren } from "preact";
import { useId, useMemo, useState } from "preact/hooks";
import { Citation } from "./Citation.tsx";
import { Heading } from "./Heading.tsx";
import { indicatorMeta, shortSetTitle } from "./indicator-meta.ts";
import { usePack } from "./pack-context.ts";
import { LevelFourWarning } from "./Suggestions.tsx";

export interface IndicatorBrowserProps {
  selected: readonly string[];
  onToggle(id: string, on: boolean): void;
  headingLevel: number;
  /** The child's area: another area's own guidance (Blackpool's continuum) is left out. */
  area?: string;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Every indicator in the pack, filtered by level, type, domain and words; tick to select. */
export function IndicatorBrowser({ selected, onToggle, headingLevel, area }: IndicatorBrowserProps) {
  const pack = usePack();
  const ids = { search: useId(), level: useId(), kind: useId(), group: useId(), count: useId() };
  const [query, setQuery] = useState("");
  const [level, setLevel] = useState("");
  const [kind, setKind] = useState("");
  const [group, setGroup] = useState("");

  const groups = useMemo(
    () => [
      ...pack.domains.map((d) => ({ value: `domain:${d.id}`, label: d.name })),
      ...pack.indicatorSets
        .filter((s) => !s.domains)
        .map((s) => ({ value: `set:${s.id}`, label: shortSetTitle(s.title) })),
    ],
    [pack],
  );
  // Words of each indicator's text and cues, computed once per pack.
  const index = useMemo(
    () => new Map(pack.indicators.map((i) => [i.id, words([i.text, ...(i.cues ?? [])].join(" ")).join(" ")])),
    [pack],
  );

  const wanted = words(query);
  const shown = pack.indicators.filter(
    (i) =>
      appliesToArea(pack, i, area) &&
      (level === "" || String(i.level) === level) &&
      (kind === "" || i.kind === kind) &&
      (group === "" || group === `domain:${i.domain}` || group === `set:${i.set}`) &&
      wanted.every((w) => index.get(i.id)!.includes(w)),
  );

  return (
    <div class="rh-browser" data-rh="indicator-browser">
      <Heading level={headingLevel}>Browse all indicators</Heading>
      <div class="rh-field">
        <label class="rh-label" for={ids.search}>
          Search indicators
        </label>
        <input
          id={ids.search}
          class="rh-input"
          type="search"
          value={query}
          autoComplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <Filter id={ids.level} label="Level" value={level} onChange={setLevel}>
        <option value="">All levels</option>
        {pack.levels.map((l) => (
          <option key={l.level} value={String(l.level)}>
            Level {l.level}, {l.name}
          </option>
        ))}
      </Filter>
      <Filter id={ids.kind} label="Type" value={kind} onChange={setKind}>
        <option value="">Needs and strengths</option>
        <option value="need">Needs</option>
        <option value="strength">Strengths</option>
      </Filter>
      <Filter id={ids.group} label="Domain or list" value={group} onChange={setGroup}>
        <option value="">All domains and lists</option>
        {groups.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </Filter>
      <p id={ids.count} role="status" class="rh-hint">
        {shown.length} of {pack.indicators.length} indicators shown.
      </p>
      <p class="rh-hint" data-rh="level-4-warning">
        <LevelFourWarning />
      </p>
      <ul class="rh-list-plain">
        {shown.map((i) => (
          <BrowserItem key={i.id} i={i} on={selected.includes(i.id)} onToggle={onToggle} />
        ))}
      </ul>
    </div>
  );
}

function Filter(props: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  children: ComponentChildren;
}) {
  return (
    <div class="rh-field">
      <label class="rh-label" for={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        class="rh-select"
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.children}
      </select>
    </div>
  );
}

function BrowserItem({
  i,
  on,
  onToggle,
}: {
  i: Indicator;
  on: boolean;
  onToggle(id: string, on: boolean): void;
}) {
  const pack = usePack();
  const id = useId();
  return (
    <li class="rh-suggestion" data-indicator={i.id}>
      <div class="rh-check">
        <input
          type="checkbox"
          id={id}
          checked={on}
          onChange={(e) => onToggle(i.id, e.currentTarget.checked)}
          aria-describedby={`${id}-meta`}
        />
        <label for={id}>{i.text}</label>
      </div>
      <span class="rh-meta" id={`${id}-meta`}>
        {indicatorMeta(pack, i)}
      </span>
      <Citation source={i.source} />
    </li>
  );
}
