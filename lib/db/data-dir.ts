// PGlite runs inside one process: two processes on one data directory would corrupt it.
// A lock file with the owner's pid turns that mistake into a clear message.
import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

/** The data directory is held by another live process, or cannot be read or written. */
export class DataDirError extends AppError<"locked" | "unreadable"> {}

const LOCK_FILE = "bruecke.lock";

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
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new DataDirError(
      "unreadable",
      `The data directory ${dataDir} cannot be read or written (${(error as NodeJS.ErrnoException).code}). ` +
        "Fix its permissions or point DATABASE_URL=pglite:<another directory>.",
    );
  }
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
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
