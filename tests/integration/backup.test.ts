// `npm run backup` / `npm run restore FILE` on the embedded database: a round trip loses nothing (every row
// of every table), and neither command touches a database another process has open.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/lib/auth/demo-users";
import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";
import { testDatabaseKind } from "../support/test-db";

const run = promisify(execFile);
// Real processes on a busy 2-core machine (see prepare-db.test.ts).
const PROCESS_TEST_TIMEOUT = 300_000;

let root: string;
let dataDir: string;

function npmScript(script: "backup" | "restore", args: string[]) {
  return run(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}`, BRUECKE_TEST_PG_URL: "" },
    timeout: PROCESS_TEST_TIMEOUT,
  });
}

function failureOf(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: { code: number; stderr: string }) => error,
  );
}

/** Every row of every table, as JSON text, in a stable order: what "loses nothing" compares. */
async function everyRow(dir: string): Promise<Record<string, string[]>> {
  const pglite = new PGlite(dir);
  try {
    const tables = await pglite.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const rows: Record<string, string[]> = {};
    for (const { name } of tables.rows) {
      const result = await pglite.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${name}" t`);
      rows[name] = result.rows.map((r) => r.row).sort();
    }
    return rows;
  } finally {
    await pglite.close();
  }
}

describe.skipIf(testDatabaseKind() !== "pglite")("backup and restore of the embedded database", () => {
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "bruecke-backup-"));
    dataDir = path.join(root, "pglite");
    // A database with something in every kind of table a learner fills: users, passages, vocabulary, reviews.
    const { db, adapter, close } = await connect({ kind: "pglite", dataDir });
    try {
      await applyMigrations(adapter);
      await seed(db, { demoUsers: true });
      const learner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
      const paragraph = await db.paragraph.findFirstOrThrow({ select: { id: true, passageId: true } });
      await db.readingProgress.create({
        data: { userId: learner.id, passageId: paragraph.passageId, paragraphId: paragraph.id },
      });
      const item = await db.vocabularyItem.create({
        data: { userId: learner.id, lemma: "Brücke", surface: "Brücken", pos: "noun", gloss: "bridge", tags: ["ü"] },
      });
      const card = await db.reviewCard.create({ data: { userId: learner.id, itemId: item.id, reps: 1, version: 1 } });
      await db.reviewLog.create({
        data: {
          cardId: card.id,
          userId: learner.id,
          grade: 3,
          mode: "recall",
          correct: true,
          stateBefore: { state: 0 },
          stateAfter: { state: 1, stability: 2.5 },
          durationMs: 1234,
        },
      });
    } finally {
      await close();
    }
  }, PROCESS_TEST_TIMEOUT);
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("restores every row after the database was changed, and keeps the database it replaced", {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const before = await everyRow(dataDir);
    for (const table of ["user", "account", "Passage", "Sentence", "VocabularyItem", "ReviewCard", "ReviewLog"])
      expect(before[table]?.length, table).toBeGreaterThan(0);

    const file = path.join(root, "backups", "one.tar.gz");
    const backup = await npmScript("backup", [file]);
    expect(backup.stdout).toContain(`→ ${file}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A backup never overwrites an older one.
    expect((await failureOf(npmScript("backup", [file])))?.code).toBe(1);

    // Afterwards a learner loses everything and a stranger appears.
    const pglite = new PGlite(dataDir);
    await pglite.exec(`DELETE FROM "user" WHERE email = '${DEMO_USERS[0]!.email}'`);
    await pglite.exec(
      `INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('later', 'Later', 'later@example.test', now())`,
    );
    await pglite.close();
    expect(await everyRow(dataDir)).not.toEqual(before);

    const restore = await npmScript("restore", [file]);
    const previous = /kept in (\S+)/.exec(restore.stdout)?.[1];
    expect(await everyRow(dataDir)).toEqual(before);
    // The replaced database is still there, with the change made after the backup.
    expect(previous).toBeDefined();
    expect((await everyRow(previous!)).user?.some((row) => row.includes("later@example.test"))).toBe(true);
    // The restored directory is private to its owner, like the original.
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dataDir, "PG_VERSION")).mode & 0o777).toBe(0o600);
  });

  it("refuses both while another process has the database open", { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    // This test process stands in for a running app: its pid is alive and is not the command's.
    fs.writeFileSync(path.join(dataDir, "bruecke.lock"), String(process.pid));
    try {
      const backup = await failureOf(npmScript("backup", [path.join(root, "while-running.tar.gz")]));
      expect(backup?.code).toBe(1);
      expect(backup?.stderr).toContain(`Cannot back up: The data directory ${dataDir} is in use`);
      expect(fs.existsSync(path.join(root, "while-running.tar.gz"))).toBe(false);
      const restore = await failureOf(npmScript("restore", [path.join(root, "backups", "one.tar.gz")]));
      expect(restore?.code).toBe(1);
      expect(restore?.stderr).toContain(`Cannot restore: The data directory ${dataDir} is in use`);
    } finally {
      fs.rmSync(path.join(dataDir, "bruecke.lock"), { force: true });
    }
  });

  it("refuses a file that is not a backup and leaves the database as it was", {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const before = await everyRow(dataDir);
    const junk = path.join(root, "junk.tar.gz");
    fs.writeFileSync(junk, "not a tarball");
    const failure = await failureOf(npmScript("restore", [junk]));
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("is not a backup of Brücke's embedded database");
    expect(await everyRow(dataDir)).toEqual(before);
    expect(fs.readdirSync(root).filter((name) => name.includes("restoring"))).toEqual([]);
  });
});
