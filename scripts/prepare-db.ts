// Run by `npm start` before the server: applies migrations and loads the product's content.
// Safe to run again: migrations apply once, content that exists is kept. A run with nothing to do is
// cheap: on the embedded database a stamp says it was prepared by this very code (scripts/prepared-stamp.ts)
// and the database is not even opened; otherwise the schema engine and the language engine load only when
// needed. Passages analysed by an older language engine are analysed again, keeping every learner's data.
// Heavy modules (Prisma, PGlite, the seed) are imported only once a run has work to do.
import { type DatabaseConfig, databaseConfig, describeDatabase } from "../lib/db/config";
import { DataDirError, lockDataDir } from "../lib/db/data-dir";
import { currentStamp, forgetPrepared, isPrepared, markPrepared } from "./prepared-stamp";

/** The embedded database was prepared by this code: check the directory is ours and free, and stop. */
function alreadyPrepared(config: DatabaseConfig): { stamp: string | null; done: boolean } {
  if (config.kind !== "pglite") return { stamp: null, done: false };
  const stamp = currentStamp();
  if (!isPrepared(config.dataDir, stamp)) return { stamp, done: false };
  // Locking also refuses a directory a running server holds and makes it private to its owner.
  lockDataDir(config.dataDir)();
  return { stamp, done: true };
}

async function prepare(config: DatabaseConfig): Promise<string[]> {
  const [{ connect }, { migrationsUpToDate }, { engineVersion, staleEngine }, { seed }] = await Promise.all([
    import("../lib/db/client"),
    import("../lib/db/migration-status"),
    import("../lib/passages/engine-version"),
    import("../prisma/seed"),
  ]);
  const { db, adapter, close } = await connect(config);
  try {
    let applied: string[] = [];
    if (!(await migrationsUpToDate((sql) => db.$queryRawUnsafe(sql))))
      applied = await (await import("../lib/db/migrations")).applyMigrations(adapter);
    console.log(
      applied.length
        ? `database: applied ${applied.join(", ")}`
        : `database: ${describeDatabase(config)} is up to date`,
    );
    const report = await seed(db);
    for (const line of report) console.log(`seed: ${line}`);
    // Imports a stopped server left half-written (never shown): on the embedded database no server runs
    // now; on PostgreSQL other servers may be importing, so only rows no batch touched for a while.
    const { sweepInterruptedImports } = await import("../lib/passages/batched-store");
    const cutoff = new Date(Date.now() - (config.kind === "pglite" ? 0 : 10 * 60_000));
    const swept = await sweepInterruptedImports(db, cutoff);
    if (swept > 0) console.log(`imports: removed ${swept} interrupted import(s)`);
    // One count when the engine has not changed; the engine loads only for stale passages.
    const version = engineVersion();
    const stale = await db.passage.count({ where: staleEngine(version) });
    if (stale > 0) {
      console.log(`engine: analysing ${stale} passage(s) again…`);
      const { reanalyseStale } = await import("../lib/passages/reanalyse");
      console.log(`engine: ${await reanalyseStale(db, { version })} passage(s) analysed again`);
    }
    return report;
  } finally {
    await close();
  }
}

async function main() {
  const config = databaseConfig();
  const { stamp, done } = alreadyPrepared(config);
  if (done) {
    console.log(`database: ${describeDatabase(config)} was prepared by this version: nothing to do`);
    return;
  }
  const report = await prepare(config);
  if (stamp !== null && config.kind === "pglite") {
    // A warning must be seen at every start until it is dealt with: no shortcut then.
    if (report.some((line) => line.startsWith("WARNING"))) forgetPrepared(config.dataDir);
    else markPrepared(config.dataDir, stamp);
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof DataDirError ? `Cannot start: ${error.message}` : `Cannot prepare the database: ${error.message}`,
  );
  process.exit(1);
});
