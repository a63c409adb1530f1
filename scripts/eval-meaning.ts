// `npm run --silent eval:meaning`: how often the engine's meaning in context (glosses[0]) is the right
// one for ambiguous words, with the sentence's English translation and without it. The items were written
// and annotated by hand for this evaluation: five development sets (tests/fixtures/meaning/pairs.json, and
// dev-2.json, dev-3.json and dev-4.json, each annotated before the engine ran on it, and heldout-4.json, written
// as the fourth held-out set and tuned on from 2026-12-04), a held-out set written before the lexicon was tuned on
// the first (heldout.json), and a second held-out set written before the engine was ever run on it
// (heldout-2.json), and a third, a fifth, a sixth and a seventh written the same way (heldout-3.json, heldout-5.json,
// heldout-6.json, tuned on from 2026-12-04 18:10 UTC, heldout-7.json and heldout-8.json), each reported apart; a seventh development
// set (dev-5.json, 2026-12-04 22:45 UTC, annotated before the engine ran on it) follows, and a ninth held-out set
// (heldout-9.json, written and annotated by hand on 2026-12-05, 11:25-11:35 UTC, and committed before any run) follows; its first run
// (engine of 09ccc1c, 11:33 UTC): 52/73 (71.2%) with the translation, 23/73 (31.5%) without. A tenth held-out set (heldout-10.json,
// 73 items in 63 genres, written and annotated by hand on 2026-12-05, 17:11-17:17 UTC, and committed before any run) follows, and an eleventh
// (heldout-11.json, 70 items in 70 genres, written and annotated by hand on 2026-12-06, 16:12-16:14 UTC, and committed
// before any run) comes last; its first run (engine of a6e152d, 16:16 UTC, totals only): 68/70 (97.1%) with the
// translation, 36/70 (51.4%) without. An eighth development set (dev-6.json, 70 items in 44 genres, written and annotated
// by hand on 2026-12-07, 03:45-04:00 UTC, and committed before any run) follows, and a ninth (dev-7.json, 85 items in 56
// genres, written and annotated by hand on 2026-12-07, 06:05-06:17 UTC, and committed before any run) follows, and a
// tenth (dev-8.json, 105 items in 100 genres, written and annotated by hand on 2026-12-07, 12:16-12:22 UTC, and
// committed before any run) follows, and an eleventh (dev-9.json, 110 items in 102 genres, written and annotated by hand on
// 2026-12-07, 14:38-14:50 UTC, and committed before any run) follows, and a twelfth (dev-10.json, 100 items in 96 genres,
// written and annotated by hand on 2026-12-07, 17:32-17:40 UTC, and committed before any run) follows, and a thirteenth
// (dev-11.json, 94 items in 48 genres, written and annotated by hand on 2026-12-07, 20:30-21:00 UTC, and committed
// before any run) follows, and a fourteenth (dev-12.json, 146 items in 104 genres, written and annotated by hand on
// 2026-12-07, 23:00-23:20 UTC, and committed before any run) follows, and a fifteenth (dev-13.json, 123 items in 95
// genres, written and annotated by hand on 2026-12-08, 01:40-01:45 UTC, and committed before any run) comes last.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { slashVariants } from "../lib/align/gloss-match";
import { translationChooser } from "../lib/align/translation-chooser";
import { analysePassage } from "../lib/german/analyse";
import { getLexicon } from "../lib/german/lexicon";
import type { WordAnalysis } from "../lib/german/types";

const pairs = z.object({
  items: z.array(
    z.object({ genre: z.string(), de: z.string(), en: z.string(), word: z.string(), accept: z.array(z.string()) }),
  ),
});
export type MeaningItem = z.infer<typeof pairs>["items"][number];

export function loadItems(path = "tests/fixtures/meaning/pairs.json"): MeaningItem[] {
  return pairs.parse(JSON.parse(readFileSync(path, "utf8"))).items;
}

/** The engine's card for the item's word, with or without the translation. */
export function meaningOf(item: MeaningItem, withTranslation: boolean): WordAnalysis | undefined {
  const passage = analysePassage(
    { paragraphs: [{ kind: "body", lang: "de", sentences: [item.de] }] },
    undefined,
    withTranslation ? { chooseMeanings: translationChooser([[[item.en]]]) } : {},
  );
  return passage.paragraphs[0]?.sentences[0]?.words.find((w) => w?.text === item.word) ?? undefined;
}

/**
 * Whether the card's first gloss is an accepted one. A gloss that writes alternatives with a slash ("to
 * campaign for/against") is right when the gloss itself or one of its readings is accepted: the lexicon
 * may gain such a gloss after an item was annotated.
 */
export function isRight(item: MeaningItem, word: WordAnalysis | undefined): boolean {
  const first = word?.glosses[0]?.toLowerCase();
  if (first === undefined) return false;
  const accepted = new Set(item.accept.map((g) => g.toLowerCase()));
  return accepted.has(first) || slashVariants(first).some((g) => accepted.has(g));
}

/**
 * The development sets (tuned on; the second, third and fourth annotated before the engine ran on them, the fifth
 * the former fourth held-out set, tuned on from 2026-12-04, the sixth the former sixth held-out set, tuned on from
 * 2026-12-04 18:10 UTC, the seventh written as one on 2026-12-04), the held-out set (written before the tuning; its misses have since been read) and the second,
 * third, fifth, seventh, eighth, ninth, tenth and eleventh held-out sets (only ever run to report figures).
 */
export const SETS = [
  { name: "development", path: "tests/fixtures/meaning/pairs.json", heldOut: false },
  { name: "development-2", path: "tests/fixtures/meaning/dev-2.json", heldOut: false },
  { name: "development-3", path: "tests/fixtures/meaning/dev-3.json", heldOut: false },
  { name: "development-4", path: "tests/fixtures/meaning/dev-4.json", heldOut: false },
  { name: "held-out", path: "tests/fixtures/meaning/heldout.json", heldOut: true },
  { name: "held-out-2", path: "tests/fixtures/meaning/heldout-2.json", heldOut: true },
  { name: "held-out-3", path: "tests/fixtures/meaning/heldout-3.json", heldOut: true },
  { name: "development-5 (was held-out-4)", path: "tests/fixtures/meaning/heldout-4.json", heldOut: false },
  { name: "held-out-5", path: "tests/fixtures/meaning/heldout-5.json", heldOut: true },
  { name: "development-6 (was held-out-6)", path: "tests/fixtures/meaning/heldout-6.json", heldOut: false },
  { name: "held-out-7", path: "tests/fixtures/meaning/heldout-7.json", heldOut: true },
  { name: "development-7 (dev-5.json)", path: "tests/fixtures/meaning/dev-5.json", heldOut: false },
  { name: "held-out-8", path: "tests/fixtures/meaning/heldout-8.json", heldOut: true },
  { name: "held-out-9", path: "tests/fixtures/meaning/heldout-9.json", heldOut: true },
  { name: "held-out-10", path: "tests/fixtures/meaning/heldout-10.json", heldOut: true },
  { name: "held-out-11", path: "tests/fixtures/meaning/heldout-11.json", heldOut: true },
  { name: "development-8 (dev-6.json)", path: "tests/fixtures/meaning/dev-6.json", heldOut: false },
  { name: "development-9 (dev-7.json)", path: "tests/fixtures/meaning/dev-7.json", heldOut: false },
  { name: "development-10 (dev-8.json)", path: "tests/fixtures/meaning/dev-8.json", heldOut: false },
  { name: "development-11 (dev-9.json)", path: "tests/fixtures/meaning/dev-9.json", heldOut: false },
  { name: "development-12 (dev-10.json)", path: "tests/fixtures/meaning/dev-10.json", heldOut: false },
  { name: "development-13 (dev-11.json)", path: "tests/fixtures/meaning/dev-11.json", heldOut: false },
  { name: "development-14 (dev-12.json)", path: "tests/fixtures/meaning/dev-12.json", heldOut: false },
  { name: "development-15 (dev-13.json)", path: "tests/fixtures/meaning/dev-13.json", heldOut: false },
] as const;

function report(name: string, items: readonly MeaningItem[], verbose: boolean): void {
  const score = (withTranslation: boolean) => {
    let right = 0;
    for (const item of items) {
      const word = meaningOf(item, withTranslation);
      const ok = isRight(item, word);
      if (ok) right++;
      else if (verbose)
        console.log(
          `  miss${withTranslation ? "" : " (no translation)"}: ${item.word} → ${word?.glosses[0] ?? "—"}  | ${item.de}`,
        );
    }
    return right;
  };
  console.log(`${name}: ${items.length} ambiguous words in ${new Set(items.map((i) => i.genre)).size} genres`);
  const withTranslation = score(true);
  const without = score(false);
  // Items the engine could get right at all: the word's lemma (an idiom's verb: the idiom) has the right sense
  // in the lexicon.
  const lex = getLexicon();
  const attainable = items.filter((item) => {
    const word = meaningOf(item, false);
    const glosses = lex
      .entries(word?.idiom ?? word?.lemma ?? "")
      // The senses kept for the alignment only count too: a translation may choose them.
      .flatMap((e) => [...e.senses, ...(e.alignOnly ?? [])].flatMap((s) => s.glosses))
      .map((g) => g.toLowerCase());
    return item.accept.some((a) => glosses.includes(a.toLowerCase()));
  });
  const rightOfAttainable = attainable.filter((item) => isRight(item, meaningOf(item, true))).length;
  if (verbose)
    for (const item of attainable)
      if (!isRight(item, meaningOf(item, true)))
        console.log(`  miss with the sense in the lexicon: ${item.word} | ${item.de} | ${item.en}`);
  const pct = (n: number) => `${((100 * n) / items.length).toFixed(1)}%`;
  console.log(
    `  meaning right with the translation:    ${withTranslation}/${items.length} = ${pct(withTranslation)} (target ≥ 90%)`,
  );
  console.log(`  meaning right without a translation:   ${without}/${items.length} = ${pct(without)}`);
  console.log(
    `  right sense in the lexicon (for the lemma found): ${attainable.length}/${items.length} = ${pct(attainable.length)}; ` +
      `of those right with the translation: ${rightOfAttainable}/${attainable.length}`,
  );
}

function main(): void {
  const verbose = process.argv.includes("--verbose");
  // `--verbose` lists the development sets' misses only: a held-out set's are never printed.
  // `--development` runs the development sets alone (quicker while working on them).
  const developmentOnly = process.argv.includes("--development");
  for (const set of SETS)
    if (!(developmentOnly && set.heldOut)) report(set.name, loadItems(set.path), verbose && !set.heldOut);
}

if (process.argv[1]?.endsWith("eval-meaning.ts")) main();
