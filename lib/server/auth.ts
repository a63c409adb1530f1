import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { readEnv } from "@/lib/env";
import { checkEmailLength, checkedDisplayName, checkImageLength } from "./account-fields";
import { db } from "./db";
import { accountThrottle } from "./login-throttle";
import { roleForSignUp } from "./role";

const env = readEnv();
const building = process.env.NEXT_PHASE === "phase-production-build";

if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production" && !building) {
  // `npm start` generates one for the embedded default; a deployment must set its own.
  throw new Error("BETTER_AUTH_SECRET must be set (32+ characters) in production.");
}

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  // `next build` loads this module without serving anything: a build-only secret keeps it quiet.
  secret: env.BETTER_AUTH_SECRET ?? (building ? "build-phase-secret-never-used-to-sign-anything" : undefined),
  baseURL: env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
  user: {
    additionalFields: {
      // Never settable from client input; sign-up picks LEARNER or TEACHER in the hook below.
      role: { type: "string", required: false, defaultValue: "LEARNER", input: false },
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
  session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
  // Applies only to requests through auth.handler (app/api/auth), which is why the sign-in and sign-up
  // forms post there. Per client address: a class signing in together shares one school address, hence
  // 30 a minute; guessing one account's password is limited per account by accountThrottle below.
  // With no usable address header (X-Forwarded-For is set by `next start` itself), better-auth falls
  // back to one shared bucket in production and to 127.0.0.1 in development and tests.
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
    ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
  },
  // Same-origin only: the origin the browser addressed (Host header; `next start` builds request.url as
  // localhost whatever the host), so 127.0.0.1 or a LAN address work too. A cross-site page sends its
  // own Origin, which never equals our host, and is refused.
  trustedOrigins: (request) => (request ? [requestOrigin(request)] : []),
  // nextCookies must stay last.
  plugins: [accountThrottle(db, { window: 60, max: 5 }), nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;

function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
