import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "./auth";

import type { Role } from "./role";

export type { Role };
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const currentSession = cache(async () => auth.api.getSession({ headers: await headers() }));

/** The signed-in user of this request, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await currentSession();
  if (!session) return null;
  const { id, name, email } = session.user;
  const role = (session.user as { role?: string }).role === "TEACHER" ? "TEACHER" : "LEARNER";
  return { id, name, email, role };
});

/** The signed-in user's learner level as saved in settings (read with the session), or null. */
export async function getViewerLevel(): Promise<string | null> {
  return (await currentSession())?.user.level ?? null;
}

/** The id of this request's session row, or null: settings marks it as "this device" and never ends it from the list. */
export async function getSessionId(): Promise<string | null> {
  return (await currentSession())?.session.id ?? null;
}
