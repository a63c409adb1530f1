import { shiftDay } from "@/lib/time/days";

export interface Streak {
  /** Consecutive active days up to today; a streak stays alive through today until the day is over. */
  current: number;
  activeToday: boolean;
  longest: number;
}

/** Streaks over calendar days ("YYYY-MM-DD" in the learner's zone) with at least one review or read paragraph. */
export function computeStreak(activeDays: Iterable<string>, today: string): Streak {
  const days = new Set([...activeDays].filter((day) => day <= today));
  const activeToday = days.has(today);
  let current = 0;
  for (let day = activeToday ? today : shiftDay(today, -1); days.has(day); day = shiftDay(day, -1)) current++;

  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of [...days].sort()) {
    run = previous !== null && shiftDay(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return { current, activeToday, longest };
}
