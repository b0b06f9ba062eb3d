import type { RoutedContact } from "@right-help/core";

/**
 * Open now / closed now / hours not stated: said in words with a symbol, colour only as a
 * second signal. "Open" from assumed office hours says so.
 */
export function OpenStatus({ routed }: { routed: Pick<RoutedContact, "openNow" | "openBasis"> }) {
  const { openNow, openBasis } = routed;
  if (openNow === null)
    return (
      <p class="rh-open-status rh-open-status--unknown">
        <span aria-hidden="true">? </span>Hours unknown: the guidance does not state them
      </p>
    );
  const assumed = openBasis === "assumed-office-hours" ? " (by Right Help's assumed office hours)" : "";
  return openNow ? (
    <p class="rh-open-status rh-open-status--open">
      <span aria-hidden="true">✓ </span>Open now{assumed}
    </p>
  ) : (
    <p class="rh-open-status rh-open-status--closed">
      <span aria-hidden="true">✕ </span>Closed now{assumed}
    </p>
  );
}
