// Whether a clause holds the preposition a verb's sense takes: as a word, contracted with an article, or as
// da(r)-/wo(r)- + preposition. Shared by the meaning rules and the idiom finder (separable.ts).

// Contractions of a preposition with an article ("am" = an dem); "darauf", "worüber" stand for the
// preposition with a pronoun ("es kommt darauf an" is ankommen auf).
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  am: "an",
  ans: "an",
  im: "in",
  ins: "in",
  zum: "zu",
  zur: "zu",
  vom: "von",
  beim: "bei",
  aufs: "auf",
  fürs: "für",
  ums: "um",
};

/** Whether the clause's words (lower case) hold the preposition, contracted or as da(r)-/wo(r)- + preposition. */
export function governs(words: readonly string[], prep: string): boolean {
  const r = /^[aeiouäöü]/.test(prep) ? "r" : "";
  return words.some((w) => w === prep || CONTRACTIONS[w] === prep || w === `da${r}${prep}` || w === `wo${r}${prep}`);
}
