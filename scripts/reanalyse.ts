// `npm run reanalyse`: analyses stored passages again with the current language engine (only those
// analysed by another engine version; `--all` for every passage). Learners' progress, saved words,
// reviews and teachers' translations are kept (see lib/passages/reanalyse.ts).
import { connect } from "../lib/db/client";
import { databaseConfig, describeDatabase } from "../lib/db/config";
import { DataDirError } from "../lib/db/data-dir";
import { engineVersion } from "../lib/passages/engine-version";
import { reanalysePassage, reanalyseStale } from "../lib/passages/reanalyse";

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--all");
  if (unknown.length) throw new Error(`unknown argument ${unknown[0]}; usage: npm run reanalyse [-- --all]`);
  const config = databaseConfig();
  const { db, close } = await connect(config);
  try {
    const version = engineVersion();
    let count = 0;
    if (args.includes("--all")) {
      const ids = await db.passage.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } });
      for (const { id } of ids) if (await reanalysePassage(db, id, version)) count++;
    } else count = await reanalyseStale(db, { version });
    console.log(`engine ${version}: ${count} passage(s) analysed again in ${describeDatabase(config)}`);
  } finally {
    await close();
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof DataDirError ? `Cannot start: ${error.message}` : `Cannot reanalyse: ${error.message}`,
  );
  process.exit(1);
});
