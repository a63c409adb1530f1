"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { authedAction } from "@/lib/server/action-client";
import { auth } from "@/lib/server/auth";
import { logger } from "@/lib/server/logger";
import { getSessionId } from "@/lib/server/session";
import * as mutations from "./mutations";
import { endSessionInput } from "./schema";

const signOutInput = z.object({ locale: z.enum(routing.locales).catch(routing.defaultLocale) });

/**
 * The header's sign-out button posts here: a plain form, so it works without JavaScript. Next checks
 * the Origin of server actions, and nextCookies clears the session cookie on this response.
 */
export async function signOut(formData: FormData): Promise<void> {
  const { locale } = signOutInput.parse({ locale: formData.get("locale") });
  try {
    await auth.api.signOut({ headers: await headers() });
  } catch (error) {
    // The cookie is cleared even when the session row could not be deleted; it expires on its own.
    logger.error({ err: error, event: "sign_out_failed" }, "sign-out failed");
  }
  redirect({ href: "/", locale });
}

/** Settings: ends one of the caller's other sessions (a session id of someone else's finds nothing). */
export const endSession = authedAction({ schema: endSessionInput }, async ({ sessionId }, viewer) =>
  mutations.endSession(viewer.id, await getSessionId(), sessionId),
);

/** Settings: "sign out everywhere else". */
export const endOtherSessions = authedAction({ schema: z.object({}) }, async (_input, viewer) =>
  mutations.endOtherSessions(viewer.id, await getSessionId()),
);
