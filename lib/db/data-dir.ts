// PGlite runs inside one process: two processes on one data directory would corrupt it.
// A lock file with the owner's pid turns that mistake into a clear message.
// The directory holds e-mail addresses, password hashes and session tokens: only its owner may read it.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** The data directory is held by another live process, or cannot be read or written. */
export class DataDirError extends AppError<"locked" | "unreadable"> {}

export const LOCK_FILE = "bruecke.lock";
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Makes the directory and everything in it private to its owner (directories 0700, files 0600).
 * Run at every start, so a directory created by an older version (0755/0644) is tightened too,
 * and again once PGlite has created its cluster (it creates files with the process's umask).
 */
export function restrictDataDir(dataDir: string): void {
  const walk = (dir: string) => {
    chmodIfLooser(dir, DIR_MODE);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(entryPath);
      else if (entry.isFile()) chmodIfLooser(entryPath, FILE_MODE);
    }
  };
  try {
    walk(dataDir);
  } catch (error) {
    throw new DataDirError(
      "unreadable",
      `The data directory ${dataDir} cannot be made private to its owner (${(error as NodeJS.ErrnoException).code}). ` +
        "Run Brücke as the directory's owner, or point DATABASE_URL=pglite:<another directory>.",
    );
  }
}

function chmodIfLooser(target: string, mode: number): void {
  try {
    if ((fs.statSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
  } catch (error) {
    // A temporary file the database removed while we walked: nothing left to protect.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates the directory when missing, checks it is usable and takes the lock. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new DataDirError(
      "unreadable",
      `The data directory ${dataDir} cannot be read or written (${(error as NodeJS.ErrnoException).code}). ` +
        "Fix its permissions or point DATABASE_URL=pglite:<another directory>.",
    );
  }
  const release = takeLock(dataDir);
  try {
    restrictDataDir(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  return release;
}

function takeLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx", mode: FILE_MODE });
      const release = () => fs.rmSync(lockPath, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockPath, "utf8"));
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DataDirError(
          "locked",
          `The data directory ${dataDir} is in use by another Brücke process (pid ${owner}). ` +
            "Stop it first: the embedded database serves one process at a time.",
        );
      }
      fs.rmSync(lockPath, { force: true }); // left behind by a process that died
    }
  }
  throw new DataDirError("locked", `Could not lock the data directory ${dataDir}.`);
}
