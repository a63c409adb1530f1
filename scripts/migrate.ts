// `npm run db:migrate` applies pending migrations; `npm run db:migrate -- --create <name>` writes a new one
// from the schema's changes (run against a scratch PGlite directory so nothing real is touched).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../lib/db/adapter";
import { databaseConfig, describeDatabase } from "../lib/db/config";
import { applyMigrations, createMigration } from "../lib/db/migrations";

async function main() {
  const createIndex = process.argv.indexOf("--create");
  if (createIndex !== -1) {
    const name = process.argv[createIndex + 1];
    if (!name) throw new Error("usage: npm run db:migrate -- --create <name>");
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "bruecke-migrate-"));
    const db = openDatabase({ kind: "pglite", dataDir: scratch });
    try {
      const created = await createMigration(db.adapter, name);
      console.log(created ? `created prisma/migrations/${created}` : "schema unchanged: no migration created");
    } finally {
      await db.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    return;
  }
  const config = databaseConfig();
  const db = openDatabase(config);
  try {
    const applied = await applyMigrations(db.adapter);
    console.log(
      applied.length
        ? `applied ${applied.join(", ")} to ${describeDatabase(config)}`
        : `${describeDatabase(config)} is up to date`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(`migrate: ${error.message}`);
  process.exit(1);
});
