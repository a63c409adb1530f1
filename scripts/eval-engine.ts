// The engine's own evaluation, separate from the golden tests: held-out treebank sentences (never trained
// or tuned on) for part of speech and lemma, and texts written and annotated by hand for this evaluation
// (scripts/eval/texts.ts, the development set the engine has been tuned on, and names-texts.ts and
// names-texts-2.ts, names-texts-3.ts, names-texts-4.ts, names-texts-5.ts, names-texts-6.ts, names-texts-7.ts, names-texts-8.ts, names-texts-9.ts, names-texts-10.ts, names-texts-11.ts, names-texts-12.ts, names-texts-13.ts, names-texts-14.ts and names-texts-15.ts, fifteen for names; separable-texts.ts for separable verbs;
// lemma-texts.ts, rare words for lemma and part of speech; lemma-texts-2.ts, lemma-texts-3.ts, lemma-texts-4.ts, lemma-texts-5.ts, lemma-texts-6.ts, lemma-texts-7.ts, lemma-texts-8.ts, lemma-texts-9.ts and lemma-texts-10.ts, the same in new genres; compound-texts.ts, compounds, gender and separable verbs in new genres; adjective-texts.ts, adjectives and adverbs; held-out-texts.ts, never tuned on but read over several sessions;
// held-out-texts-2.ts, held-out-texts-5.ts, held-out-texts-7.ts, held-out-texts-8.ts, held-out-texts-9.ts, held-out-texts-10.ts, held-out-texts-11.ts and held-out-texts-12.ts, written later and annotated before any run; held-out-texts-3.ts,
// held-out-texts-4.ts and held-out-texts-6.ts, written the same way but tuned on from 2026-12-04, so development sets since).
// Usage: npm run --silent eval:engine [-- --misses]; misses are printed only for the sets tuned on, never for a
// held-out set (its totals only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { percent, type Score, scoreTagger, scoreTreebank } from "../lib/german/eval/treebank";
import { getLexicon } from "../lib/german/lexicon";
import { parseConllu } from "../lib/german/tagger/conllu";
import { getTagger } from "../lib/german/tagger/model";
import { ADJECTIVE_DEVELOPMENT_TEXTS } from "./eval/adjective-texts";
import { type AnnotatedScores, scoreAnnotated } from "./eval/annotated";
import { COMPOUND_DEVELOPMENT_TEXTS } from "./eval/compound-texts";
import { HELD_OUT_TEXTS } from "./eval/held-out-texts";
import { HELD_OUT_TEXTS_2 } from "./eval/held-out-texts-2";
import { HELD_OUT_TEXTS_3 } from "./eval/held-out-texts-3";
import { HELD_OUT_TEXTS_4 } from "./eval/held-out-texts-4";
import { HELD_OUT_TEXTS_5 } from "./eval/held-out-texts-5";
import { HELD_OUT_TEXTS_6 } from "./eval/held-out-texts-6";
import { HELD_OUT_TEXTS_7 } from "./eval/held-out-texts-7";
import { HELD_OUT_TEXTS_8 } from "./eval/held-out-texts-8";
import { HELD_OUT_TEXTS_9 } from "./eval/held-out-texts-9";
import { HELD_OUT_TEXTS_10 } from "./eval/held-out-texts-10";
import { HELD_OUT_TEXTS_11 } from "./eval/held-out-texts-11";
import { HELD_OUT_TEXTS_12 } from "./eval/held-out-texts-12";
import { LEMMA_DEVELOPMENT_TEXTS } from "./eval/lemma-texts";
import { LEMMA_DEVELOPMENT_TEXTS_2 } from "./eval/lemma-texts-2";
import { LEMMA_DEVELOPMENT_TEXTS_3 } from "./eval/lemma-texts-3";
import { LEMMA_DEVELOPMENT_TEXTS_4 } from "./eval/lemma-texts-4";
import { LEMMA_DEVELOPMENT_TEXTS_5 } from "./eval/lemma-texts-5";
import { LEMMA_DEVELOPMENT_TEXTS_6 } from "./eval/lemma-texts-6";
import { LEMMA_DEVELOPMENT_TEXTS_7 } from "./eval/lemma-texts-7";
import { LEMMA_DEVELOPMENT_TEXTS_8 } from "./eval/lemma-texts-8";
import { LEMMA_DEVELOPMENT_TEXTS_9 } from "./eval/lemma-texts-9";
import { LEMMA_DEVELOPMENT_TEXTS_10 } from "./eval/lemma-texts-10";
import { NAMES_DEVELOPMENT_TEXTS } from "./eval/names-texts";
import { NAMES_DEVELOPMENT_TEXTS_2 } from "./eval/names-texts-2";
import { NAMES_DEVELOPMENT_TEXTS_3 } from "./eval/names-texts-3";
import { NAMES_DEVELOPMENT_TEXTS_4 } from "./eval/names-texts-4";
import { NAMES_DEVELOPMENT_TEXTS_5 } from "./eval/names-texts-5";
import { NAMES_DEVELOPMENT_TEXTS_6 } from "./eval/names-texts-6";
import { NAMES_DEVELOPMENT_TEXTS_7 } from "./eval/names-texts-7";
import { NAMES_DEVELOPMENT_TEXTS_8 } from "./eval/names-texts-8";
import { NAMES_DEVELOPMENT_TEXTS_9 } from "./eval/names-texts-9";
import { NAMES_DEVELOPMENT_TEXTS_10 } from "./eval/names-texts-10";
import { NAMES_DEVELOPMENT_TEXTS_11 } from "./eval/names-texts-11";
import { NAMES_DEVELOPMENT_TEXTS_12 } from "./eval/names-texts-12";
import { NAMES_DEVELOPMENT_TEXTS_13 } from "./eval/names-texts-13";
import { NAMES_DEVELOPMENT_TEXTS_14 } from "./eval/names-texts-14";
import { NAMES_DEVELOPMENT_TEXTS_15 } from "./eval/names-texts-15";
import { SEPARABLE_DEVELOPMENT_TEXTS } from "./eval/separable-texts";
import { DEVELOPMENT_TEXTS, type EvalText } from "./eval/texts";

const HELD_OUT = join(process.cwd(), "data/ud-german/heldout.conllu.gz");

const row = (label: string, s: Score, target: string) =>
  console.log(`  ${label.padEnd(34)} ${percent(s).padStart(6)} of ${String(s.total).padStart(3)}   target ${target}`);

function annotated(
  title: string,
  a: AnnotatedScores,
  texts: readonly EvalText[],
  showMisses: boolean,
  heldOut = false,
): void {
  console.log(`\n${title}: ${texts.map((t) => t.genre).join(", ")}; ${a.lemma.total} content words`);
  row("lemma", a.lemma, "≥ 98%");
  row("part of speech", a.pos, "≥ 97%");
  row("noun gender", a.gender, "≥ 98%");
  row("compounds split right / left whole", a.compounds, "≥ 98%");
  row("separable verbs and zu-infinitives", a.separable, "≥ 98%");
  row("names", a.names, "≥ 90%");
  if (showMisses && !heldOut) for (const m of a.misses) console.log(`  miss: ${m}`);
}

function main(): void {
  const lex = getLexicon();
  const sentences = parseConllu(gunzipSync(readFileSync(HELD_OUT)).toString("utf8"));
  const model = getTagger();
  if (model) {
    const tagger = scoreTagger(model, lex, sentences);
    console.log(`Held-out treebank (UD German GSD + PUD, ${sentences.length} sentences never trained on)`);
    console.log(`  tagger alone, 17 universal tags:  ${percent(tagger)} of ${tagger.total} words`);
  }
  const scores = scoreTreebank(lex, sentences);
  console.log(`  engine part of speech:             ${percent(scores.pos)} of ${scores.pos.total} words`);
  console.log(`  engine lemma, all words:           ${percent(scores.lemma)}`);
  console.log(`  engine lemma, content words:       ${percent(scores.contentLemma)} of ${scores.contentLemma.total}`);
  console.log(`  tokenised differently (left out):  ${scores.unaligned}`);
  console.log(`  most frequent confusions: ${scores.confusions.map(([k, n]) => `${k} ${n}`).join(", ")}`);

  const showMisses = process.argv.includes("--misses");
  // Each set's title, its texts and whether it is held out (its misses are never printed).
  const sets: [string, readonly EvalText[], boolean][] = [
    ["Development texts (tuned on their misses)", DEVELOPMENT_TEXTS, false],
    ["Development texts for names (tuned on their misses)", NAMES_DEVELOPMENT_TEXTS, false],
    ["Development texts for names 2", NAMES_DEVELOPMENT_TEXTS_2, false],
    ["Development texts for names 3", NAMES_DEVELOPMENT_TEXTS_3, false],
    ["Development texts for names 4", NAMES_DEVELOPMENT_TEXTS_4, false],
    ["Development texts for names 5", NAMES_DEVELOPMENT_TEXTS_5, false],
    ["Development texts for names 6", NAMES_DEVELOPMENT_TEXTS_6, false],
    ["Development texts for names 7 (2026-12-07)", NAMES_DEVELOPMENT_TEXTS_7, false],
    ["Development texts for names 8 (2026-12-07, 03:50)", NAMES_DEVELOPMENT_TEXTS_8, false],
    ["Development texts for names 9 (2026-12-07, 06:20)", NAMES_DEVELOPMENT_TEXTS_9, false],
    ["Development texts for names 10 (2026-12-07, 12:20)", NAMES_DEVELOPMENT_TEXTS_10, false],
    ["Development texts for names 11 (2026-12-07, 14:40)", NAMES_DEVELOPMENT_TEXTS_11, false],
    ["Development texts for names 12 (2026-12-07, 17:40)", NAMES_DEVELOPMENT_TEXTS_12, false],
    ["Development texts for names 13 (2026-12-07, 20:30)", NAMES_DEVELOPMENT_TEXTS_13, false],
    ["Development texts for names 14 (2026-12-07, 23:10)", NAMES_DEVELOPMENT_TEXTS_14, false],
    ["Development texts for names 15 (2026-12-08, 01:45)", NAMES_DEVELOPMENT_TEXTS_15, false],
    ["Development texts for separable verbs", SEPARABLE_DEVELOPMENT_TEXTS, false],
    ["Development texts for lemmas (rare words)", LEMMA_DEVELOPMENT_TEXTS, false],
    ["Development texts for adjectives and adverbs", ADJECTIVE_DEVELOPMENT_TEXTS, false],
    ["Development texts for lemmas 2 (new genres)", LEMMA_DEVELOPMENT_TEXTS_2, false],
    ["Development texts for lemmas 3 (new genres)", LEMMA_DEVELOPMENT_TEXTS_3, false],
    ["Development texts for lemmas 4 (new genres, 2026-12-07)", LEMMA_DEVELOPMENT_TEXTS_4, false],
    ["Development texts for lemmas 5 (new genres, 2026-12-07, 12:20)", LEMMA_DEVELOPMENT_TEXTS_5, false],
    ["Development texts for lemmas 6 (new genres, 2026-12-07, 14:38)", LEMMA_DEVELOPMENT_TEXTS_6, false],
    ["Development texts for lemmas 7 (new genres, 2026-12-07, 17:35)", LEMMA_DEVELOPMENT_TEXTS_7, false],
    ["Development texts for lemmas 8 (new genres, 2026-12-07, 20:30)", LEMMA_DEVELOPMENT_TEXTS_8, false],
    ["Development texts for lemmas 9 (new genres, 2026-12-07, 23:00)", LEMMA_DEVELOPMENT_TEXTS_9, false],
    ["Development texts for lemmas 10 (new genres, 2026-12-08, 01:45)", LEMMA_DEVELOPMENT_TEXTS_10, false],
    ["Development texts for compounds and separable verbs (2026-12-07)", COMPOUND_DEVELOPMENT_TEXTS, false],
    ["Held-out texts (never tuned on)", HELD_OUT_TEXTS, true],
    ["Held-out texts 2 (annotated before any run)", HELD_OUT_TEXTS_2, true],
    ["Texts 3, held out until 2026-12-04 (tuned on since)", HELD_OUT_TEXTS_3, false],
    ["Texts 4, held out until 2026-12-04 (tuned on since)", HELD_OUT_TEXTS_4, false],
    ["Held-out texts 5 (annotated before any run)", HELD_OUT_TEXTS_5, true],
    ["Texts 6, held out until 2026-12-04 18:10 UTC (tuned on since)", HELD_OUT_TEXTS_6, false],
    ["Held-out texts 7 (annotated before any run)", HELD_OUT_TEXTS_7, true],
    ["Held-out texts 8 (annotated before any run)", HELD_OUT_TEXTS_8, true],
    ["Held-out texts 9 (annotated before any run)", HELD_OUT_TEXTS_9, true],
    ["Held-out texts 10 (annotated before any run)", HELD_OUT_TEXTS_10, true],
    [
      "Held-out texts 11 (annotated before any run): tram diversion, chess report, climbing gym rules, radio traffic, dog school, beekeeping, hairdresser, puzzle club, museum night",
      HELD_OUT_TEXTS_11,
      true,
    ],
    [
      "Held-out texts 12 (annotated before any run): sailing club, municipal budget, children's library, road closure, chimney sweep, blood donation, church choir, Christmas market",
      HELD_OUT_TEXTS_12,
      true,
    ],
  ];
  for (const [title, texts, heldOut] of sets) annotated(title, scoreAnnotated(lex, texts), texts, showMisses, heldOut);
}

main();
