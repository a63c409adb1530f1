// How everyday a sense's English is. Ding's order is no guide (herstellen "to establish" before "to
// manufacture", Mantel "sheathing" before "coat"), and a verb has no compounds to vote for a sense; a gloss
// of common words says a meaning a reader meets more often than one with a rare word ("to scavenge", "to
// dissociate") or a description ("to ask to be excused"). Word ranks come from the English frequency
// lists of @zxcvbn-ts/language-en (subtitles and Wikipedia), read at build time only.

/** Rank of each English word: its best place in any of the lists (1 = most frequent). */
export function englishRanks(lists: readonly (readonly string[])[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const list of lists)
    list.forEach((w, i) => {
      const k = w.toLowerCase();
      if (i + 1 < (ranks.get(k) ?? Number.POSITIVE_INFINITY)) ranks.set(k, i + 1);
    });
  return ranks;
}

// Words of a gloss's frame, not its meaning ("to put sth. off").
const FRAME = new Set(["to", "a", "an", "the", "of", "sb", "sth", "one's", "oneself", "someone", "something"]);

// The 2,000 commonest words all count as everyday: below that, frequency says more about the word (make,
// get) than about how often a German word means it, and a finer prior reordered verbs' common senses
// (ankündigen "to signal" before "to announce"). A word absent from both lists (about 30k words each) is
// rare: it counts as ranked 200,000 (60,000 did as well on two development sets, one word worse on the third).
const COMMON = 2000;
const ABSENT = 200_000;
// Per halving of frequency; 0.2–0.3 did best on the development sets, 0.5 and more let the prior overrule
// the compounds' and examples' evidence.
const WEIGHT = 0.3;
// Per word after the first: "position of employment" is a description, "job" the word.
const EXTRA_WORD = 0.3;

function words(gloss: string): string[] {
  const text = gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/’/g, "'");
  return (text.match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !FRAME.has(w));
}

/** How far a gloss is from everyday English, in halvings of frequency: its rarest word's, plus its length. */
export function glossRarity(gloss: string, ranks: ReadonlyMap<string, number>): number {
  const ws = words(gloss);
  let worst = 0;
  for (const w of ws) {
    const rank = ranks.get(w) ?? ranks.get(w.replace(/-/g, "")) ?? ABSENT;
    worst = Math.max(worst, Math.log2(Math.max(rank, COMMON) / COMMON));
  }
  return worst + EXTRA_WORD * Math.max(0, ws.length - 1);
}

/**
 * A sense's score from the English its card shows first: 0 for everyday words, -2 for a word absent
 * from the lists, a little less for each word after the first. Only the first gloss counts: a sense whose later glosses are common ("to obtain; to prepare;
 * to produce") still shows its first, and crediting the best gloss did worse on every development set.
 */
export function englishPrior(glosses: readonly string[], ranks: ReadonlyMap<string, number>): number {
  const first = glosses[0];
  return first === undefined ? 0 : -WEIGHT * glossRarity(first, ranks);
}
