import { z } from "zod";
import { LEVELS } from "./levels";
import { DAILY_GOAL, DAILY_NEW_CARDS } from "./limits";
import { supportedTimeZone } from "./time-zones";

/** A zone from the list, under the list's name for it. */
const timeZone = z
  .string()
  .max(100)
  .transform((zone, ctx) => {
    const supported = supportedTimeZone(zone);
    if (supported) return supported;
    ctx.addIssue({ code: "custom", message: "Unknown time zone" });
    return z.NEVER;
  });

export const settingsInput = z.object({
  level: z.enum(LEVELS),
  timeZone,
  dailyGoal: z.number().int().min(DAILY_GOAL.min).max(DAILY_GOAL.max),
  dailyNewLimit: z.number().int().min(DAILY_NEW_CARDS.min).max(DAILY_NEW_CARDS.max),
});
export type SettingsInput = z.infer<typeof settingsInput>;

// A blank or non-numeric field becomes NaN, which z.number() rejects (Number("") would be 0).
const formNumber = (value: FormDataEntryValue | null) =>
  typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;

/** The settings form as posted (also without JavaScript). */
export const settingsForm = z
  .instanceof(FormData)
  .transform((form) => ({
    level: form.get("level"),
    timeZone: form.get("timeZone"),
    dailyGoal: formNumber(form.get("dailyGoal")),
    dailyNewLimit: formNumber(form.get("dailyNewLimit")),
  }))
  .pipe(settingsInput);

export const adoptTimeZoneInput = z.object({ timeZone });
