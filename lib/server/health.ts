import "server-only";
import { migrationsUpToDate } from "@/lib/db/migration-status";
import { readEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "./logger";

/**
 * What GET /api/health reports to a load balancer or an operator: states only, never a secret, a host,
 * a path or an error message (those go to the server log).
 */
export interface Health {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "ok" | "pending" | "unknown";
  deepl: "configured" | "not_configured";
}

// A load balancer's probe must get an answer even when the database hangs instead of refusing.
const DATABASE_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkHealth(
  db: PrismaClient,
  env: Record<string, string | undefined> = process.env,
  timeoutMs = DATABASE_TIMEOUT_MS,
): Promise<Health> {
  // Hand translation works without DeepL, so a missing key is reported but is not a failure.
  const deepl = readEnv(env).DEEPL_AUTH_KEY ? "configured" : "not_configured";
  try {
    await withTimeout(db.$queryRawUnsafe("SELECT 1"), timeoutMs);
  } catch (error) {
    logger.error({ err: error, event: "health_database_unreachable" }, "health: the database is unreachable");
    return { status: "unavailable", database: "unreachable", migrations: "unknown", deepl };
  }
  const upToDate = await withTimeout(
    migrationsUpToDate((sql) => db.$queryRawUnsafe(sql)),
    timeoutMs,
  ).catch((error: unknown) => {
    logger.error({ err: error, event: "health_migrations_unknown" }, "health: the migrations could not be read");
    return false;
  });
  return upToDate
    ? { status: "ok", database: "ok", migrations: "ok", deepl }
    : { status: "unavailable", database: "ok", migrations: "pending", deepl };
}
