import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { readEnv } from "@/lib/env";
import { db } from "./db";

const env = readEnv();
const building = process.env.NEXT_PHASE === "phase-production-build";

if (!env.BETTER_AUTH_SECRET && env.NODE_ENV === "production" && !building) {
  // `npm start` generates one for the embedded default; a deployment must set its own.
  throw new Error("BETTER_AUTH_SECRET must be set (32+ characters) in production.");
}

export const auth = betterAuth({
  database: prismaAdapter(db, { provider: "postgresql" }),
  // `next build` loads this module without serving anything: a placeholder keeps it quiet.
  secret: env.BETTER_AUTH_SECRET ?? (building ? "build-phase-placeholder-never-used-to-sign-anything" : undefined),
  baseURL: env.BETTER_AUTH_URL,
  emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
  user: {
    additionalFields: {
      // Never settable from sign-up input: teachers are made by an admin step or the seed.
      role: { type: "string", required: false, defaultValue: "LEARNER", input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: "database",
    window: 60,
    max: 100,
    customRules: {
      "/sign-in/email": { window: 60, max: 5 },
      "/sign-up/email": { window: 60, max: 5 },
    },
  },
  advanced: {
    useSecureCookies: env.NODE_ENV === "production" && env.BRUECKE_INSECURE_COOKIES !== "1",
    ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
  },
  trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
  plugins: [nextCookies()],
});

export type AuthSession = typeof auth.$Infer.Session;
