// Content every installation has: the seed article; demo accounts only when asked for with
// BRUECKE_DEMO=1 (lib/auth/demo-users.ts).
// Idempotent: what exists is kept. The importer and the language engine are loaded only when the
// article is missing, so a run with nothing to do stays cheap.
import { demoUsersRequested, describeDemoUsers, seedDemoUsers } from "../lib/auth/demo-users";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { SEED_SLUG } from "../lib/passages/seed-slug";

export async function seed(db: PrismaClient, options: { demoUsers?: boolean } = {}): Promise<string[]> {
  const report: string[] = [];
  const existing = await db.passage.findUnique({ where: { slug: SEED_SLUG }, select: { id: true } });
  if (existing) {
    report.push(`article ${SEED_SLUG} already loaded (${existing.id})`);
  } else {
    const [{ buildSeedPassage }, { createPassage }] = await Promise.all([
      import("../lib/passages/seed-article"),
      import("../lib/passages/store"),
    ]);
    const { id } = await createPassage(db, buildSeedPassage());
    report.push(`article ${SEED_SLUG} loaded (${id})`);
  }
  const demo = options.demoUsers ?? demoUsersRequested();
  report.push(...(demo ? await seedDemoUsers(db) : await describeDemoUsers(db)));
  return report;
}
