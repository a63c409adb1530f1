// Builds the Prisma driver adapter for the configured database. Used by the app's one client,
// by the migration runner and by tests.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";
import { DataDirError, lockDataDir, restrictDataDir } from "./data-dir";

export interface OpenDatabase {
  adapter: PrismaPg | PrismaPGlite;
  /** Resolves when the database can take queries; rejects with a clear DataDirError when it cannot. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): OpenDatabase {
  if (config.kind === "postgres") {
    return {
      adapter: new PrismaPg({ connectionString: config.url, max: 10 }),
      ready: Promise.resolve(),
      close: async () => {},
    };
  }
  const release = lockDataDir(config.dataDir);
  const pglite = new PGlite(config.dataDir);
  const ready = pglite.waitReady.then(
    // A new cluster's files were just created with the process's umask.
    () => restrictDataDir(config.dataDir),
    (error: Error) => {
      release();
      throw new DataDirError(
        "unreadable",
        `The embedded database in ${config.dataDir} could not be opened (${error.message}). ` +
          "If the directory holds something else, point DATABASE_URL=pglite:<another directory>.",
      );
    },
  );
  return {
    adapter: new PrismaPGlite(pglite),
    ready,
    close: async () => {
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}
