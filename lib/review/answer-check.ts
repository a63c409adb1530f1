// Checks a typed German answer the way a teacher would. Pure.
// right: as expected · right with a note: ae/oe/ue for an umlaut, ss for ß, other capitals (accepted, the proper
// spelling is shown) · almost: one slip (a typo, a missing or wrong umlaut, the form from the text instead of the
// dictionary form or back, the wrong or a missing article); a grade is suggested and the learner chooses · wrong.
import type { Article } from "@/lib/german/articles";
import { type CharComparison, compareChars } from "./char-compare";

type Verdict = "right" | "right_with_note" | "almost" | "wrong";
/** Written differently but accepted. */
export type SpellingNote = "case" | "eszett" | "umlaut";
/** One slip that makes an answer "almost". */
type Slip = "typo" | "umlaut" | "other_form" | "wrong_article" | "missing_article";

export interface AnswerTarget {
  /** The word to type: the dictionary form (recall) or the word as it stands in the sentence (cloze). */
  word: string;
  /** Nouns in recall mode: the article the answer must include (plural-only nouns take "die"). */
  article?: Article;
  /** Other forms of the same word (the sentence's form, the dictionary form): typing one is almost right. */
  otherForms?: readonly string[];
}

export interface AnswerCheck {
  verdict: Verdict;
  /** The right answer as it should be written. */
  expected: string;
  /** What the learner typed, tidied (trimmed, single spaces). */
  given: string;
  notes: SpellingNote[];
  slips: Slip[];
  /** Why a wrong answer is wrong. */
  problem?: "empty" | "wrong_word";
  /** Again (1) for wrong, Hard (2) for almost, Good (3) for right: the learner may choose another. */
  suggestedGrade: 1 | 2 | 3;
  /** Typed against expected, character by character (as Anki's type-in comparison shows it). */
  comparison: CharComparison;
}

const ARTICLES = new Set<string>(["der", "die", "das"]);
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
const BARE: Record<string, string> = { ä: "a", ö: "o", ü: "u" };
// Below this length one edit often makes another word (Rad/Rat), so a typo there is just wrong.
const MIN_TYPO_LENGTH = 4;

const tidy = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ");
const foldUmlauts = (text: string) => text.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUTS[ch] ?? ch);
const foldEszett = (text: string) => text.replace(/ß/g, "ss").replace(/ẞ/g, "SS");
const lower = (text: string) => text.toLocaleLowerCase("de");
/** Equal under this fold = the same word written with accepted variants. */
const accepted = (text: string) => foldUmlauts(foldEszett(lower(text)));
/** Umlauts reduced to their bare vowel, to spot a missing or wrong umlaut. */
const bare = (text: string) => foldEszett(lower(text)).replace(/[äöü]/g, (ch) => BARE[ch] ?? ch);
const hasUmlaut = (text: string) => /[äöüÄÖÜ]/.test(text);

/** Compares one word; null when it is not the same word, else the accepted differences (none = identical). */
export function compareWord(given: string, expected: string): SpellingNote[] | null {
  if (accepted(given) !== accepted(expected)) return null;
  const notes: SpellingNote[] = [];
  if (foldUmlauts(foldEszett(given)) !== foldUmlauts(foldEszett(expected))) notes.push("case");
  if (foldUmlauts(lower(given)) !== foldUmlauts(lower(expected))) notes.push("eszett");
  if (foldEszett(lower(given)) !== foldEszett(lower(expected))) notes.push("umlaut");
  return notes;
}

/** Optimal string alignment distance (insert, delete, substitute, swap neighbours), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/** How a typed word relates to the expected one: accepted (with notes), one slip away, or another word. */
function judgeWord(
  typed: string,
  target: AnswerTarget,
): { notes: SpellingNote[]; slip?: "typo" | "umlaut" | "other_form" } | null {
  const notes = compareWord(typed, target.word);
  if (notes) return { notes };
  if ((hasUmlaut(typed) || hasUmlaut(target.word)) && bare(typed) === bare(target.word))
    return { notes: [], slip: "umlaut" };
  for (const form of target.otherForms ?? []) {
    if (form && accepted(form) !== accepted(target.word) && compareWord(typed, form)) {
      return { notes: [], slip: "other_form" };
    }
  }
  const length = [...target.word].length;
  if (length >= MIN_TYPO_LENGTH && editDistance(accepted(typed), accepted(target.word), 1) <= 1) {
    return { notes: [], slip: "typo" };
  }
  return null;
}

const GRADE_FOR: Record<Verdict, 1 | 2 | 3> = { right: 3, right_with_note: 3, almost: 2, wrong: 1 };

export function checkAnswer(typed: string, target: AnswerTarget): AnswerCheck {
  const given = tidy(typed);
  const expected = target.article ? `${target.article} ${target.word}` : target.word;
  const result = (verdict: Verdict, notes: SpellingNote[], slips: Slip[], problem?: "empty" | "wrong_word") => ({
    verdict,
    expected,
    given,
    notes,
    slips,
    ...(problem ? { problem } : {}),
    suggestedGrade: GRADE_FOR[verdict],
    comparison: compareChars(given, expected),
  });
  if (!given) return result("wrong", [], [], "empty");

  const [first = "", ...rest] = given.split(" ");
  const typedArticle = target.article && ARTICLES.has(lower(first)) && rest.length > 0 ? lower(first) : undefined;
  const word = judgeWord(typedArticle ? rest.join(" ") : given, target);
  if (!word) return result("wrong", [], [], "wrong_word");

  const slips: Slip[] = word.slip ? [word.slip] : [];
  if (target.article && !typedArticle) slips.push("missing_article");
  else if (target.article && typedArticle !== target.article) slips.push("wrong_article");
  if (slips.length) return result("almost", word.notes, slips);
  return result(word.notes.length ? "right_with_note" : "right", word.notes, []);
}

/** Whether the review log counts the answer as recalled: right answers yes, wrong no, almost as the learner graded. */
export function countsAsRecalled(check: Pick<AnswerCheck, "verdict"> | null, grade: number): boolean {
  if (!check || check.verdict === "almost") return grade > 1;
  return check.verdict !== "wrong";
}
