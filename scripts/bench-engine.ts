// Engine benchmark: asset load time, heap, lookup latency, and analysis throughput on the seed article
// (once cold, then repeated to ~10,000 words, where per-word memos are warm as on a running server). Prints figures only; nothing here fails a build.
// The warm figure is the median of five runs, by the clock and by the process's CPU time: on a machine shared
// with other work the clock counts the time others held the cores, the CPU time much less so.
// Usage: npx tsx scripts/bench-engine.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analysePassage } from "../lib/german/analyse";
import { nounLemmas, verbLemmas } from "../lib/german/lemmatize";
import { getLexicon } from "../lib/german/lexicon";
import { getTagger } from "../lib/german/tagger/model";
import { wordTokens } from "../lib/german/tokenize";
import { analyseText } from "../lib/passages/analyse-text";
import { importText } from "../lib/passages/import-text";

const SEED = join(process.cwd(), "content/articles/article-2017-01-alibaba-trump.de.txt");
const TARGET_WORDS = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function main(): void {
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const lex = getLexicon();
  const loadMs = performance.now() - t;
  t = performance.now();
  getTagger();
  const taggerMs = performance.now() - t;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const seed = readFileSync(SEED, "utf8");
  const imported = importText(seed);
  const seedWords = imported.paragraphs.flatMap((p) => p.sentences).reduce((n, s) => n + wordTokens(s).length, 0);
  const copies = Math.ceil(TARGET_WORDS / seedWords);
  // The importer caps pasted text at 50,000 characters, so the long passage is built from imported paragraphs.
  const long = { paragraphs: Array.from({ length: copies }, () => imported.paragraphs).flat() };
  const words = seedWords * copies;

  // Cold: first text after loading, nothing parsed or memoised yet (what a server's first request pays).
  t = performance.now();
  analyseText(seed);
  const coldMs = performance.now() - t;
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const cpu = process.cpuUsage();
    t = performance.now();
    analysePassage(long);
    wallMs.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  const analyseMs = median(wallMs);
  const analyseCpuMs = median(cpuMs);

  // Lookup latency: the per-word lemma lookups the analysis makes, on every word form of the seed.
  const forms = wordTokens(seed.replace(/\n/g, " ")).map((tok) => tok.text);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const form of forms) {
      const s = performance.now();
      nounLemmas(lex, form);
      verbLemmas(lex, form.toLowerCase());
      lex.rank(form.toLowerCase());
      times.push((performance.now() - s) * 1000);
    }
  }
  times.sort((a, b) => a - b);

  console.log(`asset load        ${loadMs.toFixed(0)} ms (lexicon), ${taggerMs.toFixed(0)} ms (tagger)`);
  console.log(`heap after load   ${heapMb.toFixed(0)} MB`);
  console.log(
    `analysis, cold    ${seedWords} words in ${coldMs.toFixed(0)} ms = ${Math.round(seedWords / (coldMs / 1000))} words/s (first text after load)`,
  );
  console.log(
    `analysis          ${words} words in ${analyseMs.toFixed(0)} ms = ${Math.round(words / (analyseMs / 1000))} words/s (median of 5)`,
  );
  console.log(
    `analysis, CPU     ${words} words in ${analyseCpuMs.toFixed(0)} ms of CPU = ${Math.round(words / (analyseCpuMs / 1000))} words/s (median of 5)`,
  );
  console.log(
    `lookup            p50 ${percentile(times, 50).toFixed(1)} µs, p99 ${percentile(times, 99).toFixed(1)} µs (${times.length} lookups)`,
  );
}

main();
