// Ding files some words' offensive synonyms as a sense of their own, with no label: Jude "Jew | kike; hymie;
// sheeny", Schwester "sister | shirt-lifter; queer; queen". On a card that sense stood second, before
// meanings a learner needs ("nurse", which Ding lists later). A sense made only of slurs, on a word whose
// first sense is no slur, leaves the card; the alignment may still find it where a translation uses it.

// Words that are slurs whatever the context.
const SLURS = new Set([
  "shirt-lifter",
  "friend of Dorothy",
  "kike",
  "hymie",
  "sheeny",
  "wog",
  "wop",
  "beaner",
  "coon",
  "sambo",
  "boong",
  "gook",
  "Chink",
  "nigger",
  "lezzy",
  "tranny",
  "trannie",
]);
// Words that are slurs only in such a sense, and neutral elsewhere (the queen of a card game, a spade).
const ALSO_NEUTRAL = new Set(["queer", "queen", "spade", "greaser", "fairy"]);

/** Whether every gloss of a sense is a slur, at least one of them unmistakably. */
export function slurSense(glosses: readonly string[]): boolean {
  return glosses.some((g) => SLURS.has(g)) && glosses.every((g) => SLURS.has(g) || ALSO_NEUTRAL.has(g));
}
