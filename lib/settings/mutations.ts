import "server-only";
import { db } from "@/lib/server/db";
import { type SettingsView, settingsSelect, toSettingsView } from "./data";
import type { SettingsInput } from "./schema";
import { CHOSEN_UTC, DEFAULT_TIME_ZONE } from "./time-zones";

export async function updateSettings(userId: string, input: SettingsInput): Promise<SettingsView> {
  const timeZone = input.timeZone === DEFAULT_TIME_ZONE ? CHOSEN_UTC : input.timeZone;
  const row = await db.user.update({ where: { id: userId }, data: { ...input, timeZone }, select: settingsSelect });
  return toSettingsView(row);
}

/**
 * The browser's zone replaces the default UTC, and nothing else: not a zone the learner picked (UTC
 * included, see CHOSEN_UTC). The condition sits in the update itself, so a save in between wins.
 */
export async function adoptBrowserTimeZone(userId: string, timeZone: string): Promise<{ adopted: boolean }> {
  if (timeZone === DEFAULT_TIME_ZONE) return { adopted: false };
  const { count } = await db.user.updateMany({
    where: { id: userId, timeZone: DEFAULT_TIME_ZONE },
    data: { timeZone },
  });
  return { adopted: count > 0 };
}
