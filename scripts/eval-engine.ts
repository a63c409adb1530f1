// The engine's own evaluation, separate from the golden tests: held-out treebank sentences (never trained
// or tuned on) for part of speech and lemma, and texts written and annotated by hand for this evaluation
// (scripts/eval/texts.ts). Usage: npm run --silent eval:engine
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { percent, scoreTagger, scoreTreebank } from "../lib/german/eval/treebank";
import { getLexicon } from "../lib/german/lexicon";
import { parseConllu } from "../lib/german/tagger/conllu";
import { getTagger } from "../lib/german/tagger/model";
import { scoreAnnotated } from "./eval/annotated";
import { EVAL_TEXTS } from "./eval/texts";

const HELD_OUT = join(process.cwd(), "data/ud-german/heldout.conllu.gz");

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

  const a = scoreAnnotated(lex);
  const row = (label: string, s: { right: number; total: number }, target: string) =>
    console.log(`  ${label.padEnd(34)} ${percent(s).padStart(6)} of ${String(s.total).padStart(3)}   target ${target}`);
  console.log(`\nHand-annotated texts (${EVAL_TEXTS.map((t) => t.genre).join(", ")}; ${a.lemma.total} content words)`);
  row("lemma", a.lemma, "≥ 98%");
  row("part of speech", a.pos, "≥ 97%");
  row("noun gender", a.gender, "≥ 98%");
  row("compounds split right / left whole", a.compounds, "≥ 98%");
  row("separable verbs and zu-infinitives", a.separable, "≥ 98%");
  row("names", a.names, "≥ 90%");
  if (process.argv.includes("--misses")) for (const m of a.misses) console.log(`  miss: ${m}`);
}

main();
