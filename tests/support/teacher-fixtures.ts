// Users and a switchable signed-in viewer for the teacher feature's integration tests. The test file
// must mock the session module first: vi.mock("@/lib/server/session", () => ({ getViewer: vi.fn() })).
import { vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getViewer, type Viewer } from "@/lib/server/session";

export async function createUser(
  db: PrismaClient,
  id: string,
  role: "TEACHER" | "LEARNER",
  name = id,
): Promise<Viewer> {
  await db.user.create({ data: { id, name, email: `${id}@example.test`, role } });
  return { id, name, email: `${id}@example.test`, role };
}

/** Makes every server action run as `viewer` (null: signed out). */
export function signInAs(viewer: Viewer | null): void {
  vi.mocked(getViewer).mockResolvedValue(viewer);
}

/** The data of a successful action result; fails the test with the error code otherwise. */
export function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`action failed: ${result.error}`);
  return result.data;
}
