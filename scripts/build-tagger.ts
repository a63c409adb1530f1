// Builds the tagger's data in data/ud-german/ from Universal Dependencies German treebanks (CC BY-SA):
// the held-out evaluation split (every fifth sentence, never trained on) and the trained weights.
// Usage: npm run build:tagger [-- /dir/with/conllu/files]   (default .cache/ud; see data/ud-german/README.md)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { scoreTagger } from "../lib/german/eval/treebank";
import { getLexicon } from "../lib/german/lexicon";
import { toStored } from "../lib/german/tagger/perceptron";
import { trainOn } from "./tagger/training";
import { readSplit, toConllu } from "./tagger/ud-files";

const outDir = join(process.cwd(), "data/ud-german");

function main(): void {
  const split = readSplit(process.argv[2] ?? join(process.cwd(), ".cache/ud"));
  mkdirSync(outDir, { recursive: true });
  // gzip writes no timestamp: a rebuild from the same files gives the same bytes.
  const heldOut = gzipSync(Buffer.from(toConllu(split.heldOut)), { level: 9 });
  writeFileSync(join(outDir, "heldout.conllu.gz"), heldOut);
  const tokens = (s: typeof split.train) => s.reduce((n, x) => n + x.tokens.length, 0);
  console.log(`train    ${split.train.length} sentences, ${tokens(split.train)} tokens`);
  console.log(`held out ${split.heldOut.length} sentences, ${tokens(split.heldOut)} tokens → heldout.conllu.gz`);

  const lex = getLexicon();
  const t0 = performance.now();
  const model = trainOn(lex, split.train);
  const stored = toStored(model, "UD_German-GSD dev+test, UD_German-PUD test (four fifths of each)");
  const weights = gzipSync(Buffer.from(JSON.stringify(stored)), { level: 9 });
  writeFileSync(join(outDir, "tagger.json.gz"), weights);
  console.log(
    `tagger   ${model.weights.size} features, ${(weights.length / 1024).toFixed(0)} KB, trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const { right, total } = scoreTagger(model, lex, split.heldOut);
  console.log(`held-out UPOS accuracy (words, no punctuation): ${((100 * right) / total).toFixed(2)}% of ${total}`);
}

main();
