// Prisma's schema engine splits a migration into statements for PostgreSQL at each semicolon and quote,
// comments included (PGlite runs the file whole, so only the PostgreSQL tests would notice): a comment
// with ";" or "'" breaks `migrate` on a real server.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");

describe("migration files", () => {
  it("have no semicolon or quote in a comment", () => {
    const bad = fs
      .readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => {
        const file = path.join(MIGRATIONS, entry.name, "migration.sql");
        return fs
          .readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, i) => (/--.*[;']/.test(line) ? [`${entry.name}:${i + 1}: ${line.trim()}`] : []));
      });
    expect(bad).toEqual([]);
  });
});
