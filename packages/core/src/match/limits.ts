/** Longest text read at once (characters): about 2 MB. */
export const MAX_TEXT_LENGTH = 2_000_000;

/**
 * Most characters normalised (NFKC) for one text. NFKC can turn one character into 18
 * (U+FDFA), so the cap on the text alone does not bound the work; ordinary text normalises
 * to about its own length, well under this.
 */
export const MAX_NORMALISED_LENGTH = 2 * MAX_TEXT_LENGTH;

export class TextTooLongError extends Error {
  constructor(
    readonly length: number,
    /** Set when the text is within the cap but normalises to far more. */
    normalised = false,
  ) {
    super(
      normalised
        ? `The text is too long once normalised: it holds many characters that each stand for ` +
            `several letters (such as ligatures), over ${MAX_NORMALISED_LENGTH / 1_000_000} million ` +
            `letters in all. Select or paste a smaller part.`
        : `The text is ${(length / 1_000_000).toFixed(1)} million characters; Right Help reads at most ` +
            `${MAX_TEXT_LENGTH / 1_000_000} million at a time. Select or paste a smaller part.`,
    );
    this.name = "TextTooLongError";
  }
}
