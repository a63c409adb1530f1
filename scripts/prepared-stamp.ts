// What an embedded database was last prepared with: a fingerprint of the migrations, the seed and its
// content, the language engine and the demo setting, kept in the data directory after a clean run. When
// nothing of it has changed, `npm start` skips opening the database at all (PGlite's WebAssembly start-up,
// Prisma, the seed's checks: ~5 s of CPU), so a restart serves in about the time Node takes to start.
// Only for the embedded database: a PostgreSQL server can be changed by others between two starts.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { engineVersion } from "../lib/passages/engine-version";

const STAMP_FILE = "bruecke-prepared.json";
/** Everything the seed reads besides the migrations: its code and the content it loads. */
const SEED_INPUTS = ["prisma/seed.ts", "content"];

function filesUnder(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .sort()
    .flatMap((name) => filesUnder(path.join(target, name)));
}

/** The fingerprint of what a run of prepare-db would do on a database prepared by this code. */
export function currentStamp(root = process.cwd(), env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  const migrations = path.join(root, "prisma/migrations");
  hash.update(fs.readdirSync(migrations).sort().join("\n")).update("\0");
  for (const file of SEED_INPUTS.flatMap((input) => filesUnder(path.join(root, input))))
    hash.update(path.relative(root, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  hash.update(`engine ${engineVersion(root)}\0demo ${env.BRUECKE_DEMO === "1"}`);
  return hash.digest("hex").slice(0, 32);
}

export function isPrepared(dataDir: string, stamp: string): boolean {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, STAMP_FILE), "utf8")) as { stamp?: unknown };
    return saved.stamp === stamp;
  } catch {
    return false;
  }
}

/** Written after a run that left nothing to warn about; private like the rest of the directory. */
export function markPrepared(dataDir: string, stamp: string): void {
  fs.writeFileSync(path.join(dataDir, STAMP_FILE), JSON.stringify({ stamp, at: new Date().toISOString() }), {
    mode: 0o600,
  });
}

/** A run that must look at the database again (e.g. it warned about demo accounts) forgets the stamp. */
export function forgetPrepared(dataDir: string): void {
  fs.rmSync(path.join(dataDir, STAMP_FILE), { force: true });
}
