// The suite's own throw-away PostgreSQL server, made and restarted by scripts/lib.sh (start_postgres,
// pg_server), so the shell scripts and the tests share one way of running PostgreSQL.
import { execFileSync } from "node:child_process";

function libSh(script: string, ...args: string[]): string {
  return execFileSync("bash", ["-c", `source scripts/lib.sh && ${script}`, "lib.sh", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Starts a new cluster on 127.0.0.1:<port>; returns its directory and the admin URL. */
export function startCluster(port: number): { dir: string; adminUrl: string } {
  const dir = libSh('start_postgres "$1" >&2 && echo "$PG_DIR"', String(port)).trim();
  return { dir, adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

export function destroyCluster(dir: string): void {
  libSh('PG_DIR="$1" stop_postgres', dir);
}

/** Stops ("fast": sessions are ended) or starts the server, as an operator restarting it would. */
export function pgServer(action: "start" | "stop", dir: string): void {
  libSh('pg_server "$1" "$2"', action, dir);
}
