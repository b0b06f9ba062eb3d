/** Longest piece of an attribute value ever shown back (in characters, not UTF-16 units). */
export const SHOWN_LENGTH = 40;

// Control, zero-width, bidi, filler and tag characters: shown back, they could hide or
// reorder the rest of a message.
const INVISIBLE: readonly [number, number][] = [
  [0x0000, 0x0008],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
  [0xe0000, 0xe0fff],
];

const visible = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return !INVISIBLE.some(([from, to]) => code >= from && code <= to);
};

/**
 * An attribute value as it may be shown in a message: invisible characters removed, lone
 * surrogates replaced, cut to a few dozen characters. Always rendered as a text node.
 */
export function shown(value: string, max = SHOWN_LENGTH): string {
  // Cut before cleaning, so a 100 KB value costs no more than a short one.
  const head = value.slice(0, max * 4);
  const clean = Array.from(wellFormed(head)).filter(visible).join("").replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  const cut = chars.length > max || value.length > head.length;
  return chars.slice(0, max).join("") + (cut ? "…" : "");
}

/** `name="value"` for messages to the page's editor. */
export const attr = (name: string, value: string): string => `${name}="${shown(value)}"`;

/** Lone surrogates (from a cut or a hostile value) become U+FFFD. */
function wellFormed(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else {
      out += c >= 0xd800 && c <= 0xdfff ? "\ufffd" : s[i]!;
    }
  }
  return out;
}
