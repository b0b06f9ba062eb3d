// Issue 10, item 12: NFKC can expand one character to 18 (U+FDFA), so a text within the
// character cap could still cost many times its size. The work is capped after normalising.
import { describe, expect, it } from "vitest";
import { Matcher, MAX_TEXT_LENGTH, TextTooLongError } from "../../packages/core/src/match/match.ts";
import { loadFromPath } from "../../packages/core/src/pack/node-files.ts";

const loaded = loadFromPath("content");
if (!loaded.ok) throw new Error("the real content must load");
const matcher = Matcher.forPack(loaded.pack);

function time(text: string): { ms: number; error?: unknown } {
  const started = performance.now();
  try {
    matcher.match(text);
    return { ms: performance.now() - started };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

const ordinary = "The child was seen at school today and mum said she was tired. ";

describe("pathological Unicode", () => {
  it("costs about what ordinary text of the same size costs: 2 million U+FDFA", () => {
    time(ordinary.repeat(1000)); // warm up
    const plain = time(ordinary.repeat(Math.floor(MAX_TEXT_LENGTH / ordinary.length)));
    const ligatures = time("\uFDFA".repeat(MAX_TEXT_LENGTH));
    expect(plain.error).toBeUndefined();
    // Before: 2.9 s against 0.28 s (NFKC expands each character 18 times).
    expect(ligatures.ms).toBeLessThan(Math.max(3 * plain.ms, 300));
  });

  it("refuses, with a clear message, text that normalises to far more than the cap", () => {
    // Distinct words, each short enough to be normalised: the cache does not help.
    const words: string[] = [];
    for (let i = 0, length = 0; length < MAX_TEXT_LENGTH - 100; i++) {
      words.push("\uFDFA".repeat(40) + i.toString(36));
      length += words.at(-1)!.length + 1;
    }
    const text = words.join(" ");
    const r = time(text);
    expect(r.error).toBeInstanceOf(TextTooLongError);
    expect((r.error as Error).message).toMatch(/once normalised/);
    expect(r.ms).toBeLessThan(3000);
  });

  it("still matches cues in ordinary text around long non-words", () => {
    const found = matcher.match("x".repeat(5000) + " mum was drinking heavily");
    expect(found.length).toBeGreaterThan(0);
  });
});
