// Which language engine analysed a stored passage: a fingerprint of the engine's code (lib/german,
// lib/align, the preparation step) and of its data assets (data/). A passage stored with another
// fingerprint is analysed again (`npm start`, `npm run reanalyse`). Computed from the files, so no one
// has to remember to bump a number; comments change it too, which costs one harmless re-analysis.
// The files are read at run time from the project root, never bundled: hence the turbopackIgnore marks.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const CODE_DIRS = ["lib/german", "lib/align"];
const CODE_FILES = ["lib/passages/prepare.ts", "lib/passages/key-vocabulary-level.ts"];
const DATA_DIR = "data";
// Tests and documentation do not change what the engine produces.
const SKIP = /(?:\.test\.ts|\.md)$|\/golden\//;

function walk(dir: string, out: string[]): void {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return;
  for (const name of readdirSync(/*turbopackIgnore: true*/ dir).sort()) {
    const path = join(/*turbopackIgnore: true*/ dir, name);
    if (statSync(/*turbopackIgnore: true*/ path).isDirectory()) walk(path, out);
    else out.push(path);
  }
}

let memo: { root: string; version: string } | undefined;

/** The engine's fingerprint (16 hex digits), computed once per process from the files under `root`. */
export function engineVersion(root = process.cwd()): string {
  if (memo?.root === root) return memo.version;
  const files: string[] = [];
  for (const dir of [...CODE_DIRS, DATA_DIR]) walk(join(/*turbopackIgnore: true*/ root, dir), files);
  for (const file of CODE_FILES) {
    const path = join(/*turbopackIgnore: true*/ root, file);
    if (existsSync(/*turbopackIgnore: true*/ path)) files.push(path);
  }
  const hash = createHash("sha256");
  for (const file of files) {
    const name = relative(root, file).split("\\").join("/");
    if (SKIP.test(name)) continue;
    hash.update(name).update("\0").update(readFileSync(/*turbopackIgnore: true*/ file)).update("\0");
  }
  const version = hash.digest("hex").slice(0, 16);
  memo = { root, version };
  return version;
}

/** Passages analysed by another engine (or by one that recorded no version). */
export function staleEngine(version: string) {
  // A passage still being imported gets the current version when it completes.
  return {
    status: { not: "IMPORTING" as const },
    OR: [{ engineVersion: null }, { engineVersion: { not: version } }],
  };
}
