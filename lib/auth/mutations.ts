import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db";

/** Ends one of the user's other sessions; the current one ends by signing out, not from the list. */
export async function endSession(userId: string, currentId: string | null, sessionId: string): Promise<{ ended: 1 }> {
  if (sessionId === currentId) throw new AppError("invalid_input");
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw new AppError("not_found");
  return { ended: 1 };
}

/** Ends every session of the user but this one. */
export async function endOtherSessions(userId: string, currentId: string | null): Promise<{ ended: number }> {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(currentId ? { id: { not: currentId } } : {}) },
  });
  return { ended: count };
}
