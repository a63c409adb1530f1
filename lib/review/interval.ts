// How long until a card comes back, in the largest unit that reads naturally ("10 min", "3 days", "2 months"). Pure.

export type IntervalUnit = "minute" | "hour" | "day" | "month" | "year";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function intervalParts(ms: number): { value: number; unit: IntervalUnit } {
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: "minute" };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: "hour" };
  const days = ms / DAY;
  if (days < 30) return { value: Math.round(days), unit: "day" };
  if (days < 365) return { value: Math.round(days / 30.4), unit: "month" };
  return { value: Math.round((days / 365) * 10) / 10, unit: "year" };
}
