// The production build (NEXT_DIST_DIR, default .next) served as `npm start` serves it (scripts/serve.mjs)
// on a database of the test's own: a clone of the suite's PostgreSQL template, or a copy of its PGlite
// template directory. The tests stand in for a reverse proxy on this machine (TRUSTED_PROXIES = loopback),
// so X-Forwarded-For gives each simulated learner an address of its own; a test may set it otherwise.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { AppClient } from "../../support/app-client";

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const WORK_DIR = path.resolve(".tmp/reliability");
const BASE_PORT = Number(process.env.BRUECKE_REL_PORT ?? 3600);

/** A port per test file (files run one after another, but a killed server's port may linger). */
export function portFor(offset: number): number {
  return BASE_PORT + offset;
}

export interface PgDatabase {
  url: string;
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A new PostgreSQL database cloned from the migrated, seeded template. */
export async function pgDatabase(name: string): Promise<PgDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE bruecke_template`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // Queries get a fresh connection each: the fault tests restart the server underneath.
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  return { url: url.toString(), query, close: async () => {} };
}

/** A copy of the seeded PGlite template directory. */
export function pgliteDatabase(name: string): { dir: string; url: string } {
  const dir = path.join(WORK_DIR, name);
  mkdirSync(WORK_DIR, { recursive: true });
  cpSync(inject("pgliteTemplate"), dir, { recursive: true });
  return { dir, url: `pglite:${dir}` };
}

/** Opens a PGlite directory (after the app that held it has stopped) for counting rows. */
export async function queryPglite<R>(dir: string, sql: string): Promise<R[]> {
  const db = new PGlite(dir);
  try {
    return (await db.query<R>(sql)).rows;
  } finally {
    await db.close();
  }
}

export interface RunningApp {
  base: string;
  client: AppClient;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, and wait for the process to end. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies wherever it is. */
  kill(): Promise<void>;
}

export async function startApp(options: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<RunningApp> {
  const base = `http://localhost:${options.port}`;
  let output = "";
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(options.port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: options.databaseUrl,
      BETTER_AUTH_SECRET: "reliability-tests-secret-0123456789abcdef0123",
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXIES: "127.0.0.1, ::1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${base}/en`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await end("SIGKILL");
      throw new Error(`the server did not answer on ${base}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    base,
    client: new AppClient(base, DIST_DIR),
    process: child,
    output: () => output,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

/** Unique per run, so names never collide with a previous run's leftovers. */
export const RUN = Date.now().toString(36);
