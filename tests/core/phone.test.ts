import { describe, expect, it } from "vitest";
import { isUkPhone, phoneDigits, toE164 } from "../../packages/core/src/phone.ts";

describe("UK phone numbers", () => {
  it.each([
    ["0300 123 6720", "+443001236720"],
    ["01253 477299", "+441253477299"],
    ["(01253) 477299", "+441253477299"],
    ["0800 092 2332", "+448000922332"],
    ["0808 808 1001", "+448088081001"],
    ["0800 1111", "+448001111"],
    ["+44 1772 532280", "+441772532280"],
    ["999", "999"],
    ["116 123", "116123"],
  ])("accepts %s as %s", (raw, e164) => {
    expect(isUkPhone(raw)).toBe(true);
    expect(toE164(raw)).toBe(e164);
  });

  it.each([
    "0300 123 672", // a digit short
    "0300 123 67200", // a digit long
    "0400 123 6720", // no 04 range
    "6720",
    "998",
    "+1 202 555 0100", // not UK
    "01253 477299 ext 2",
    "call 999",
    "",
  ])("rejects %j", (raw) => {
    expect(isUkPhone(raw)).toBe(false);
    expect(() => toE164(raw)).toThrow(/not a valid UK phone number/);
  });

  it("compares numbers however they are spaced", () => {
    expect(phoneDigits("(01253) 477299")).toBe(phoneDigits("01253 477 299"));
  });
});
