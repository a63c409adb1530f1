// Which database Brücke talks to, decided once from DATABASE_URL.
// Unset (or "pglite:<dir>") → embedded PGlite in a data directory; "postgres://…" → a PostgreSQL server.
import path from "node:path";

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_DATA_DIR = ".data/pglite";

export function databaseConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_DATA_DIR) };
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  const dir = url.replace(/^(pglite|file):/, "");
  if (!dir) throw new Error(`DATABASE_URL "${url}" names no data directory`);
  return { kind: "pglite", dataDir: path.resolve(cwd, dir) };
}

export function describeDatabase(config: DatabaseConfig): string {
  return config.kind === "pglite"
    ? `embedded PGlite at ${config.dataDir}`
    : `PostgreSQL at ${new URL(config.url).host}`;
}
