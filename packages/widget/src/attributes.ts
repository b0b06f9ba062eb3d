import type { Area, Pack } from "@right-help/core";
import { attr } from "./safe-text.ts";

/** The attributes <right-help-guide> reads; a change to any of them re-renders it. */
export const ATTRIBUTES = ["area", "district", "mode", "pack-src", "heading-level"] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];
export type RawAttributes = Record<AttributeName, string | null>;

export const MODES = ["contacts", "levels", "checker"] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_MODE: Mode = "contacts";
export const DEFAULT_HEADING_LEVEL = 2;

/** Settings that do not depend on the content pack. */
export interface Settings {
  mode: Mode;
  headingLevel: number;
  /** Trimmed pack-src, if any (fetched and validated by pack-source.ts). */
  packSrc: string | undefined;
  problems: string[];
}

/** The child's area and district as the page fixed them, checked against the pack in use. */
export interface Place {
  area: string | undefined;
  district: string | undefined;
  problems: string[];
}

// No id or name is this long: a longer value is unknown without normalising all of it.
const LONGEST_KEY = 200;

/** Case, width and spacing differences do not matter ("Blackpool", " blackpool "). */
function key(value: string): string | null {
  if (value.length > LONGEST_KEY) return null;
  return value.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** An empty or blank attribute counts as absent. */
const given = (value: string | null): value is string => value !== null && value.trim() !== "";

export function readAttributes(el: Element): RawAttributes {
  const raw = {} as RawAttributes;
  for (const name of ATTRIBUTES) raw[name] = el.getAttribute(name);
  return raw;
}

export function parseSettings(raw: RawAttributes): Settings {
  const problems: string[] = [];
  let mode = DEFAULT_MODE;
  if (given(raw.mode)) {
    const k = key(raw.mode);
    const found = MODES.find((m) => m === k);
    if (found) mode = found;
    else
      problems.push(
        `Unknown mode (${attr("mode", raw.mode)}): showing the contacts. The modes are ${MODES.join(", ")}.`,
      );
  }
  let headingLevel = DEFAULT_HEADING_LEVEL;
  if (given(raw["heading-level"])) {
    const k = key(raw["heading-level"]);
    if (k !== null && /^[1-6]$/.test(k)) headingLevel = Number(k);
    else
      problems.push(
        `${attr("heading-level", raw["heading-level"])} is not a number from 1 to 6: headings start at level ${DEFAULT_HEADING_LEVEL}.`,
      );
  }
  const packSrc = given(raw["pack-src"]) ? raw["pack-src"].trim() : undefined;
  return { mode, headingLevel, packSrc, problems };
}

export function parsePlace(raw: RawAttributes, pack: Pack): Place {
  const problems: string[] = [];
  const areaKey = given(raw.area) ? key(raw.area) : undefined;
  const area = areaKey === undefined ? undefined : findArea(pack, areaKey);
  if (given(raw.area) && !area) {
    problems.push(
      `Right Help does not know the area in ${attr("area", raw.area)}. The areas are ${pack.areas
        .map((a) => a.id)
        .join(", ")}. Choose the child's area below.`,
    );
  }
  let district: string | undefined;
  if (given(raw.district)) {
    const k = key(raw.district);
    const found = area?.districts.find((d) => k !== null && (d.id === k || d.name.toLowerCase() === k));
    if (found) district = found.id;
    else if (!area)
      problems.push(`The district in ${attr("district", raw.district)} is ignored: no known area was given.`);
    else if (area.districts.length === 0)
      problems.push(
        `${area.name} has no districts in the guidance, so ${attr("district", raw.district)} is ignored: showing the whole area.`,
      );
    else
      problems.push(
        `${area.name} has no district ${attr("district", raw.district)}: showing the whole area. The districts are ${area.districts
          .map((d) => d.id)
          .join(", ")}.`,
      );
  }
  return { area: area?.id, district, problems };
}

function findArea(pack: Pack, k: string | null): Area | undefined {
  if (k === null) return undefined;
  return pack.areas.find((a) => a.id === k || a.name.toLowerCase() === k);
}
