import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// A second sign-in limit, per account rather than per client address. better-auth's own limit is keyed
// by IP, and the IP comes from X-Forwarded-For, which a client can set itself when no proxy overwrites
// it: rotating fake addresses would give unlimited password guesses against one account. This one counts
// sign-in attempts per email (hashed, so no addresses are stored) and forgets them after a success.
// Rows live in better-auth's "rateLimit" table, whose pruning deletes rows older than its longest window
// (60 s), so the window here stays at 60 s.

export interface ThrottleRule {
  /** Seconds. */
  window: number;
  max: number;
}

export interface ThrottleDecision {
  allowed: boolean;
  /** Seconds until another attempt is allowed, when refused. */
  retryAfter: number;
}

const PATH = "/sign-in/email";

export function accountThrottleKey(email: string): string {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  return `account:${digest}|${PATH}`;
}

/** Counts one attempt for the account, atomically (one statement), and says whether it may proceed. */
export async function consumeSignInAttempt(
  db: PrismaClient,
  email: string,
  rule: ThrottleRule,
  now = Date.now(),
): Promise<ThrottleDecision> {
  const key = accountThrottleKey(email);
  const start = BigInt(now);
  const expired = BigInt(now - rule.window * 1000);
  // "lastRequest" holds the start of the current window; a window that has passed starts again at 1.
  const rows = await db.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "rateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${start})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "rateLimit"."lastRequest" <= ${expired} THEN 1 ELSE "rateLimit"."count" + 1 END,
      "lastRequest" = CASE WHEN "rateLimit"."lastRequest" <= ${expired} THEN ${start} ELSE "rateLimit"."lastRequest" END
    RETURNING "count", "lastRequest"`;
  const row = rows[0];
  if (!row || Number(row.count) <= rule.max) return { allowed: true, retryAfter: 0 };
  const retryAfter = Math.max(1, Math.ceil((Number(row.lastRequest) + rule.window * 1000 - now) / 1000));
  return { allowed: false, retryAfter };
}

export async function clearSignInAttempts(db: PrismaClient, email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: accountThrottleKey(email) } });
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.length <= 254 ? email : null;
}

/** better-auth plugin: refuses sign-in with 429 once an account has had `max` attempts in `window`. */
export function accountThrottle(db: PrismaClient, rule: ThrottleRule): BetterAuthPlugin {
  const matcher = (ctx: { path?: string }) => ctx.path === PATH;
  return {
    id: "bruecke-account-throttle",
    hooks: {
      before: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email) return;
            const decision = await consumeSignInAttempt(db, email, rule);
            if (!decision.allowed) {
              throw new APIError(
                "TOO_MANY_REQUESTS",
                { message: "Too many requests. Please try again later.", code: "TOO_MANY_ATTEMPTS" },
                { "X-Retry-After": String(decision.retryAfter) },
              );
            }
          }),
        },
      ],
      after: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (email && !isAPIError(ctx.context.returned)) await clearSignInAttempts(db, email);
          }),
        },
      ],
    },
  };
}
