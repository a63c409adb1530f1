import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { getSessionId } from "@/lib/server/session";
import type { SessionItem } from "./components/session-list";
import { sessionsForUser } from "./data";
import { describeDevice, displayAddress } from "./device";

/** The settings page's list of the user's sessions, worded and dated for the reader. */
export async function loadSessionItems(userId: string, timeZone: string): Promise<SessionItem[]> {
  const [t, format, sessionId] = await Promise.all([
    getTranslations("Account.sessions"),
    getFormatter(),
    getSessionId(),
  ]);
  const rows = await sessionsForUser(userId, sessionId);
  return rows.map((row) => {
    const { browser, system } = describeDevice(row.userAgent);
    const device = browser && system ? t("device", { browser, system }) : (browser ?? system ?? t("unknownDevice"));
    return {
      id: row.id,
      current: row.current,
      device,
      signedIn: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone }),
      address: displayAddress(row.ipAddress),
    };
  });
}
