// Builds the tagger's data in data/ud-german/ from Universal Dependencies German treebanks (CC BY-SA 4.0):
// the held-out evaluation split (every fifth sentence, never trained on) and the trained weights.
// Usage: npm run build:tagger [-- /dir/with/conllu/files]   (default .cache/ud; see data/ud-german/README.md)
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
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
}

main();
