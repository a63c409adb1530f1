import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { RATE_LIMITS, type RateRule } from "@/lib/limits";
import { db } from "./db";

// Per-account limits on expensive actions, counted in the database (better-auth's "rateLimit" table), so
// several app servers share one count. A fixed window: "lastRequest" holds the window's start, and the
// first attempt after it has passed starts a new window at 1. One statement, so parallel calls cannot
// both slip under the limit. better-auth prunes rows older than its longest window (60 s), so a rule's
// window is at most 60 s.

export type RateLimitedAction = keyof typeof RATE_LIMITS;

/** Counts one attempt under `key`; true when it is within the rule. */
export async function consumeRate(client: PrismaClient, key: string, rule: RateRule, now = Date.now()) {
  const start = BigInt(now);
  const expired = BigInt(now - rule.window * 1000);
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${start})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rateLimit"."lastRequest" <= ${expired} THEN 1 ELSE "rateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "rateLimit"."lastRequest" <= ${expired} THEN ${start} ELSE "rateLimit"."lastRequest" END
    RETURNING "count"`;
  return Number(rows[0]?.count ?? 0) <= rule.max;
}

/** Throws AppError("rate_limited") once this account has used up the action's rule. */
export async function limitPerAccount(action: RateLimitedAction, userId: string): Promise<void> {
  if (!(await consumeRate(db, `account:${userId}|${action}`, RATE_LIMITS[action]))) throw new AppError("rate_limited");
}
