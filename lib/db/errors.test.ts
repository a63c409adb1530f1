import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "./errors";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "7", meta });

describe("isDatabaseUnavailable", () => {
  it("knows Prisma's connection codes and initialisation failures", () => {
    expect(isDatabaseUnavailable(known("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(known("P1017"))).toBe(true);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("no server", "7"))).toBe(true);
  });

  it("reads the driver adapter's cause and PostgreSQL's shutdown states", () => {
    expect(isDatabaseUnavailable(known("P2010", { driverAdapterError: { cause: { kind: "ConnectionClosed" } } }))).toBe(
      true,
    );
    expect(
      isDatabaseUnavailable(known("P2010", { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
  });

  it("looks through causes (better-auth wraps the database's error)", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnavailable(new Error("Failed to get session", { cause: refused }))).toBe(true);
    const dropped = new Prisma.PrismaClientUnknownRequestError("query failed", { clientVersion: "7" });
    expect(
      isDatabaseUnavailable(Object.assign(dropped, { cause: new Error("Connection terminated unexpectedly") })),
    ).toBe(true);
  });

  it("does not call a bug or a constraint an outage, whatever its message says", () => {
    expect(isDatabaseUnavailable(known("P2002"))).toBe(false); // unique constraint
    expect(isDatabaseUnavailable(new Error("connection string is invalid"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
  });
});
