// Backup and restore of the embedded database (`npm run backup`, `npm run restore FILE`): PGlite's own
// tarball of the data directory (dumpDataDir / loadDataDir). Both take the data directory's lock, so they
// refuse to run while the app (or anything else) has the database open. PostgreSQL has pg_dump.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DataDirError, LOCK_FILE, lockDataDir, restrictDataDir } from "./data-dir";

/** The backup file is not an embedded Brücke database, or cannot be read. */
export class BackupError extends DataDirError {}

export function defaultBackupFile(now = new Date(), dir = "backups"): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.resolve(dir, `bruecke-${stamp}.tar.gz`);
}

/** Writes a gzipped tarball of the data directory to `file` (never over an existing file). */
export async function backupDataDir(dataDir: string, file: string): Promise<{ file: string; bytes: number }> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION")))
    throw new DataDirError("unreadable", `There is no embedded database in ${dataDir} to back up.`);
  const release = lockDataDir(dataDir);
  try {
    const pglite = new PGlite(dataDir);
    try {
      await pglite.waitReady;
      // Everything committed goes from the write-ahead log into the table files, so the copy needs no recovery.
      await pglite.exec("CHECKPOINT");
      const tarball = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
      // The copy holds password hashes and session tokens, like the directory itself.
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(file, tarball, { flag: "wx", mode: 0o600 });
      return { file, bytes: tarball.length };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

/**
 * Replaces the data directory with the backup in `file`. The backup is first unpacked and opened beside
 * the data directory; only a database that opens and has Brücke's migrations table replaces it. The
 * previous directory is kept (renamed, its path returned), so a restore never destroys data by itself.
 */
export async function restoreDataDir(dataDir: string, file: string): Promise<{ previous?: string }> {
  let tarball: Buffer;
  try {
    tarball = fs.readFileSync(file);
  } catch (error) {
    throw new BackupError("unreadable", `Cannot read ${file} (${(error as NodeJS.ErrnoException).code}).`);
  }
  const release = lockDataDir(dataDir);
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    await unpack(tarball, staging, file);
    // The copy carries the lock of the process that made it.
    fs.rmSync(path.join(staging, LOCK_FILE), { force: true });
    const existing = fs.existsSync(path.join(dataDir, "PG_VERSION"));
    const previous = existing ? `${dataDir}.before-restore-${Date.now()}` : undefined;
    if (previous) {
      fs.renameSync(dataDir, previous);
      fs.rmSync(path.join(previous, LOCK_FILE), { force: true });
    } else {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    fs.renameSync(staging, dataDir);
    restrictDataDir(dataDir);
    return { previous };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}

async function unpack(tarball: Buffer, staging: string, file: string): Promise<void> {
  fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
  let pglite: PGlite | undefined;
  try {
    pglite = new PGlite({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(tarball)]) });
    await pglite.waitReady;
    const tables = await pglite.query(`SELECT 1 FROM pg_tables WHERE tablename = '_prisma_migrations'`);
    if (tables.rows.length === 0) throw new Error("it has no Brücke tables");
  } catch (error) {
    throw new BackupError(
      "unreadable",
      `${file} is not a backup of Brücke's embedded database (${(error as Error).message}).`,
    );
  } finally {
    if (pglite && !pglite.closed) await pglite.close().catch(() => {});
  }
}
