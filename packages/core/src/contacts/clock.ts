import type { Hours, OfficeHours, Weekday } from "../schema/hours.ts";
import type { Pack } from "../schema/pack.ts";

/** A moment as a clock on a wall in England reads it. */
export interface LocalTime {
  date: string; // YYYY-MM-DD
  weekday: Weekday;
  minutes: number; // since midnight
}

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function londonTime(at: Date): LocalTime {
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday!.toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inSpans(spans: OfficeHours["spans"], t: LocalTime): boolean {
  return spans.some(
    (s) => s.days.includes(t.weekday) && t.minutes >= toMinutes(s.open) && t.minutes < toMinutes(s.close),
  );
}

export function isBankHoliday(pack: Pack, t: LocalTime): boolean {
  return pack.bankHolidays.some((h) => h.date === t.date);
}

/** Within the pack's office hours (an assumption the pack states, not the guidance). */
export function inOfficeHours(pack: Pack, t: LocalTime): boolean {
  const office = pack.parameters.officeHours;
  if (office.bankHolidaysClosed && isBankHoliday(pack, t)) return false;
  return inSpans(office.spans, t);
}

export type OpenBasis = "stated" | "assumed-office-hours" | "unknown";

/**
 * Open now? true / false from stated hours; null when the source states no hours, or says
 * nothing about bank holidays and today is one. Out-of-hours teams are open outside the pack's
 * (assumed) office hours, and say so through `basis`.
 */
export function openNow(
  pack: Pack,
  hours: Hours | undefined,
  t: LocalTime,
): { open: boolean | null; basis: OpenBasis } {
  if (!hours) return { open: null, basis: "unknown" };
  switch (hours.pattern) {
    case "always":
      return { open: true, basis: "stated" };
    case "outside-office-hours":
      return { open: !inOfficeHours(pack, t), basis: "assumed-office-hours" };
    case "weekly":
      if (isBankHoliday(pack, t)) {
        if (hours.bankHolidays === "closed") return { open: false, basis: "stated" };
        if (hours.bankHolidays === "not-stated") return { open: null, basis: "unknown" };
      }
      return { open: inSpans(hours.spans, t), basis: "stated" };
  }
}

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parse an ISO 8601 time strictly: seconds, fractions and offsets are accepted (what
 * `toISOString()` writes), an impossible field (month 13, 31 April, second 99, year 0000) is
 * refused rather than rolled over into another day. With an offset or "Z" it is that instant;
 * without one ("2026-12-28T10:00") it is read as a clock in England, whatever the machine's
 * own time zone. Null if invalid.
 */
export function parseIsoTime(iso: string): Date | null {
  const m = ISO_TIME.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m
    .slice(1, 7)
    .map((v) => (v === undefined ? undefined : +v)) as number[];
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (y! < 1 || mo! < 1 || mo! > 12 || d! < 1 || d! > daysIn(y!, mo!) || h > 23 || mi > 59 || s > 59)
    return null;
  const wallDate = new Date(Date.UTC(y!, mo! - 1, d!, h, mi, s, ms));
  if (y! < 100) wallDate.setUTCFullYear(y!); // Date.UTC reads years 0–99 as 1900–1999
  if (m[8]) {
    const offset = offsetMinutes(m[8]);
    return offset === null ? null : new Date(wallDate.getTime() - offset * 60_000);
  }
  // England is UTC+0 or UTC+1: try both and keep the one that reads back as the same clock.
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  for (const offsetHours of [0, 1]) {
    const guess = new Date(wallDate.getTime() - offsetHours * 3_600_000);
    const t = londonTime(guess);
    if (t.date === date && t.minutes === h * 60 + mi) return guess;
  }
  return wallDate; // the hour skipped when clocks go forward: take it as UTC
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !leap(year) ? 1 : 0);
}

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** "Z", "+01", "+01:00", "-0130" → minutes east of UTC; null beyond ±14:00 or 59 minutes. */
function offsetMinutes(raw: string): number | null {
  if (raw.toUpperCase() === "Z") return 0;
  const digits = raw.slice(1).replace(":", "");
  const hours = +digits.slice(0, 2);
  const minutes = digits.length > 2 ? +digits.slice(2) : 0;
  if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return null;
  return (raw[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}
