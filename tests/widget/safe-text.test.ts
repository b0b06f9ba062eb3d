import { describe, expect, it } from "vitest";
import { shown } from "../../packages/widget/src/safe-text.ts";

describe("shown", () => {
  it("keeps short plain values as they are", () => {
    expect(shown("blackpool")).toBe("blackpool");
    expect(shown("Ynys Môn — 北")).toBe("Ynys Môn — 北");
  });

  it("cuts long values to 40 characters (not halving an emoji) and marks the cut", () => {
    expect(shown("a".repeat(41))).toBe(`${"a".repeat(40)}…`);
    const emoji = "😀".repeat(50);
    expect(shown(emoji)).toBe(`${"😀".repeat(40)}…`);
    expect(shown("x".repeat(100_000))).toBe(`${"x".repeat(40)}…`);
  });

  it("removes controls, zero-width, bidi and tag characters, and squashes white space", () => {
    expect(shown("a\u0000b\u200bc\u202ed\u2066e\ufeff f\n\t g\u{e0041}")).toBe("abcde f g");
  });

  it("replaces lone surrogates", () => {
    expect(shown("a\ud800b\udc00")).toBe("a\ufffdb\ufffd");
  });

  it("leaves markup as plain characters (it is only ever rendered as text)", () => {
    expect(shown("<b>x</b>")).toBe("<b>x</b>");
  });
});
