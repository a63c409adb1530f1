// A Prisma client on the configured database, for scripts and tests. The app itself uses the
// singleton in lib/server/db.ts.
import { PrismaClient } from "@/lib/generated/prisma/client";
import { openDatabase } from "./adapter";
import type { DatabaseConfig } from "./config";

export async function connect(
  config: DatabaseConfig,
): Promise<{ db: PrismaClient; close(): Promise<void>; adapter: ReturnType<typeof openDatabase>["adapter"] }> {
  const opened = openDatabase(config);
  await opened.ready;
  const db = new PrismaClient({ adapter: opened.adapter });
  return {
    db,
    adapter: opened.adapter,
    close: async () => {
      await db.$disconnect();
      await opened.close();
    },
  };
}
