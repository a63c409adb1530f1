// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server named by BRUECKE_TEST_PG_URL (scripts/test.sh starts one on 127.0.0.1).
// It is installed as the app's Prisma client, so server-only data modules run against it unchanged.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, defaultMigrationPaths } from "@/lib/db/migrations";
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
    const pglite = await migratedPglite();
    const adapter = new PrismaPGlite(pglite);
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

/**
 * An in-memory PGlite with every migration applied. A fresh PGlite (initdb) and the migration engine took
 * 5–20 s per test file on CI's two busy cores; the first file to need one saves its data directory as a
 * template (.tmp/vitest/, keyed by the migrations and PGlite's version) and later files load it in ~1 s.
 */
async function migratedPglite(): Promise<PGlite> {
  const template = templateFile();
  if (existsSync(template)) {
    const pglite = new PGlite("memory://", { loadDataDir: new Blob([readFileSync(template)]) });
    await pglite.waitReady;
    return pglite;
  }
  const pglite = new PGlite("memory://");
  await applyMigrations(new PrismaPGlite(pglite));
  const dump = Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer());
  mkdirSync(path.dirname(template), { recursive: true });
  // Written aside and renamed: another worker may be reading or writing the same template.
  const partial = `${template}.${process.pid}.partial`;
  writeFileSync(partial, dump);
  renameSync(partial, template);
  return pglite;
}

function templateFile(): string {
  const { migrationsDir } = defaultMigrationPaths();
  const hash = createHash("sha256");
  hash.update(JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")).version);
  for (const name of readdirSync(migrationsDir).sort()) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (statSync(path.join(migrationsDir, name)).isDirectory() && existsSync(file))
      hash.update(name).update(readFileSync(file));
  }
  return path.join(".tmp/vitest", `pglite-${hash.digest("hex").slice(0, 16)}.tar`);
}

function install(test: TestDatabase): TestDatabase {
  (globalThis as unknown as { bruckeDb?: PrismaClient }).bruckeDb = test.db;
  return test;
}
