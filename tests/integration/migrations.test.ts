import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, defaultMigrationPaths, readMigrations } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

describe(`migrations from empty (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
  });
  afterAll(async () => {
    await test?.close();
  });

  it("records every migration folder in _prisma_migrations", async () => {
    const folders = readMigrations(defaultMigrationPaths().migrationsDir).migrationDirectories.map((d) => d.path);
    const rows = await test.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("creates the domain tables", async () => {
    const tables = await test.db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const names = tables.map((t) => t.table_name);
    for (const table of [
      "Passage",
      "Paragraph",
      "Sentence",
      "SentenceTranslation",
      "ReadingProgress",
      "user",
      "session",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("applies nothing the second time and keeps the data", async () => {
    await test.db.passage.create({ data: { title: "Probe", status: "DRAFT" } });
    expect(await applyMigrations(test.adapter)).toEqual([]);
    expect(await test.db.passage.count({ where: { title: "Probe" } })).toBe(1);
  });
});
