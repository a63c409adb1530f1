// Once per run of the reliability suite: a PostgreSQL server of its own (it gets restarted by the fault
// tests) with a migrated and seeded template database, and a seeded PGlite data directory to copy.
// Each test file clones what it needs and starts the production build on it (support/app.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connect } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { seed } from "@/prisma/seed";
import { destroyCluster, startCluster } from "./support/cluster";

declare module "vitest" {
  export interface ProvidedContext {
    pgDir: string;
    pgAdminUrl: string;
    pgliteTemplate: string;
  }
}

export const WORK_DIR = path.resolve(".tmp/reliability");
const TEMPLATE = "bruecke_template";

async function prepare(config: Parameters<typeof connect>[0]) {
  const { db, adapter, close } = await connect(config);
  try {
    await applyMigrations(adapter);
    await seed(db, { demoUsers: false });
  } finally {
    await close();
  }
}

export default async function setup(project: TestProject) {
  rmSync(WORK_DIR, { recursive: true, force: true });
  const { dir, adminUrl } = startCluster(Number(process.env.BRUECKE_REL_PG_PORT ?? 54349));
  try {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${TEMPLATE}`;
    const pgliteTemplate = path.join(WORK_DIR, "pglite-template");
    await Promise.all([
      prepare({ kind: "postgres", url: url.toString() }),
      prepare({ kind: "pglite", dataDir: pgliteTemplate }),
    ]);
    // A template can be cloned only while nobody is connected to it; the pool may linger after disconnect.
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${TEMPLATE}'`);
    await cleanup.end();
    project.provide("pgDir", dir);
    project.provide("pgAdminUrl", adminUrl);
    project.provide("pgliteTemplate", pgliteTemplate);
  } catch (error) {
    destroyCluster(dir);
    throw error;
  }
  return () => destroyCluster(dir);
}
