// Demo accounts for trying Brücke out. Their passwords are public (README), so they exist only where
// someone asked for them with BRUECKE_DEMO=1, on either database, and only once per database: the
// step is recorded, so an account an operator deleted stays deleted.
// Runs outside Next (scripts/prepare-db.ts), so it imports no server-only module: the hash comes from
// better-auth's own hasher, the one lib/server/auth.ts verifies with.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/server/role";

export interface DemoUser {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "learner@bruecke.test", password: "learner-demo-pass", name: "Lena Lernerin", role: "LEARNER" },
  { email: "teacher@bruecke.test", password: "teacher-demo-pass", name: "Tobias Lehrer", role: "TEACHER" },
];

const DEMO_STEP = "demo-accounts";
export const DEMO_HINT = "no demo accounts; `BRUECKE_DEMO=1 npm start` creates a demo teacher and learner (README)";

export function demoUsersRequested(env: Record<string, string | undefined> = process.env): boolean {
  return env.BRUECKE_DEMO === "1";
}

/**
 * Creates the demo users the first time it runs on a database; later runs create nothing, even when
 * an account was deleted in between. Existing accounts with a demo address are kept as they are.
 */
export async function seedDemoUsers(db: PrismaClient): Promise<string[]> {
  if (await db.setupStep.findUnique({ where: { name: DEMO_STEP } }))
    return ["demo accounts were created before (deleted ones stay deleted)"];
  const report: string[] = [];
  for (const demo of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (existing) {
      report.push(`demo user ${demo.email} already exists`);
      continue;
    }
    const id = randomUUID();
    // Loaded only when a user is missing: a run with nothing to do never pays for the hasher.
    const { hashPassword } = await import("better-auth/crypto");
    const password = await hashPassword(demo.password);
    await db.user.create({
      data: {
        id,
        name: demo.name,
        email: demo.email,
        emailVerified: true,
        role: demo.role,
        // better-auth's credential account: accountId is the user id.
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
      },
    });
    report.push(`demo user ${demo.email} created (${demo.role.toLowerCase()}, password ${demo.password})`);
  }
  await db.setupStep.upsert({ where: { name: DEMO_STEP }, create: { name: DEMO_STEP }, update: {} });
  return report;
}

/**
 * Without BRUECKE_DEMO: says how to get the demo accounts, or warns about demo accounts an older
 * version created on every embedded database (their passwords are in the README).
 */
export async function describeDemoUsers(db: PrismaClient): Promise<string[]> {
  const present = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((demo) => demo.email) } },
    select: { email: true },
  });
  if (present.length === 0) return [DEMO_HINT];
  return present.map(
    (user) =>
      `WARNING: demo account ${user.email} exists and its password may be the public one in the README; ` +
      "delete it or change its password unless this is a demo installation",
  );
}
