// Import half of `npm run bench`: a 10,000-word German text from paste to analysed draft, in-process,
// on the database DATABASE_URL names (no DeepL). Times the importer (importText), the engine
// (preparePassage: tokens, analysis, key vocabulary, difficulty) and the store (createPassage) apart.
// The importer accepts at most MAX_IMPORT_CHARS per paste, less than 10,000 words, so the text is imported
// in pastes of at most that size and stored as one passage; the largest single paste is timed too.
// Usage: DATABASE_URL=… tsx scripts/bench/import.ts --out .tmp/bench/import-pglite.json
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { connect } from "../../lib/db/client";
import { databaseConfig } from "../../lib/db/config";
import { wordTokens } from "../../lib/german/tokenize";
import { type ImportedPassage, importText, MAX_IMPORT_CHARS } from "../../lib/passages/import-text";
import { preparePassage } from "../../lib/passages/prepare";
import { createPassage } from "../../lib/passages/store";
import { median } from "./stats";

const { values: args } = parseArgs({ options: { out: { type: "string" }, runs: { type: "string" } } });
const TARGET_WORDS = 10_000;
const RUNS = Number(args.runs ?? 3);

/** The seed article and the second test text, alternating, in paragraphs, until 10,000 words. */
function longText(): { pastes: string[]; words: number; chars: number } {
  const sources = ["content/articles/article-2017-01-alibaba-trump.de.txt", "tests/fixtures/second-text.de.txt"].map(
    (file) =>
      readFileSync(file, "utf8")
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.split(/\s+/).length > 8),
  );
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const source = sources[i % 2]!;
    const paragraph = source[Math.floor(i / 2) % source.length]!;
    paragraphs.push(paragraph);
    words += wordTokens(paragraph).length;
  }
  const pastes: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length + 2 > MAX_IMPORT_CHARS) {
      pastes.push(current);
      current = "";
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  pastes.push(current);
  return { pastes, words, chars: paragraphs.join("\n\n").length };
}

function time<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function main() {
  const { db, close } = await connect(databaseConfig());
  const text = longText();
  try {
    preparePassage(importText(text.pastes[0]!.slice(0, 5_000))); // lexicon load and JIT warm-up, not timed here (the engine bench times the load)
    const runs: { importMs: number; prepareMs: number; storeMs: number; totalMs: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const [imported, importMs] = time(
        (): ImportedPassage => ({ paragraphs: text.pastes.flatMap((paste) => importText(paste).paragraphs) }),
      );
      const [prepared, prepareMs] = time(() => preparePassage(imported));
      const started = performance.now();
      const { id } = await createPassage(db, { title: `Bench import ${run}`, status: "DRAFT", ...prepared });
      const storeMs = performance.now() - started;
      runs.push({ importMs, prepareMs, storeMs, totalMs: importMs + prepareMs + storeMs });
      await db.passage.delete({ where: { id } });
    }
    const largest = Math.max(...text.pastes.map((paste) => paste.length));
    const oneWords = wordTokens(text.pastes[0]!).length;
    const [, onePasteMs] = time(() => preparePassage(importText(text.pastes[0]!)));
    const result = {
      words: text.words,
      chars: text.chars,
      pastes: text.pastes.length,
      maxPasteChars: MAX_IMPORT_CHARS,
      largestPasteChars: largest,
      onePaste: { words: oneWords, analyseMs: onePasteMs },
      importMs: median(runs.map((r) => r.importMs)),
      prepareMs: median(runs.map((r) => r.prepareMs)),
      storeMs: median(runs.map((r) => r.storeMs)),
      totalMs: median(runs.map((r) => r.totalMs)),
      runs,
    };
    writeFileSync(args.out!, JSON.stringify(result, null, 2));
  } finally {
    await close();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
