// Calendar days in a learner's or teacher's time zone, as "YYYY-MM-DD" keys. Pure: instants and zones come
// in; zone arithmetic is @date-fns/tz's.
// Day arithmetic works on the keys (UTC dates), so a 23- or 25-hour DST day is still one day.

import { TZDate } from "@date-fns/tz";

/** The zone if the runtime knows it, else UTC (a stored zone may come from an older or foreign system). */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The calendar day an instant falls on in a time zone. */
export function dayKey(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** "2026-12-01" in "Europe/Berlin" → the last millisecond of that day there, as an instant (assignment due dates). */
export function endOfDayInZone(day: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a date: ${day}`);
  const end = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999, timeZone);
  return new Date(end.getTime());
}

export function shiftDay(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** `count` consecutive days ending with `lastDay`, oldest first. */
export function dayRange(lastDay: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftDay(lastDay, index - count + 1));
}

/** Noon UTC of a day key: a Date that formats as that calendar day in any zone within ±12 h (for labels). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
