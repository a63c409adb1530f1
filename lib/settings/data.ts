import "server-only";
import { db } from "@/lib/server/db";
import { LEVELS, type Level } from "./levels";
import { DEFAULT_TIME_ZONE, supportedTimeZone } from "./time-zones";

export const settingsSelect = { level: true, timeZone: true, dailyGoal: true, dailyNewLimit: true } as const;

export interface SettingsView {
  level: Level;
  /** As the form's time zone list names it (a chosen Etc/UTC shows as UTC). */
  timeZone: string;
  dailyGoal: number;
  dailyNewLimit: number;
}

export function toSettingsView(row: {
  level: string;
  timeZone: string;
  dailyGoal: number;
  dailyNewLimit: number;
}): SettingsView {
  const level = LEVELS.find((known) => known === row.level) ?? "B1";
  return {
    level,
    timeZone: supportedTimeZone(row.timeZone) ?? DEFAULT_TIME_ZONE,
    dailyGoal: row.dailyGoal,
    dailyNewLimit: row.dailyNewLimit,
  };
}

export async function settingsForUser(userId: string): Promise<SettingsView> {
  return toSettingsView(await db.user.findUniqueOrThrow({ where: { id: userId }, select: settingsSelect }));
}
