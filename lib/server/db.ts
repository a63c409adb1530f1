import "server-only";
import { openDatabase } from "@/lib/db/adapter";
import { databaseConfig } from "@/lib/db/config";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The one Prisma client of the app, opened on first use (not at import: `next build` imports this
// module and must not open the embedded database). Cached on globalThis because Next evaluates
// modules once per bundle, and the embedded database must be opened exactly once per process.
const globalForDb = globalThis as unknown as { bruckeDb?: PrismaClient };

function client(): PrismaClient {
  if (!globalForDb.bruckeDb) {
    const { adapter } = openDatabase(databaseConfig());
    globalForDb.bruckeDb = new PrismaClient({ adapter });
  }
  return globalForDb.bruckeDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    // Bundlers and React probe exports (`then`, `$$typeof`, symbols): answer those without opening the database.
    if (typeof property === "symbol" || property === "then" || property === "$$typeof" || property === "__esModule") return undefined;
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
