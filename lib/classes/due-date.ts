// Due dates are picked as calendar days; an assignment is due at the end of that day in the
// teacher's time zone. Pure: no clock, no locale.

/** "2026-12-01" in "Europe/Berlin" → the last millisecond of that day there, as an instant. */
export function endOfDayInZone(day: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a date: ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wallClock = Date.UTC(y, m - 1, d, 23, 59, 59, 999);
  // Two passes settle the offset also on days the clocks change.
  let instant = wallClock - zoneOffsetMs(new Date(wallClock), timeZone);
  instant = wallClock - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** The calendar day of `instant` in `timeZone`, as "YYYY-MM-DD" (for pre-filling a date input). */
export function dayInZone(instant: Date, timeZone: string): string {
  const parts = zoneParts(instant, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour) % 24,
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

function zoneParts(
  instant: Date,
  timeZone: string,
): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

/** A stored time zone that Intl does not know (typo, old data) falls back to UTC instead of failing the page. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}
