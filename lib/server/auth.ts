import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { readEnv } from "@/lib/env";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/passwords/strength";
import { requestOrigin } from "@/lib/security/request-checks";
import { checkEmailLength, checkedDisplayName, checkImageLength } from "./account-fields";
import { CLIENT_ADDRESS_HEADER, trustedProxies, withClientAddress } from "./client-address";
import { db } from "./db";
import { accountThrottle } from "./login-throttle";
import { requireGuessResistant } from "./password-rule";
import { roleForSignUp } from "./role";

const env = readEnv();
const building = process.env.NEXT_PHASE === "phase-production-build";

if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production" && !building) {
  // `npm start` generates one for the embedded default; a deployment must set its own.
  throw new Error("BETTER_AUTH_SECRET must be set (32+ characters) in production.");
}

// A malformed TRUSTED_PROXIES stops here, on the first request, rather than quietly trusting nothing.
if (!building) trustedProxies();

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  // `next build` loads this module without serving anything: a build-only secret keeps it quiet.
  secret: env.BETTER_AUTH_SECRET ?? (building ? "build-phase-secret-never-used-to-sign-anything" : undefined),
  baseURL: env.BETTER_AUTH_URL,
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    autoSignIn: true,
  },
  user: {
    additionalFields: {
      // Never settable from client input; sign-up picks LEARNER or TEACHER in the hook below.
      role: { type: "string", required: false, defaultValue: "LEARNER", input: false },
      // Read with the session (the reader's key vocabulary), so a page needs no second query for it. Saved
      // by the settings action only (lib/settings), never from client input through better-auth.
      level: { type: "string", required: false, defaultValue: "B1", input: false },
    },
  },
  databaseHooks: {
    user: {
      create: {
        // The name is limited and cleaned here, for every way in (lib/server/account-fields.ts). The
        // "I teach a class" box: see lib/server/role.ts for why this is the one safe way in.
        before: async (user, ctx) => {
          checkEmailLength(user.email);
          checkImageLength(user.image);
          const name = checkedDisplayName(user.name);
          return {
            data: { ...user, name, ...(ctx?.path === "/sign-up/email" ? { role: roleForSignUp(ctx.body) } : {}) },
          };
        },
      },
      update: {
        before: async (user) => {
          checkImageLength(user.image);
          return user.name === undefined ? undefined : { data: { ...user, name: checkedDisplayName(user.name) } };
        },
      },
    },
  },
  hooks: {
    // The password rule beyond length (lib/passwords/strength.ts), wherever a password is chosen.
    before: createAuthMiddleware(async (ctx) => {
      const body = ctx.body as Record<string, unknown> | undefined;
      if (ctx.path === "/sign-up/email") await requireGuessResistant(body?.password, [body?.name, body?.email]);
      if (ctx.path === "/change-password") {
        const session = await getSessionFromCtx(ctx);
        if (session) await requireGuessResistant(body?.newPassword, [session.user.name, session.user.email]);
        // A new password ends every other session (a thief's too), whatever the client asked for.
        return { context: { body: { ...body, revokeOtherSessions: true } } };
      }
    }),
  },
  session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
  // Applies only to requests through auth.handler (app/api/auth), which is why the sign-in and sign-up
  // forms post there. Per client address (lib/server/client-address.ts: X-Forwarded-For counts only from
  // TRUSTED_PROXIES): a class signing in together shares one school address, hence 30 a minute; guessing
  // one account's password is limited per account and address by accountThrottle below. A request whose
  // address is unknown counts in one shared bucket in production and as 127.0.0.1 in development and tests.
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 30 },
      "/sign-up/email": { window: 60, max: 30 },
    },
  },
  advanced: {
    useSecureCookies: env.NODE_ENV === "production" && env.BRUECKE_INSECURE_COOKIES !== "1",
    // Only the header withClientAddress writes (handleAuthRequest), never one a client could set.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  // Same-origin only: the origin the browser addressed (Host header; `next start` builds request.url as
  // localhost whatever the host), so 127.0.0.1 or a LAN address work too. A cross-site page sends its
  // own Origin, which never equals our host, and is refused.
  trustedOrigins: (request) => (request ? [requestOrigin(request)] : []),
  // nextCookies must stay last.
  plugins: [accountThrottle(db), nextCookies()],
});

/** better-auth's HTTP handler, with the client address of the request worked out first. */
export const handleAuthRequest = (request: Request): Promise<Response> => auth.handler(withClientAddress(request));

export type AuthSession = typeof auth.$Infer.Session;
