/**
 * UK phone numbers: just enough of the Ofcom numbering plan to catch typos in content
 * (wrong digit count, wrong prefix) without a 100 KB metadata library in the widget.
 */

/** Short codes dialled as they are (emergency, police non-emergency, NHS 111, 116 helplines). */
const SHORT_CODE = /^(?:999|112|111|101|105|119|116\d{3})$/;

/**
 * National numbers, written with the leading 0: 01 (9 or 10 digits after the 0), 02, 03, 05,
 * 07, 08, 09 (10 digits after the 0), and Childline's 0800 1111.
 */
const NATIONAL = /^0(?:[1-357-9]\d{9}|1\d{8}|8001111)$/;

/** Digits of a number as written, or null if it has characters a phone number never has. */
function digitsOf(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s()-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/[\s()-]/g, "");
  if (digits.startsWith("+44")) digits = "0" + digits.slice(3);
  else if (digits.startsWith("+")) return null;
  return digits;
}

export function isUkPhone(raw: string): boolean {
  const digits = digitsOf(raw);
  return digits !== null && (SHORT_CODE.test(digits) || NATIONAL.test(digits));
}

/** E.164 form for tel: links ("+443001236720"); short codes stay as dialled ("999"). */
export function toE164(raw: string): string {
  const digits = digitsOf(raw);
  if (digits === null || !isUkPhone(raw)) throw new Error(`not a valid UK phone number: ${raw}`);
  return SHORT_CODE.test(digits) ? digits : "+44" + digits.slice(1);
}

/** Only the digits, for comparing numbers however they are spaced. */
export function phoneDigits(raw: string): string {
  return digitsOf(raw) ?? raw.replace(/\D/g, "");
}
