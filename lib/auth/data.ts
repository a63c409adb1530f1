import "server-only";
import { db } from "@/lib/server/db";

export interface SessionRow {
  id: string;
  current: boolean;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
}

/** The user's sessions that have not expired, this one first, then the newest. Tokens never leave here. */
export async function sessionsForUser(
  userId: string,
  currentId: string | null,
  now = new Date(),
): Promise<SessionRow[]> {
  const rows = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
  return rows
    .map((row) => ({ ...row, current: row.id === currentId }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
