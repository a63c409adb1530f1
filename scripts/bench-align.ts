// Alignment benchmark, small enough to run while working on lib/align (the full `npm run bench` times it
// too): the seed article analysed with its translation, once cold and then warm, against the same text
// without one, in CPU time. Prints figures only.
// Usage: npx tsx scripts/bench-align.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PassageTranslations } from "../lib/align/translation-chooser";
import { translationChooser } from "../lib/align/translation-chooser";
import { analysePassage } from "../lib/german/analyse";
import { wordTokens } from "../lib/german/tokenize";
import { importText } from "../lib/passages/import-text";

const SEED = join(process.cwd(), "content/articles/article-2017-01-alibaba-trump");
const ROUNDS = 10;

function main(): void {
  const imported = importText(readFileSync(`${SEED}.de.txt`, "utf8"));
  const english = JSON.parse(readFileSync(`${SEED}.en.json`, "utf8")) as {
    paragraphs: { sentences: string[][] }[];
  };
  // The seed's translation is sentence by sentence for its German paragraphs; other paragraphs get none.
  let next = 0;
  const translations: PassageTranslations = imported.paragraphs.map((p) =>
    p.lang === "de" && p.kind !== "source" ? english.paragraphs[next++]?.sentences : undefined,
  );
  const words = imported.paragraphs.flatMap((p) => p.sentences).reduce((n, s) => n + wordTokens(s).length, 0);
  // CPU time, not wall time: on a shared machine the wall clock counts other processes' turns.
  const time = (withTranslation: boolean) => {
    const t = process.cpuUsage();
    analysePassage(imported, undefined, withTranslation ? { chooseMeanings: translationChooser(translations) } : {});
    const { user, system } = process.cpuUsage(t);
    return (user + system) / 1000;
  };
  const cold = time(true);
  const warm = (withTranslation: boolean) => Math.min(...Array.from({ length: ROUNDS }, () => time(withTranslation)));
  const plain = warm(false);
  const aligned = warm(true);
  const rate = (ms: number) => Math.round((words / ms) * 1000).toLocaleString("en");
  console.log(`seed article: ${words} words`);
  console.log(`  with its translation, cold: ${cold.toFixed(0)} ms`);
  console.log(
    `  warm, best of ${ROUNDS}: ${aligned.toFixed(1)} ms with the translation (${rate(aligned)} words/s), ${plain.toFixed(1)} ms without (${rate(plain)} words/s)`,
  );
  console.log(`  alignment's share: ${(aligned - plain).toFixed(1)} ms`);
}

main();
