import { fieldName, isPlainObject, isSlug } from "./slug.ts";
import type { Settings } from "./types.ts";

/** Thrown by saveSettings for anything but an area and district id; nothing is stored. */
export class InvalidSettingsError extends Error {
  override name = "InvalidSettingsError";
}

function fail(message: string): never {
  throw new InvalidSettingsError(`Not valid settings: ${message}`);
}

/** A clean copy holding only the area and district ids. */
export function validateSettings(input: unknown): Settings {
  if (!isPlainObject(input)) fail("settings must be a plain object");
  const settings: Settings = {};
  for (const [key, value] of Object.entries(input)) {
    if (key !== "area" && key !== "district") fail(`unknown field${fieldName(key)}`);
    if (value === undefined) continue;
    if (!isSlug(value)) fail(`${key} must be an id (lower-case slug)`);
    settings[key] = value;
  }
  return settings;
}

/** Settings read back from storage: whatever is still valid, so a bad field never hides a good one. */
export function readStoredSettings(value: unknown): Settings {
  const settings: Settings = {};
  if (!isPlainObject(value)) return settings;
  if (isSlug(value.area)) settings.area = value.area;
  if (isSlug(value.district)) settings.district = value.district;
  return settings;
}
