// `npm run restore FILE`: replaces the embedded database with a backup made by `npm run backup`. The app
// must be stopped; the database it replaces is kept beside it. Run `npm start` afterwards (it applies any
// migration the backup predates).
import path from "node:path";
import { restoreDataDir } from "../lib/db/backup";
import { databaseConfig } from "../lib/db/config";
import { DataDirError } from "../lib/db/data-dir";

async function main() {
  const config = databaseConfig();
  if (config.kind !== "pglite") {
    console.error("DATABASE_URL names a PostgreSQL server: restore it with pg_restore or psql (README, Operations).");
    process.exit(2);
  }
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run restore <backup file>");
    process.exit(2);
  }
  const { previous } = await restoreDataDir(config.dataDir, path.resolve(file));
  console.log(`restore: ${path.resolve(file)} → ${config.dataDir}`);
  if (previous)
    console.log(`restore: the database it replaced is kept in ${previous} (delete it when you no longer need it)`);
}

main().catch((error: Error) => {
  console.error(
    error instanceof DataDirError ? `Cannot restore: ${error.message}` : `Restore failed: ${error.message}`,
  );
  process.exit(1);
});
