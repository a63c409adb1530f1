// `npm start`'s database step, run as a newcomer would: twice on one data directory, then on a
// directory that another process holds, then on one it cannot read.
// The data directory holds password hashes and session tokens: it must be private to its owner.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKind } from "../support/test-db";

const run = promisify(execFile);
// Each test starts real processes (PGlite, and the schema engine on a new directory): a busy 2-core CI
// machine can take a minute where an idle one takes seconds, so these limits fit the slowest machine.
const PROCESS_TEST_TIMEOUT = 300_000;
const dirs: string[] = [];

function prepare(dataDir: string, env: Record<string, string> = {}) {
  return run(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/prepare-db.ts"], {
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}`, BRUECKE_TEST_PG_URL: "", BRUECKE_DEMO: "", ...env },
    timeout: PROCESS_TEST_TIMEOUT,
  });
}

function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bruecke-prepare-"));
  dirs.push(dir);
  return path.join(dir, "db");
}

/** Permission bits of every directory and file under dir (dir included), counted: e.g. { "700 d": 28 }. */
function modes(dir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (target: string, kind: string) => {
    const key = `${(fs.statSync(target).mode & 0o777).toString(8)} ${kind}`;
    counts[key] = (counts[key] ?? 0) + 1;
  };
  add(dir, "d");
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    add(path.join(entry.parentPath, entry.name), entry.isDirectory() ? "d" : "f");
  return counts;
}

function loosen(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    fs.chmodSync(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(testDatabaseKind() !== "pglite")("scripts/prepare-db on the embedded database", () => {
  // One fresh directory is prepared from nothing (migrations and the article's analysis: the slow part);
  // the tests that start from a prepared database take a copy of it, as it was right after that run.
  let prepared = "";
  let pristine = "";
  let first: { stdout: string };
  beforeAll(async () => {
    prepared = tempDir();
    first = await prepare(prepared);
    pristine = tempDir();
    fs.cpSync(prepared, pristine, { recursive: true });
  }, PROCESS_TEST_TIMEOUT);
  const preparedCopy = () => {
    const dataDir = tempDir();
    fs.cpSync(pristine, dataDir, { recursive: true });
    return dataDir;
  };

  it("migrates and loads the article once, then keeps everything on the second run", {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const dataDir = prepared;
    expect(first.stdout).toMatch(/applied \d+_init/);
    expect(first.stdout).toMatch(/article 2017-01-alibaba-trump loaded/);
    expect(first.stdout).toContain("seed: no demo accounts; `BRUECKE_DEMO=1 npm start` creates");
    expect(first.stdout).not.toMatch(/demo user .* created/);
    expect(Object.keys(modes(dataDir)).sort()).toEqual(["600 f", "700 d"]);
    // A directory left world-readable by an older version is made private at the next start.
    loosen(dataDir);
    expect(Object.keys(modes(dataDir)).sort()).toEqual(["644 f", "755 d"]);
    const second = await prepare(dataDir);
    expect(Object.keys(modes(dataDir)).sort()).toEqual(["600 f", "700 d"]);
    // Prepared by this very code: the database is not even opened (a restart is quick).
    expect(second.stdout).toMatch(/was prepared by this version: nothing to do/);
    expect(fs.existsSync(path.join(dataDir, "bruecke.lock"))).toBe(false);
    // A stamp that does not match (another version of the code) opens it again: everything is kept.
    fs.writeFileSync(path.join(dataDir, "bruecke-prepared.json"), JSON.stringify({ stamp: "older" }));
    const third = await prepare(dataDir);
    expect(third.stdout).toMatch(/is up to date/);
    expect(third.stdout).toMatch(/already loaded/);
    // The article was analysed by this engine: the check for stale passages finds nothing to do.
    expect(third.stdout).not.toMatch(/analysed again/);
  });

  it("creates the demo accounts with BRUECKE_DEMO=1, once", { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    // A database prepared without them: asking for them later opens it again and adds them.
    const dataDir = preparedCopy();
    const demo = await prepare(dataDir, { BRUECKE_DEMO: "1" });
    expect(demo.stdout).toMatch(/demo user learner@bruecke.test created \(learner, password learner-demo-pass\)/);
    expect(demo.stdout).toMatch(/demo user teacher@bruecke.test created \(teacher, password teacher-demo-pass\)/);
    const second = await prepare(dataDir, { BRUECKE_DEMO: "1" });
    expect(second.stdout).toMatch(/nothing to do/);
    // Without BRUECKE_DEMO the database is looked at again, and the warning comes at every start.
    for (let start = 0; start < 2; start++) {
      const without = await prepare(dataDir);
      expect(without.stdout).toMatch(/WARNING: demo account learner@bruecke.test exists/);
    }
  });

  it("refuses a data directory another live process holds, with a clear message", {
    timeout: PROCESS_TEST_TIMEOUT,
  }, async () => {
    const dataDir = tempDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "bruecke.lock"), String(process.pid));
    const failure = await prepare(dataDir).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`in use by another Brücke process (pid ${process.pid})`);
    expect(failure?.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("takes over a lock left by a process that died", { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const dataDir = preparedCopy();
    fs.writeFileSync(path.join(dataDir, "bruecke.lock"), "999999999");
    // Another version's stamp, so the database is opened (and locked) again, not only checked.
    fs.writeFileSync(path.join(dataDir, "bruecke-prepared.json"), JSON.stringify({ stamp: "older" }));
    const { stdout } = await prepare(dataDir);
    expect(stdout).toMatch(/is up to date/);
    expect(stdout).toMatch(/already loaded/);
    expect(fs.existsSync(path.join(dataDir, "bruecke.lock"))).toBe(false);
  });

  it("explains a data directory it cannot use", { timeout: PROCESS_TEST_TIMEOUT }, async () => {
    const dataDir = tempDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(dataDir, "not a directory");
    const failure = await prepare(dataDir).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Cannot start: The data directory .* cannot be read or written/);
  });
});
