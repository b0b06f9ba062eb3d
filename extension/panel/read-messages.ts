import { MAX_TEXT_LENGTH } from "@right-help/core";
import type { ScanFailure } from "../messages.ts";

const millions = (n: number) => `${(n / 1_000_000).toFixed(1)} million`;

/** Why a page could not be read, and what to do: said plainly, never "no indicators found". */
export function readFailureMessage(reason: ScanFailure, length?: number): string {
  switch (reason) {
    case "restricted":
      return "Right Help could not read this page: the browser does not let extensions read pages like this one (browser pages, extension stores, some PDF viewers).";
    case "no-access":
      return "Right Help could not read this page: it has no permission for this tab. Open Right Help from its toolbar button or keyboard shortcut while on the page, then scan again.";
    case "no-tab":
      return "Right Help could not find the page to read.";
    case "empty":
      return "Right Help could not read any text on this page. It may be a PDF, an image or a remote desktop, or its text may be in a frame from another site.";
    case "too-long":
      return `Right Help could not read this page: it holds ${length ? millions(length) : "more than " + millions(MAX_TEXT_LENGTH)} characters, more than Right Help reads at once. Select the part you need, or paste it.`;
    case "failed":
      return "Right Help could not read this page.";
  }
}
