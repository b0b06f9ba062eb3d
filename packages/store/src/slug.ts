// Slugs are the only strings a draft or a setting may hold: a slug cannot carry a sentence, a name or markup.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const MAX_SLUG_LENGTH = 80;

// The length check comes first so that a huge string is rejected without being scanned.
export const isSlug = (value: unknown): value is string =>
  typeof value === "string" && value.length <= MAX_SLUG_LENGTH && SLUG.test(value);

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Names a field in an error message only when it looks like a field name, never echoing free text. */
export const fieldName = (key: string): string => (/^[A-Za-z]{1,40}$/.test(key) ? ` "${key}"` : "");
