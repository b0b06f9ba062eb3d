/**
 * Settings an organisation sets for all its staff, through the browser's managed storage (Chrome
 * and Edge: the `3rdparty` extension policy; Firefox: policies.json → 3rdparty → Extensions). The
 * names are the schema's (public/managed-schema.json). Policy values are input like any other:
 * an unknown area or district is ignored and the panel says so.
 */
import type { Pack } from "@right-help/core";

export interface OrgPolicy {
  /** A valid area id, the default (or, locked, the only) area. */
  area?: string;
  /** A valid district of that area. */
  district?: string;
  /** Users cannot change area or district (only with a valid area). */
  locked: boolean;
  /** Who set these settings, as it is shown: "Settings from <organisation>". */
  organisation?: string;
  /** What was set but ignored, in plain words, to show beside the picker. */
  problems: string[];
}

export const NO_POLICY: OrgPolicy = { locked: false, problems: [] };

export const ORGANISATION_MAX = 80;

// Control, zero-width and bidi control characters.
// eslint-disable-next-line no-control-regex -- stripping them is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const clean = (text: string) => text.replace(INVISIBLE, "").trim();

/** A rejected policy value as it is quoted in a notice: cleaned and short. */
function quoted(value: unknown): string {
  const text = clean(typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function parsePolicy(pack: Pack, raw: unknown): OrgPolicy {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return NO_POLICY;
  const values = raw as Record<string, unknown>;
  const problems: string[] = [];
  const policy: OrgPolicy = { locked: false, problems };

  if (values.organisation !== undefined) {
    const organisation = typeof values.organisation === "string" ? clean(values.organisation) : "";
    if (organisation === "")
      problems.push(
        "The organisation name in your organisation's settings is empty or not text: it is ignored.",
      );
    else if (organisation.length > ORGANISATION_MAX)
      problems.push(
        `The organisation name in your organisation's settings is longer than ${ORGANISATION_MAX} characters: it is ignored.`,
      );
    else policy.organisation = organisation;
  }

  const area = pack.areas.find((a) => a.id === values.area);
  if (values.area !== undefined && !area)
    problems.push(
      `The area set by your organisation ("${quoted(values.area)}") is not one Right Help knows: it is ignored.`,
    );
  if (area) policy.area = area.id;

  if (values.district !== undefined) {
    const district = area?.districts.find((d) => d.id === values.district);
    if (district) policy.district = district.id;
    else if (area)
      problems.push(
        `The district set by your organisation ("${quoted(values.district)}") is not a district of ${area.name}: it is ignored.`,
      );
  }

  if (values.lockArea !== undefined && typeof values.lockArea !== "boolean")
    problems.push("The lock setting in your organisation's settings is not true or false: it is ignored.");
  else if (values.lockArea === true) {
    if (area) policy.locked = true;
    else
      problems.push(
        "Your organisation asked to lock the area but set no area Right Help knows: you can choose it.",
      );
  }
  return policy;
}

/** The part of browser.storage the policy needs. */
export interface ManagedStorage {
  managed: { get(): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  };
}

/**
 * Calls `listener` with the managed values now and after every change (no restart needed).
 * Without a policy the browsers throw (Firefox) or give {} (Chrome): both mean none.
 */
export function watchManaged(storage: ManagedStorage, listener: (raw: unknown) => void): () => void {
  let live = true;
  const read = () =>
    storage.managed.get().then(
      (raw) => live && listener(raw),
      () => live && listener({}),
    );
  const onChanged = (_changes: Record<string, unknown>, area: string) => {
    if (area === "managed") void read();
  };
  storage.onChanged.addListener(onChanged);
  void read();
  return () => {
    live = false;
    storage.onChanged.removeListener(onChanged);
  };
}
