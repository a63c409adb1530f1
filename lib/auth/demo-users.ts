// Demo accounts for trying Brücke out. Seeded on the embedded database (a local install), or anywhere
// with BRUECKE_SEED_DEMO=1; never on a PostgreSQL server unless asked, because the passwords are public.
// Runs outside Next (scripts/prepare-db.ts), so it imports no server-only module: the hash comes from
// better-auth's own hasher, the one lib/server/auth.ts verifies with.
import { randomUUID } from "node:crypto";
import type { DatabaseConfig } from "@/lib/db/config";
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

export function shouldSeedDemoUsers(
  config: DatabaseConfig,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.BRUECKE_SEED_DEMO === "1") return true;
  if (env.BRUECKE_SEED_DEMO === "0") return false;
  return config.kind === "pglite";
}

/** Creates the demo users that are missing; existing ones (and their passwords) are kept. */
export async function seedDemoUsers(db: PrismaClient): Promise<string[]> {
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
    report.push(`demo user ${demo.email} created (${demo.role.toLowerCase()})`);
  }
  return report;
}
