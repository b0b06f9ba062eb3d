// The words a practitioner sees when saving is not working. Plain, and each says what to do.

const MEMORY_ONLY = "Drafts and settings are kept only until this panel closes";

// Error names are safe to show (never user data) and help whoever supports the user.
const PLAIN_REASONS: Record<string, string> = {
  SecurityError: "the browser blocks it here, as some private windows do",
  QuotaExceededError: "it is full",
  InvalidStateError: "the connection to it was closed",
  AbortError: "a save was cancelled",
  VersionError: "a newer version of Right Help has changed it",
  NotFoundError: "it is missing part of its data",
  UnknownError: "the browser reported an error",
};

export function describeError(error: unknown): string {
  const name =
    typeof error === "object" && error !== null && "name" in error && typeof error.name === "string"
      ? error.name
      : "Error";
  const plain = PLAIN_REASONS[name];
  return plain ? `${plain}: ${name}` : name;
}

export const unavailable = (reason: string): string =>
  `${MEMORY_ONLY}: the browser's storage is not available (${reason}).`;

export const failed = (error: unknown): string =>
  `${MEMORY_ONLY}: the browser's storage stopped working (${describeError(error)}).`;

export const clearFailed = (error: unknown): string =>
  `Right Help could not clear the browser's storage (${describeError(error)}). ` +
  `${MEMORY_ONLY}. To remove what was saved, clear this extension's data in the browser's settings.`;

export const blocked =
  `${MEMORY_ONLY}: another Right Help panel or tab holds an older version of its storage open. ` +
  "Close the other Right Help panels and tabs, then reopen this panel.";

export const updatedElsewhere =
  "Right Help was updated in another window; close this panel and reopen it to keep saving drafts. " +
  `Until then, ${MEMORY_ONLY.toLowerCase()}.`;

export const deletedElsewhere =
  "Right Help's saved data was deleted in another window; close this panel and reopen it to keep saving drafts. " +
  `Until then, ${MEMORY_ONLY.toLowerCase()}.`;

export const closedByBrowser =
  `${MEMORY_ONLY}: the browser closed its storage (for example, its data was cleared). ` +
  "Reopen this panel to keep saving drafts.";

export const timedOut =
  `${MEMORY_ONLY}: the browser's storage did not answer within a few seconds. ` +
  "Reopen this panel to try again.";
