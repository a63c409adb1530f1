import "server-only";
import { createHash } from "node:crypto";
import { isIP } from "node:net";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "./client-address";

// Password guessing against one account, limited per account AND client address together: a few free
// attempts, then a wait that doubles with every further attempt. Counting per account alone let anyone
// lock any account out (five wrong passwords from changing addresses, then the owner got 429 too); per
// address alone is better-auth's own limit. Keyed by both, guesses from elsewhere never block the owner at
// their own address, and an attacker's address slows down fast. Guessing from many addresses at once is
// bounded by the per-address limit (lib/server/auth.ts) and by the password policy (lib/auth/password-policy.ts).
// State lives in the database ("signInThrottle"), so every app server sees the same counts; one statement
// counts and decides, so parallel attempts cannot slip through together.

export interface ThrottleRule {
  /** Attempts without waiting. */
  free: number;
  /** Seconds to wait after the last free attempt; doubles with each further attempt. */
  baseDelay: number;
  /** The longest wait, in seconds. */
  maxDelay: number;
  /** Seconds of quiet after which an account and address start afresh. */
  forgetAfter: number;
}

export const SIGN_IN_THROTTLE: ThrottleRule = { free: 5, baseDelay: 60, maxDelay: 60 * 60, forgetAfter: 24 * 60 * 60 };

export interface ThrottleDecision {
  allowed: boolean;
  /** Seconds until another attempt is allowed, when refused. */
  retryAfter: number;
}

const PATH = "/sign-in/email";

/** The part of an address an attacker cannot cheaply vary: IPv4 whole, IPv6 its /64 (one household or server). */
export function addressBucket(address: string | null): string {
  if (address === null || isIP(address) !== 6) return address ?? "unknown";
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function throttleKey(email: string, address: string | null): string {
  return createHash("sha256")
    .update(`${email.trim().toLowerCase()}\n${addressBucket(address)}`)
    .digest("hex");
}

/** Counts one attempt for the account at this address, atomically, and says whether it may proceed. */
export async function consumeSignInAttempt(
  db: PrismaClient,
  email: string,
  address: string | null,
  rule: ThrottleRule = SIGN_IN_THROTTLE,
  now = Date.now(),
): Promise<ThrottleDecision> {
  const key = throttleKey(email, address);
  const at = BigInt(now);
  const stale = BigInt(now - rule.forgetAfter * 1000);
  const free = rule.free;
  const base = BigInt(rule.baseDelay * 1000);
  const longest = BigInt(rule.maxDelay * 1000);
  // After attempt n (n ≥ free) the next one waits base · 2^(n − free), at most `longest`. In the UPDATE
  // every column named on the right is the row's value before this attempt.
  const rows = await db.$queryRaw<{ blockedUntil: bigint; refused: boolean }[]>`
    INSERT INTO "signInThrottle" AS t ("key", "attempts", "blockedUntil", "lastAttempt", "refused")
    VALUES (${key}, 1, CASE WHEN 1 >= ${free}::int THEN ${at}::bigint + ${base}::bigint ELSE 0 END, ${at}, false)
    ON CONFLICT ("key") DO UPDATE SET
      "refused" = (t."blockedUntil" > ${at}::bigint AND t."lastAttempt" > ${stale}::bigint),
      "attempts" = CASE
        WHEN t."lastAttempt" <= ${stale}::bigint THEN 1
        WHEN t."blockedUntil" > ${at}::bigint THEN t."attempts"
        ELSE t."attempts" + 1 END,
      "blockedUntil" = CASE
        WHEN t."lastAttempt" <= ${stale}::bigint THEN CASE WHEN 1 >= ${free}::int THEN ${at}::bigint + ${base}::bigint ELSE 0 END
        WHEN t."blockedUntil" > ${at}::bigint THEN t."blockedUntil"
        WHEN t."attempts" + 1 >= ${free}::int THEN ${at}::bigint + LEAST(${longest}::bigint,
          ${base}::bigint * power(2, LEAST(t."attempts" + 1 - ${free}::int, 30))::bigint)
        ELSE 0 END,
      "lastAttempt" = CASE
        WHEN t."blockedUntil" > ${at}::bigint AND t."lastAttempt" > ${stale}::bigint THEN t."lastAttempt"
        ELSE ${at}::bigint END
    RETURNING "blockedUntil", "refused"`;
  const row = rows[0];
  if (!row?.refused) return { allowed: true, retryAfter: 0 };
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((Number(row.blockedUntil) - now) / 1000)) };
}

/** A successful sign-in: the account's attempts at this address are forgotten, and long-quiet rows anywhere. */
export async function clearSignInAttempts(
  db: PrismaClient,
  email: string,
  address: string | null,
  rule: ThrottleRule = SIGN_IN_THROTTLE,
  now = Date.now(),
): Promise<void> {
  await db.signInThrottle.deleteMany({
    where: {
      OR: [{ key: throttleKey(email, address) }, { lastAttempt: { lt: BigInt(now - rule.forgetAfter * 1000) } }],
    },
  });
}

function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.length <= 254 ? email : null;
}

interface HookContext {
  body?: unknown;
  headers?: Headers;
  request?: Request;
}

function addressOf(ctx: HookContext): string | null {
  const headers = ctx.request?.headers ?? ctx.headers;
  return headers ? clientAddress(headers) : null;
}

/** better-auth plugin: refuses sign-in with 429 while an account is throttled at the client's address. */
export function accountThrottle(db: PrismaClient, rule: ThrottleRule = SIGN_IN_THROTTLE): BetterAuthPlugin {
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
            const decision = await consumeSignInAttempt(db, email, addressOf(ctx), rule);
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
            if (email && !isAPIError(ctx.context.returned)) await clearSignInAttempts(db, email, addressOf(ctx), rule);
          }),
        },
      ],
    },
  };
}
