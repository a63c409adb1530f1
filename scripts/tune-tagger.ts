// Tunes the tagger and the engine's use of it on a development fifth of the training sentences (a tagger
// trained on the other four fifths), never on the held-out split. Prints the tagger's and the engine's
// accuracy there; `--misses` lists every word where the tagger was right and the engine was not, `--all`
// every word the engine got wrong.
// Usage: npx tsx scripts/tune-tagger.ts [--misses] [--epochs N]
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { analyseSentence } from "../lib/german/analyse";
import { percent, posMatches, scoreTagger, scoreTreebank } from "../lib/german/eval/treebank";
import { getLexicon } from "../lib/german/lexicon";
import { tagInput } from "../lib/german/tagger/input";
import { getTagger } from "../lib/german/tagger/model";
import { tagSentence, toStored } from "../lib/german/tagger/perceptron";
import { tokenize } from "../lib/german/tokenize";
import { EPOCHS, trainOn } from "./tagger/training";
import { readSplit } from "./tagger/ud-files";

const DEV_EVERY = 5;

function main(): void {
  const args = process.argv.slice(2);
  const epochsAt = args.indexOf("--epochs");
  const epochs = epochsAt >= 0 ? Number(args[epochsAt + 1]) : EPOCHS;
  const split = readSplit(join(process.cwd(), ".cache/ud"));
  const fit = split.train.filter((_, i) => i % DEV_EVERY !== DEV_EVERY - 1);
  const dev = split.train.filter((_, i) => i % DEV_EVERY === DEV_EVERY - 1);
  const lex = getLexicon();
  const model = trainOn(lex, fit, epochs);
  // The engine loads its tagger from BRUECKE_TAGGER_DIR: point it at the development model.
  const dir = mkdtempSync(join(tmpdir(), "tagger-dev-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "tagger.json.gz"), gzipSync(Buffer.from(JSON.stringify(toStored(model, "dev")))));
  process.env.BRUECKE_TAGGER_DIR = dir;

  const tagger = scoreTagger(model, lex, dev);
  const engine = scoreTreebank(lex, dev);
  console.log(`development fifth: ${dev.length} sentences; trained on ${fit.length}, ${epochs} epochs`);
  console.log(`  tagger alone:          ${((100 * tagger.right) / tagger.total).toFixed(2)}% of ${tagger.total}`);
  console.log(
    `  engine part of speech: ${((100 * engine.pos.right) / engine.pos.total).toFixed(2)}% of ${engine.pos.total}`,
  );
  console.log(`  engine lemma:          ${percent(engine.lemma)}`);
  console.log(`  confusions: ${engine.confusions.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  if (args.includes("--misses") || args.includes("--all")) listMisses(dev, args.includes("--all"));
}

/** Words the engine got wrong (all, or those the tagger on the engine's tokens tagged right). */
function listMisses(dev: ReturnType<typeof readSplit>["train"], all: boolean): void {
  const lex = getLexicon();
  const model = getTagger();
  if (!model) return;
  for (const s of dev) {
    const tokens = tokenize(s.text);
    const words = analyseSentence(tokens, s.text, lex);
    const tagged = tagSentence(
      model,
      tagInput(
        lex,
        tokens.map((t) => t.text),
      ),
    );
    const byStart = new Map(tokens.map((t, i) => [t.start, i]));
    let cursor = 0;
    for (const t of s.tokens) {
      const at = s.text.indexOf(t.form, cursor);
      if (at < 0) continue;
      cursor = at + t.form.length;
      const k = byStart.get(at);
      const w = k === undefined ? undefined : words[k];
      const tag = k === undefined ? undefined : tagged[k];
      if (!w || !tag || ["PUNCT", "SYM", "NUM"].includes(t.upos)) continue;
      if (w.particle !== undefined && w.particle === w.text.toLowerCase()) continue;
      if ((all || tag.tag === t.upos) && !posMatches(w.pos, t.upos, t.form, t.feats, t.xpos))
        console.log(
          `${t.form}\tgold ${t.upos}\tengine ${w.pos}\ttagger ${tag.tag}\tmargin ${tag.margin.toFixed(1)}\t${s.text}`,
        );
    }
  }
}

main();
