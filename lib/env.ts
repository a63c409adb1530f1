// Environment, validated once with zod. Secrets never leave the server.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  BETTER_AUTH_URL: z.url().optional(),
  DEEPL_AUTH_KEY: z.string().min(1).optional(),
  DEEPL_SERVER_URL: z.url().optional(),
  /** Set by the test runner: keeps auth rate limits and cookies suitable for plain http on localhost. */
  BRUECKE_INSECURE_COOKIES: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
