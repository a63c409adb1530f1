// Content every installation has: the seed article. Idempotent: what exists is kept.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { buildSeedPassage, SEED_SLUG } from "../lib/passages/seed-article";
import { createPassage } from "../lib/passages/store";

export async function seed(db: PrismaClient): Promise<string[]> {
  const report: string[] = [];
  const existing = await db.passage.findUnique({ where: { slug: SEED_SLUG }, select: { id: true } });
  if (existing) {
    report.push(`article ${SEED_SLUG} already loaded (${existing.id})`);
  } else {
    const { id } = await createPassage(db, buildSeedPassage());
    report.push(`article ${SEED_SLUG} loaded (${id})`);
  }
  return report;
}
