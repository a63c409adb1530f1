// Whether the database has every migration of prisma/migrations, from Prisma's own table. Kept apart from
// the schema engine (lib/db/migrations.ts): `npm start` and the health check need only this one query,
// where loading the engine costs seconds.
import fs from "node:fs";
import path from "node:path";

/** Runs one SQL query and returns its rows (a Prisma client's `$queryRawUnsafe`). */
export type RawQuery = (sql: string) => Promise<unknown[]>;

export function defaultMigrationsDir(root = process.cwd()): string {
  return path.join(root, "prisma/migrations");
}

/** The migration folders, oldest first (their names start with a timestamp). */
export function migrationNames(migrationsDir: string): string[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * True when every migration folder is recorded as applied (and none failed) in Prisma's own table.
 * Checksums of applied migrations are still the schema engine's job.
 */
export async function migrationsUpToDate(query: RawQuery, migrationsDir = defaultMigrationsDir()): Promise<boolean> {
  let rows: unknown[];
  try {
    rows = await query(
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
    );
  } catch {
    return false; // no _prisma_migrations table yet: a new database
  }
  const applied = new Set<string>();
  for (const row of rows as { migration_name: string; finished: boolean }[]) {
    if (!row.finished) return false; // a failed migration: let the engine report it
    applied.add(row.migration_name);
  }
  return migrationNames(migrationsDir).every((name) => applied.has(name));
}
