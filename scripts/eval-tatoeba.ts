// `npm run --silent eval:tatoeba`: the meaning chosen without a translation, measured on 50,002 Tatoeba
// sentence pairs the engine was never tuned on (tests/fixtures/tatoeba). Each German sentence is analysed
// twice, with its English translation and without. A content word is judged where the translation's choice
// is the very English word it was aligned to ("Tom trägt einen Hut" / "Tom is wearing a hat": Hut "hat");
// the meaning without the translation agrees where its first gloss is one of the glosses of that meaning.
// No person annotated these: a disagreement is the engine against itself with more evidence, and synonyms
// in different senses count as disagreements, so the figure is no accuracy. Its worth is breadth (some 80,000
// everyday words) and that nothing was tuned on it. The pairs are split in two halves by their English sentence (scripts/eval/tatoeba.ts):
// `--misses` prints the development half's disagreements, most frequent first; the held-out half reports
// its figure only.
// Usage: npm run --silent eval:tatoeba [-- --misses [N]]
import { readFileSync } from "node:fs";
import { translationChooser } from "../lib/align/translation-chooser";
import { analysePassage } from "../lib/german/analyse";
import type { WordAnalysis } from "../lib/german/types";
import { glossIsAligned, half, parsePairs, type TatoebaPair } from "./eval/tatoeba";

const FILE = "tests/fixtures/tatoeba/deu-eng.tsv";
const CONTENT = new Set(["noun", "verb", "adj", "adv"]);
const BATCH = 200;

interface Judged {
  half: ReturnType<typeof half>;
  agrees: boolean;
  /** Whether the meaning without the translation was chosen from the sentence (a context rule) or is the first sense. */
  byContext: boolean;
  key: string;
  example: string;
}

function judge(pair: TatoebaPair, withT: readonly (WordAnalysis | null)[], without: readonly (WordAnalysis | null)[]) {
  const out: Judged[] = [];
  withT.forEach((w, j) => {
    const alone = without[j];
    const gloss = w?.glosses[0];
    if (!w || !gloss || !w.meaningGlosses || !w.aligned?.length || !CONTENT.has(w.pos)) return;
    if (!alone || alone.lemma !== w.lemma) return;
    if (
      !glossIsAligned(
        gloss,
        w.aligned.map((a) => a.text),
        w.pos === "verb",
      )
    )
      return;
    const agrees = w.glosses.slice(0, w.meaningGlosses).includes(alone.glosses[0] ?? "");
    out.push({
      half: half(pair.en),
      agrees,
      byContext: alone.meaningGlosses !== undefined,
      key: `${w.lemma} (${w.pos}): "${gloss}" with the translation, "${alone.glosses[0]}" without`,
      example: `${pair.de} / ${pair.en}`,
    });
  });
  return out;
}

function main(): void {
  const pairs = parsePairs(readFileSync(FILE, "utf8"));
  const judged: Judged[] = [];
  for (let b = 0; b < pairs.length; b += BATCH) {
    const batch = pairs.slice(b, b + BATCH);
    const passage = {
      paragraphs: batch.map((p) => ({ kind: "body" as const, lang: "de" as const, sentences: [p.de] })),
    };
    const withT = analysePassage(passage, undefined, {
      chooseMeanings: translationChooser(batch.map((p) => [[p.en]])),
    });
    const without = analysePassage(passage);
    batch.forEach((pair, k) => {
      const a = withT.paragraphs[k]?.sentences[0]?.words ?? [];
      const n = without.paragraphs[k]?.sentences[0]?.words ?? [];
      judged.push(...judge(pair, a, n));
    });
  }
  console.log(`Tatoeba, ${pairs.length} pairs: the meaning without a translation agrees with the one chosen with it`);
  for (const name of ["development", "held-out"] as const) {
    const mine = judged.filter((j) => j.half === name);
    const rate = (xs: readonly Judged[]) =>
      `${((100 * xs.filter((x) => x.agrees).length) / Math.max(1, xs.length)).toFixed(1)}% of ${xs.length}`;
    console.log(
      `  ${name.padEnd(12)} ${rate(mine)}   (chosen from the sentence: ${rate(mine.filter((j) => j.byContext))}; first sense: ${rate(mine.filter((j) => !j.byContext))})`,
    );
  }
  const at = process.argv.indexOf("--misses");
  if (at < 0) return;
  const limit = Number(process.argv[at + 1] ?? 60) || 60;
  const misses = new Map<string, { n: number; example: string; byContext: boolean }>();
  for (const j of judged) {
    if (j.half !== "development" || j.agrees) continue;
    const m = misses.get(j.key) ?? { n: 0, example: j.example, byContext: j.byContext };
    m.n++;
    misses.set(j.key, m);
  }
  console.log("\nDevelopment half, disagreements (count, context rule or first sense, example):");
  for (const [key, m] of [...misses].sort((a, b) => b[1].n - a[1].n).slice(0, limit))
    console.log(`  ${String(m.n).padStart(4)} ${m.byContext ? "context" : "first  "} ${key}   ${m.example}`);
}

main();
