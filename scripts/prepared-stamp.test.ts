import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { currentStamp, forgetPrepared, isPrepared, markPrepared } from "./prepared-stamp";

const roots: string[] = [];

/** A project tree with what the stamp reads: migrations, the seed and its content, the engine's data. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "stamp-"));
  roots.push(root);
  fs.mkdirSync(path.join(root, "prisma/migrations/20260101000000_init"), { recursive: true });
  fs.mkdirSync(path.join(root, "content/articles"), { recursive: true });
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  fs.writeFileSync(path.join(root, "prisma/seed.ts"), "export {}");
  fs.writeFileSync(path.join(root, "content/articles/a.de.txt"), "Ein Text.");
  fs.writeFileSync(path.join(root, "data/lexicon.json"), "{}");
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe("the prepared stamp of an embedded database", () => {
  it("changes with a migration, the seed's content, the engine's data and the demo setting, and only then", () => {
    const root = project();
    const stamp = currentStamp(root, {});
    expect(currentStamp(root, {})).toBe(stamp);
    expect(currentStamp(root, { BRUECKE_DEMO: "1" })).not.toBe(stamp);

    fs.mkdirSync(path.join(root, "prisma/migrations/20260201000000_more"));
    const migrated = currentStamp(root, {});
    expect(migrated).not.toBe(stamp);

    fs.writeFileSync(path.join(root, "content/articles/a.de.txt"), "Ein anderer Text.");
    const reseeded = currentStamp(root, {});
    expect(reseeded).not.toBe(migrated);
  });

  it("is kept private in the data directory, matched exactly, and can be forgotten", () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stamp-data-"));
    roots.push(dataDir);
    expect(isPrepared(dataDir, "abc")).toBe(false);
    markPrepared(dataDir, "abc");
    expect(isPrepared(dataDir, "abc")).toBe(true);
    expect(isPrepared(dataDir, "abd")).toBe(false);
    expect(fs.statSync(path.join(dataDir, "bruecke-prepared.json")).mode & 0o777).toBe(0o600);
    forgetPrepared(dataDir);
    expect(isPrepared(dataDir, "abc")).toBe(false);
  });
});
