// Checks a typed German answer. Pure. Tolerant of capitalisation, ss for ß and ae/oe/ue for umlauts:
// those count as correct, and the differences are reported so the learner sees the proper spelling.

export type SpellingDifference = "case" | "eszett" | "umlaut";
export type AnswerProblem = "empty" | "wrong_word" | "missing_article" | "wrong_article";

export interface AnswerTarget {
  /** The word to type: a lemma (recall) or the word as it stands in the sentence (cloze). */
  word: string;
  /** Nouns in recall mode: the article the answer must include. */
  article?: "der" | "die" | "das";
}

export interface AnswerCheck {
  correct: boolean;
  /** The right answer as it should be written. */
  expected: string;
  /** What the learner typed, tidied (trimmed, single spaces). */
  given: string;
  differences: SpellingDifference[];
  problem?: AnswerProblem;
}

const ARTICLES = new Set(["der", "die", "das"]);
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

const tidy = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ");
const foldUmlauts = (text: string) => text.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUTS[ch] ?? ch);
const foldEszett = (text: string) => text.replace(/ß/g, "ss").replace(/ẞ/g, "SS");
const lower = (text: string) => text.toLocaleLowerCase("de");

/** Compares one word; null when it is a different word, else the spelling differences (none = identical). */
export function compareWord(given: string, expected: string): SpellingDifference[] | null {
  const full = (text: string) => foldUmlauts(foldEszett(lower(text)));
  if (full(given) !== full(expected)) return null;
  const differences: SpellingDifference[] = [];
  if (foldUmlauts(foldEszett(given)) !== foldUmlauts(foldEszett(expected))) differences.push("case");
  if (foldUmlauts(lower(given)) !== foldUmlauts(lower(expected))) differences.push("eszett");
  if (foldEszett(lower(given)) !== foldEszett(lower(expected))) differences.push("umlaut");
  return differences;
}

export function checkAnswer(typed: string, target: AnswerTarget): AnswerCheck {
  const given = tidy(typed);
  const expected = target.article ? `${target.article} ${target.word}` : target.word;
  const result = (correct: boolean, differences: SpellingDifference[], problem?: AnswerProblem): AnswerCheck => ({
    correct,
    expected,
    given,
    differences,
    ...(problem ? { problem } : {}),
  });
  if (!given) return result(false, [], "empty");

  const [first = "", ...rest] = given.split(" ");
  const typedArticle = ARTICLES.has(lower(first)) && rest.length > 0 ? lower(first) : undefined;
  if (!target.article) return withWord(compareWord(given, target.word), result);

  const differences = compareWord(typedArticle ? rest.join(" ") : given, target.word);
  if (!differences) return result(false, [], "wrong_word");
  if (!typedArticle) return result(false, differences, "missing_article");
  if (typedArticle !== target.article) return result(false, differences, "wrong_article");
  return result(true, differences);
}

function withWord(
  differences: SpellingDifference[] | null,
  result: (correct: boolean, differences: SpellingDifference[], problem?: AnswerProblem) => AnswerCheck,
): AnswerCheck {
  return differences ? result(true, differences) : result(false, [], "wrong_word");
}

export interface DiffSegment {
  text: string;
  same: boolean;
}

/** The expected answer cut into runs that the learner typed the same way and runs that differ (by characters, LCS). */
export function markDifferences(given: string, expected: string): DiffSegment[] {
  const a = [...given];
  const b = [...expected];
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i]!;
      row[j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, row[j + 1]!);
    }
  }
  const segments: DiffSegment[] = [];
  const push = (ch: string, same: boolean) => {
    const last = segments.at(-1);
    if (last && last.same === same) last.text += ch;
    else segments.push({ text: ch, same });
  };
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      push(b[j]!, true);
      i++;
      j++;
    } else if (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!) {
      i++;
    } else {
      push(b[j]!, false);
      j++;
    }
  }
  return segments;
}
