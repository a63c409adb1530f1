// GET /api/health's verdict: database reachable, every migration applied, DeepL configured; no secrets.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkHealth } from "@/lib/server/health";
import { logger } from "@/lib/server/logger";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../support/test-db";

const KEY = "deepl-key-that-must-not-leak:fx";

describe(`health check (${testDatabaseKind()})`, () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    vi.spyOn(logger, "error").mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await test?.close();
  });

  it("is ok on a migrated database, and says whether DeepL is configured without showing the key", async () => {
    expect(await checkHealth(test.db, {})).toEqual({
      status: "ok",
      database: "ok",
      migrations: "ok",
      deepl: "not_configured",
    });
    const configured = await checkHealth(test.db, { DEEPL_AUTH_KEY: KEY });
    expect(configured).toMatchObject({ status: "ok", deepl: "configured" });
    expect(JSON.stringify(configured)).not.toContain("deepl-key");
  });

  it("is unavailable while a migration is pending", async () => {
    const [latest] = await test.db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`,
    );
    await test.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, latest!.migration_name);
    expect(await checkHealth(test.db, {})).toEqual({
      status: "unavailable",
      database: "ok",
      migrations: "pending",
      deepl: "not_configured",
    });
  });

  it("is unavailable, quickly, when the database refuses or never answers", async () => {
    const refused = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://u:p@127.0.0.1:1/x" }) });
    expect(await checkHealth(refused, {})).toEqual({
      status: "unavailable",
      database: "unreachable",
      migrations: "unknown",
      deepl: "not_configured",
    });
    // A server that accepts connections and never answers: the check gives up after its timeout.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const hanging = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://u:p@127.0.0.1:${port}/x` }),
    });
    const started = performance.now();
    expect(await checkHealth(hanging, {}, 300)).toMatchObject({ status: "unavailable", database: "unreachable" });
    expect(performance.now() - started).toBeLessThan(3_000);
    // The reason goes to the server log, not to the caller.
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ event: "health_database_unreachable", err: expect.any(Error) }),
      "health: the database is unreachable",
    );
    for (const socket of sockets) socket.destroy();
    silent.close();
    await Promise.all([refused.$disconnect(), hanging.$disconnect()]);
  });
});
