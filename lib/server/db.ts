import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { openDatabase } from "@/lib/db/adapter";
import { databaseConfig } from "@/lib/db/config";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client of the app, created on first use. Cached on globalThis because Next evaluates
// modules once per bundle, and the embedded database must be opened exactly once per process.
const globalForDb = globalThis as unknown as { bruckeDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.bruckeDb) {
    // `next build` loads route modules (better-auth reads the client's data model when it is set up)
    // but never queries. Opening the embedded database there would lock the data directory of a
    // running app and leave a cluster behind: give the build a client that never connects.
    const adapter =
      process.env.NEXT_PHASE === "phase-production-build"
        ? new PrismaPg({ connectionString: "postgresql://build-phase@127.0.0.1:1/never-connects" })
        : openDatabase(databaseConfig()).adapter;
    // Prisma's defaults (2 s to get a connection, 5 s to finish) turned a class grading at once on a busy
    // server into "internal" errors while the 10 pooled connections were all in use: a grade that waits a few
    // seconds is better than one lost. Imports and draft saves write in short batches, never one long transaction.
    globalForDb.bruckeDb = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 20_000 } });
  }
  return globalForDb.bruckeDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    // Bundlers and React probe exports (`then`, `$$typeof`, symbols): answer those without a client.
    if (typeof property === "symbol" || property === "then" || property === "$$typeof" || property === "__esModule")
      return undefined;
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
