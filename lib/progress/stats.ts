// Progress statistics. Pure: rows and the learner's time zone in, numbers per day out.
import { dayKey } from "@/lib/time/days";

/** Activity counted in small time buckets (see data.ts), or one row per event with count 1. */
export interface ActivityBucket {
  at: Date;
  count: number;
  correct?: number;
}

export interface DayTotal {
  count: number;
  correct: number;
}

export function totalsByDay(buckets: ActivityBucket[], timeZone: string): Map<string, DayTotal> {
  const totals = new Map<string, DayTotal>();
  for (const bucket of buckets) {
    const day = dayKey(bucket.at, timeZone);
    const total = totals.get(day) ?? { count: 0, correct: 0 };
    total.count += bucket.count;
    total.correct += bucket.correct ?? 0;
    totals.set(day, total);
  }
  return totals;
}

export function seriesFor(days: string[], totals: Map<string, DayTotal>): ({ day: string } & DayTotal)[] {
  return days.map((day) => ({ day, ...(totals.get(day) ?? { count: 0, correct: 0 }) }));
}

/** How many words were known at the end of each day, from the moment each became known. */
export function knownOverTime(knownSince: Date[], timeZone: string, days: string[]): { day: string; count: number }[] {
  const sinceDays = knownSince.map((at) => dayKey(at, timeZone)).sort();
  let index = 0;
  return days.map((day) => {
    while (index < sinceDays.length && sinceDays[index]! <= day) index++;
    return { day, count: index };
  });
}

export function daysGoalMet(series: { count: number }[], goal: number): number {
  return goal > 0 ? series.filter((day) => day.count >= goal).length : 0;
}

/** part / whole, or null when there is nothing to divide. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A round axis maximum (1, 2, 5 × 10ⁿ) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
