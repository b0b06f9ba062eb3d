import type { Evidence } from "@right-help/core";

const CONTEXT = 60;

const squash = (s: string) => s.replace(/\s+/g, " ");

/**
 * The words that matched, with a little of the text around them. Rendered as text nodes only:
 * the checked text is never treated as markup.
 */
export function EvidenceQuote({
  text,
  evidence,
}: {
  text: string;
  evidence: Pick<Evidence, "quote" | "start" | "end">;
}) {
  let from = Math.max(0, evidence.start - CONTEXT);
  let to = Math.min(text.length, evidence.end + CONTEXT);
  // Start and end on word boundaries so the context reads cleanly.
  if (from > 0) from = text.indexOf(" ", from) + 1 || evidence.start;
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space > evidence.end ? space : evidence.end;
  }
  const before = squash(text.slice(Math.min(from, evidence.start), evidence.start));
  const after = squash(text.slice(evidence.end, Math.max(to, evidence.end)));
  return (
    <blockquote class="rh-evidence" data-rh="evidence">
      {from > 0 && "…"}
      {before}
      <mark>{squash(evidence.quote)}</mark>
      {after}
      {to < text.length && "…"}
    </blockquote>
  );
}
