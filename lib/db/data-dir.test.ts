import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bruecke-data-dir-"));
  roots.push(root);
  return root;
}

/** Every path under dir (dir included) with its permission bits, e.g. "base/1: 700". */
function modes(dir: string): string[] {
  const out = [`.: ${(fs.statSync(dir).mode & 0o777).toString(8)}`];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out.push(`${path.relative(dir, full)}: ${(fs.statSync(full).mode & 0o777).toString(8)}`);
  }
  return out.sort();
}

describe("lockDataDir", () => {
  it("creates a new data directory readable by its owner only", () => {
    const dataDir = path.join(tempRoot(), "nested", "pglite");
    const release = lockDataDir(dataDir);
    expect(modes(dataDir)).toEqual([".: 700", "bruecke.lock: 600"]);
    expect((fs.statSync(path.dirname(dataDir)).mode & 0o777).toString(8)).toBe("700");
    release();
  });

  it("tightens an existing world-readable directory (0755 / 0644) at start", () => {
    const dataDir = path.join(tempRoot(), "pglite");
    fs.mkdirSync(path.join(dataDir, "base", "1"), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "17", { mode: 0o644 });
    fs.writeFileSync(path.join(dataDir, "base", "1", "1259"), "heap", { mode: 0o666 });
    for (const dir of [dataDir, path.join(dataDir, "base"), path.join(dataDir, "base", "1")]) fs.chmodSync(dir, 0o755);
    const release = lockDataDir(dataDir);
    expect(modes(dataDir)).toEqual([
      ".: 700",
      "PG_VERSION: 600",
      "base/1/1259: 600",
      "base/1: 700",
      "base: 700",
      "bruecke.lock: 600",
    ]);
    release();
    expect(fs.existsSync(path.join(dataDir, "bruecke.lock"))).toBe(false);
  });
});
