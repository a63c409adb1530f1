// Content words of English glosses, lightly stemmed, to compare meanings: "driving force" and "force"
// share "forc"; "mainland" and "land" share nothing.

const STOP = new Set([
  "to",
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "for",
  "with",
  "and",
  "or",
  "be",
  "sb",
  "sth",
  "one",
  "your",
  "oneself",
  "at",
  "by",
  "as",
  "from",
  "up",
  "out",
  "off",
  "into",
  "something",
  "someone",
  "is",
  "it",
]);

export function stem(word: string): string {
  return word.replace(/(?:ies|es|s|ing|ed|e|y)$/, "") || word;
}

export function contentWords(glosses: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const g of glosses) {
    for (const w of g.toLowerCase().match(/[a-z]+/g) ?? []) if (!STOP.has(w) && w.length > 1) out.add(stem(w));
  }
  return out;
}
