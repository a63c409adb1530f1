// Run by `npm start` before the server: applies migrations and loads the product's content.
// Safe to run again: migrations apply once, content that exists is kept. A run with nothing to do stays
// cheap (about a second on an idle machine): the schema engine and the language engine load only when needed.
// Passages analysed by an older language engine are analysed again, keeping every learner's data.
import { connect } from "../lib/db/client";
import { databaseConfig, describeDatabase } from "../lib/db/config";
import { DataDirError } from "../lib/db/data-dir";
import { applyMigrations, migrationsUpToDate } from "../lib/db/migrations";
import { engineVersion, staleEngine } from "../lib/passages/engine-version";
import { seed } from "../prisma/seed";

async function main() {
  const config = databaseConfig();
  const { db, adapter, close } = await connect(config);
  try {
    let applied: string[] = [];
    if (!(await migrationsUpToDate((sql) => db.$queryRawUnsafe(sql)))) applied = await applyMigrations(adapter);
    console.log(
      applied.length
        ? `database: applied ${applied.join(", ")}`
        : `database: ${describeDatabase(config)} is up to date`,
    );
    const report = await seed(db);
    for (const line of report) console.log(`seed: ${line}`);
    // One count when the engine has not changed; the engine loads only for stale passages.
    const version = engineVersion();
    const stale = await db.passage.count({ where: staleEngine(version) });
    if (stale > 0) {
      console.log(`engine: analysing ${stale} passage(s) again…`);
      const { reanalyseStale } = await import("../lib/passages/reanalyse");
      console.log(`engine: ${await reanalyseStale(db, { version })} passage(s) analysed again`);
    }
  } finally {
    await close();
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof DataDirError ? `Cannot start: ${error.message}` : `Cannot prepare the database: ${error.message}`,
  );
  process.exit(1);
});
