// Calendar days in the learner's time zone, as "YYYY-MM-DD" keys. Pure: instants and zones come in.
// Day arithmetic works on the keys (UTC dates), so a 23- or 25-hour DST day is still one day.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone if the runtime knows it, else UTC (a stored zone may come from an older or foreign system). */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** The calendar day an instant falls on in a time zone. */
export function dayKey(instant: Date, timeZone: string): string {
  const parts = formatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
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
