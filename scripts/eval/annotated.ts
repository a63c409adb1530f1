// Scores the engine on hand-annotated evaluation texts (texts.ts, held-out-texts.ts, held-out-texts-2.ts, -3.ts, -4.ts, -5.ts, -6.ts, -7.ts, -8.ts, -9.ts, -10.ts, -11.ts, -12.ts):
// lemma, part of speech, noun gender, compound splits, separable verbs / zu-infinitives, names.

import type { Score } from "../../lib/german/eval/treebank";
import type { Lexicon } from "../../lib/german/lexicon";
import type { WordAnalysis } from "../../lib/german/types";
import { analyseText } from "../../lib/passages/analyse-text";
import type { EvalText } from "./texts";

export interface AnnotatedScores {
  lemma: Score;
  pos: Score;
  gender: Score;
  compounds: Score;
  separable: Score;
  names: Score;
  misses: string[];
}

const score = (): Score => ({ right: 0, total: 0 });

function count(s: Score, right: boolean): boolean {
  s.total++;
  if (right) s.right++;
  return right;
}

function partsMatch(w: WordAnalysis, expected: string): boolean {
  if (expected === "-") return !w.parts || w.parts.length < 2;
  const want = expected.split("+").map((p) => p.toLowerCase());
  const got = w.parts ?? [];
  return (
    got.length === want.length &&
    got.every((p, k) => p.lemma.toLowerCase() === want[k] || p.text.toLowerCase() === want[k])
  );
}

export function scoreAnnotated(lex: Lexicon, texts: readonly EvalText[]): AnnotatedScores {
  const out: AnnotatedScores = {
    lemma: score(),
    pos: score(),
    gender: score(),
    compounds: score(),
    separable: score(),
    names: score(),
    misses: [],
  };
  for (const t of texts) {
    const words = analyseText(t.text, lex).paragraphs.flatMap((p) =>
      p.sentences.flatMap((s) => s.words.filter((w): w is WordAnalysis => w !== null)),
    );
    let cursor = 0;
    for (const line of t.words) {
      const [text = "", lemma = "", pos = "", gender = "-", parts = "?", sep = ""] = line.split(" | ");
      const at = words.findIndex((w, k) => k >= cursor && w.text === text);
      const w = words[at];
      if (!w) {
        out.misses.push(`${t.genre}: "${text}" not found as a word`);
        continue;
      }
      cursor = at + 1;
      const miss = (what: string, got: string) => out.misses.push(`${t.genre}: ${text} ${what} ${got} (want ${line})`);
      if (!count(out.lemma, w.lemma === lemma)) miss("lemma", w.lemma);
      if (!count(out.pos, w.pos === pos)) miss("pos", w.pos);
      if (pos === "noun" && gender !== "-" && !count(out.gender, w.gender === gender))
        miss("gender", w.gender ?? "none");
      if (pos === "noun" && parts !== "?" && !count(out.compounds, partsMatch(w, parts)))
        miss("parts", (w.parts ?? []).map((p) => p.lemma).join("+") || "none");
      if (sep === "sep") count(out.separable, w.lemma === lemma);
      if (pos === "name") count(out.names, w.pos === "name");
    }
  }
  return out;
}
