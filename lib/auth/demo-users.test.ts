import { describe, expect, it } from "vitest";
import { shouldSeedDemoUsers } from "./demo-users";

const embedded = { kind: "pglite", dataDir: "/tmp/x" } as const;
const server = { kind: "postgres", url: "postgresql://db.example/bruecke" } as const;

describe("shouldSeedDemoUsers", () => {
  it("seeds the embedded database by default", () => {
    expect(shouldSeedDemoUsers(embedded, {})).toBe(true);
  });
  it("never seeds a PostgreSQL server unless asked", () => {
    expect(shouldSeedDemoUsers(server, {})).toBe(false);
    expect(shouldSeedDemoUsers(server, { BRUECKE_SEED_DEMO: "yes" })).toBe(false);
    expect(shouldSeedDemoUsers(server, { BRUECKE_SEED_DEMO: "1" })).toBe(true);
  });
  it("can be switched off for the embedded database", () => {
    expect(shouldSeedDemoUsers(embedded, { BRUECKE_SEED_DEMO: "0" })).toBe(false);
  });
});
