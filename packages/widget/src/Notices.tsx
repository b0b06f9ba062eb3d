import type { Pack } from "@right-help/core";
import type { PackResult } from "./pack-source.ts";
import { shown } from "./safe-text.ts";

/** Attribute values the widget could not use: said plainly, for the practitioner and the page's editor. */
export function AttributeNotice({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" class="rh-notice" part="notice" data-rh="attribute-notice">
      <p>
        <strong>This guide's settings have {problems.length === 1 ? "a problem" : "problems"}:</strong>
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

/** Why a `pack-src` pack is not in use, and which guidance is shown instead. */
export function PackFallbackNotice({
  result,
  builtIn,
}: {
  result: PackResult & { ok: false };
  builtIn: Pack;
}) {
  return (
    <div role="alert" class="rh-notice" part="notice" data-rh="pack-notice">
      <p>
        <strong>The guidance could not be loaded from {shown(result.url, 80)}:</strong> {result.reason}.
      </p>
      {result.details.length > 0 && (
        <ul>
          {result.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      <p>
        Showing Right Help's built-in guidance instead (content pack version {builtIn.version}, published{" "}
        {builtIn.published}).
      </p>
    </div>
  );
}

export function PackLoading({ src }: { src: string }) {
  return (
    <p role="status" class="rh-message" data-rh="pack-loading">
      Loading the guidance from {shown(src, 80)}…
    </p>
  );
}

/**
 * Which guidance this is: every mode says so, with the pack's version and date. A plain div, not
 * <footer>: inside a page's content a widget adds no landmark (three widgets, three contentinfos).
 */
export function PackFooter({ pack, from }: { pack: Pack; from?: string }) {
  return (
    <div class="rh-footer rh-widget-footer" part="footer" data-rh="pack-footer">
      <p class="rh-hint">
        From {pack.title}: content pack version {pack.version}, published {pack.published}
        {from ? `, loaded from ${shown(from, 80)}` : ""}. Prompts for your professional judgement, not
        decisions. Right Help sends nothing from this page anywhere.
      </p>
    </div>
  );
}
