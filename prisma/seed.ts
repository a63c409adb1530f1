// Content every installation has: the seed article (and demo accounts, see lib/auth/demo-users.ts).
// Idempotent: what exists is kept. The importer and the language engine are loaded only when the
// article is missing, so a run with nothing to do stays cheap.
import { seedDemoUsers, shouldSeedDemoUsers } from "../lib/auth/demo-users";
import { databaseConfig } from "../lib/db/config";
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
  if (options.demoUsers ?? shouldSeedDemoUsers(databaseConfig())) report.push(...(await seedDemoUsers(db)));
  return report;
}
