// k-fold cross-validation of the engine on the training sentences only (never the held-out split): for each
// fold a tagger is trained on the other folds and the engine is scored on this one. Each fold runs in its
// own process, since the engine loads its tagger once per process. `--misses FILE` writes every word the
// engine got wrong (part of speech or lemma) as tab-separated lines, for error analysis.
// Usage: npx tsx scripts/crossval-engine.ts [--folds 5] [--misses FILE]
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { percent, type Score, scoreTagger, scoreTreebank } from "../lib/german/eval/treebank";
import { getLexicon } from "../lib/german/lexicon";
import { toStored } from "../lib/german/tagger/perceptron";
import { trainOn } from "./tagger/training";
import { readSplit } from "./tagger/ud-files";

interface FoldResult {
  tagger: Score;
  pos: Score;
  lemma: Score;
  contentLemma: Score;
  confusions: [string, number][];
  misses: string[];
}

const argAfter = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

function runFold(fold: number, folds: number): FoldResult {
  const split = readSplit(join(process.cwd(), ".cache/ud"));
  const fit = split.train.filter((_, i) => i % folds !== fold);
  const test = split.train.filter((_, i) => i % folds === fold);
  const lex = getLexicon();
  const model = trainOn(lex, fit);
  const dir = mkdtempSync(join(tmpdir(), "tagger-fold-"));
  writeFileSync(join(dir, "tagger.json.gz"), gzipSync(Buffer.from(JSON.stringify(toStored(model, `fold ${fold}`)))));
  // Read by getTagger() on first use, which comes after this line.
  process.env.BRUECKE_TAGGER_DIR = dir;
  const misses: string[] = [];
  const confusions = new Map<string, number>();
  const s = scoreTreebank(lex, test, ({ gold, engine, posRight, lemmaRight, sentence }) => {
    if (!posRight)
      confusions.set(`${gold.upos}→${engine.pos}`, (confusions.get(`${gold.upos}→${engine.pos}`) ?? 0) + 1);
    if (!posRight || !lemmaRight)
      misses.push(
        [
          gold.form,
          gold.upos,
          engine.pos,
          gold.lemma,
          engine.lemma,
          posRight ? "" : "POS",
          lemmaRight ? "" : "LEMMA",
          sentence.text,
        ].join("\t"),
      );
  });
  return {
    tagger: scoreTagger(model, lex, test),
    pos: s.pos,
    lemma: s.lemma,
    contentLemma: s.contentLemma,
    confusions: [...confusions],
    misses,
  };
}

const add = (a: Score, b: Score): Score => ({ right: a.right + b.right, total: a.total + b.total });

function main(): void {
  const folds = Number(argAfter("--folds") ?? 5);
  const one = argAfter("--fold");
  if (one !== undefined) {
    process.stdout.write(JSON.stringify(runFold(Number(one), folds)));
    return;
  }
  const zero = { right: 0, total: 0 };
  const sum = { tagger: zero, pos: zero, lemma: zero, contentLemma: zero };
  const confusions = new Map<string, number>();
  const misses: string[] = [];
  for (let k = 0; k < folds; k++) {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", process.argv[1] ?? "", "--fold", String(k), "--folds", String(folds)],
      {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      },
    );
    const r = JSON.parse(out) as FoldResult;
    console.log(
      `fold ${k}: tagger ${percent(r.tagger)}, engine part of speech ${percent(r.pos)}, lemma ${percent(r.lemma)}`,
    );
    sum.tagger = add(sum.tagger, r.tagger);
    sum.pos = add(sum.pos, r.pos);
    sum.lemma = add(sum.lemma, r.lemma);
    sum.contentLemma = add(sum.contentLemma, r.contentLemma);
    for (const [key, n] of r.confusions) confusions.set(key, (confusions.get(key) ?? 0) + n);
    misses.push(...r.misses);
  }
  const pct = (s: Score) => `${((100 * s.right) / s.total).toFixed(2)}%`;
  console.log(`${folds}-fold cross-validation on the training sentences`);
  console.log(`  tagger alone:          ${pct(sum.tagger)} of ${sum.tagger.total}`);
  console.log(`  engine part of speech: ${pct(sum.pos)} of ${sum.pos.total}`);
  console.log(`  engine lemma:          ${pct(sum.lemma)}`);
  console.log(`  content-word lemma:    ${pct(sum.contentLemma)} of ${sum.contentLemma.total}`);
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 16);
  console.log(`  confusions: ${top.map(([k, n]) => `${k} ${n}`).join(", ")}`);
  const file = argAfter("--misses");
  if (file) writeFileSync(file, `${misses.join("\n")}\n`);
}

main();
