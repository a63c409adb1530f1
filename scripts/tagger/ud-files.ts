// The Universal Dependencies German files the tagger is built from, and the fixed split: every fifth
// sentence of each file is held out for evaluation and never trained on. UD_German-LIT is not used: it is
// licensed CC BY-NC-SA (non-commercial), which the app's data must not inherit.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseConllu, type UdSentence } from "../../lib/german/tagger/conllu";

export const UD_FILES = [
  { treebank: "UD_German-GSD", file: "de_gsd-ud-dev.conllu" },
  { treebank: "UD_German-GSD", file: "de_gsd-ud-test.conllu" },
  { treebank: "UD_German-PUD", file: "de_pud-ud-test.conllu" },
] as const;

export const HOLD_OUT_EVERY = 5;

export interface UdSplit {
  train: UdSentence[];
  heldOut: UdSentence[];
}

/** Reads the fetched files from `dir` (default .cache/ud, see data/ud-german/README.md). */
export function readSplit(dir: string): UdSplit {
  const split: UdSplit = { train: [], heldOut: [] };
  for (const { treebank, file } of UD_FILES) {
    const path = join(dir, file);
    if (!existsSync(path))
      throw new Error(`${path} missing: copy ${file} from ${treebank} there (see data/ud-german/README.md)`);
    parseConllu(readFileSync(path, "utf8")).forEach((s, i) => {
      (i % HOLD_OUT_EVERY === HOLD_OUT_EVERY - 1 ? split.heldOut : split.train).push({ ...s, id: `${file}:${s.id}` });
    });
  }
  return split;
}

/** CoNLL-U with surface tokens only (contractions as one token) and the columns the evaluation reads. */
export function toConllu(sentences: readonly UdSentence[]): string {
  return sentences
    .map((s) =>
      [
        `# sent_id = ${s.id}`,
        `# text = ${s.text}`,
        ...s.tokens.map((t, i) =>
          [i + 1, t.form, t.lemma, t.upos, t.xpos ?? "_", t.feats, "_", "_", "_", "_"].join("\t"),
        ),
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}
