// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by BRUECKE_TEST_PG_URL (scripts/test.sh starts one on 127.0.0.1).
// It is installed as the app's Prisma client, so server-only data modules run against it unchanged.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface TestDatabase {
  db: PrismaClient;
  kind: "pglite" | "postgres";
  adapter: PrismaPGlite | PrismaPg;
  close(): Promise<void>;
}

export function testDatabaseKind(): "pglite" | "postgres" {
  return process.env.BRUECKE_TEST_PG_URL ? "postgres" : "pglite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.BRUECKE_TEST_PG_URL;
  if (!adminUrl) {
    const pglite = new PGlite("memory://");
    const adapter = new PrismaPGlite(pglite);
    await applyMigrations(adapter);
    const db = new PrismaClient({ adapter });
    return install({
      db,
      kind: "pglite",
      adapter,
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    });
  }
  const name = `bruecke_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const adapter = new PrismaPg({ connectionString: url.toString(), max: 10 });
  await applyMigrations(adapter);
  const db = new PrismaClient({ adapter });
  return install({
    db,
    kind: "postgres",
    adapter,
    close: async () => {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  });
}

function install(test: TestDatabase): TestDatabase {
  (globalThis as unknown as { bruckeDb?: PrismaClient }).bruckeDb = test.db;
  return test;
}
