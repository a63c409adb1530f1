// `npm run backup [-- FILE]`: a copy of the embedded database in one file (default backups/bruecke-<time>.tar.gz).
// The app must be stopped: the embedded database serves one process at a time.
import path from "node:path";
import { backupDataDir, defaultBackupFile } from "../lib/db/backup";
import { databaseConfig } from "../lib/db/config";
import { DataDirError } from "../lib/db/data-dir";

async function main() {
  const config = databaseConfig();
  if (config.kind !== "pglite") {
    console.error("DATABASE_URL names a PostgreSQL server: back it up with pg_dump (README, Operations).");
    process.exit(2);
  }
  const target = process.argv[2] ? path.resolve(process.argv[2]) : defaultBackupFile();
  const { file, bytes } = await backupDataDir(config.dataDir, target);
  console.log(`backup: ${config.dataDir} → ${file} (${(bytes / 1e6).toFixed(1)} MB)`);
}

main().catch((error: Error) => {
  console.error(error instanceof DataDirError ? `Cannot back up: ${error.message}` : `Backup failed: ${error.message}`);
  process.exit(1);
});
