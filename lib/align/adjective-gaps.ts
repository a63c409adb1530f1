// Meanings of adjectives the lexicon lacks, read off the translation: an ambiguous adjective none of whose
// glosses the translation has takes the English adjective in its place: before the English of its noun
// ("eine feste Stelle" / "a permanent job") or after a form of be ("Der Rock ist mir zu weit" / "The skirt is
// too loose on me"; "Die Straße ist glatt" / "The road is icy").
import type { MeaningCandidate } from "@/lib/german/meaning";
import type { EnglishWord } from "./english";
import { contentWord, verbOrAdverbForm } from "./translation-gaps";

const BE = new Set("is are was were be been being am i'm you're we're they're he's she's it's".split(" "));
// Words of degree between the copula and its adjective ("is too loose", "was really icy").
const DEGREE = new Set("too very so quite really rather pretty extremely completely totally a bit little".split(" "));
// How far apart (places of the sentence, 0 to 1) the adjective and a predicative English word may stand.
const MAX_DISTANCE = 0.35;

const lower = (w: EnglishWord | undefined) => w?.text.toLowerCase() ?? "";

function adjectiveAt(english: readonly EnglishWord[], k: number, taken: ReadonlySet<number>): boolean {
  const w = english[k];
  return w !== undefined && !taken.has(k) && contentWord(w) && w.text === lower(w) && !verbOrAdverbForm(w);
}

/** The leftover English word right before the words its noun matched ("permanent" of "permanent job"). */
function attributive(
  english: readonly EnglishWord[],
  taken: ReadonlySet<number>,
  nounWords: readonly number[] | undefined,
): number | undefined {
  if (!nounWords?.length) return undefined;
  const k = Math.min(...nounWords) - 1;
  return adjectiveAt(english, k, taken) && english[k]?.sentence === english[k + 1]?.sentence ? k : undefined;
}

/** The leftover English words after a form of be, words of degree between. */
function predicatives(english: readonly EnglishWord[], taken: ReadonlySet<number>): number[] {
  const out: number[] = [];
  english.forEach((_, k) => {
    let b = k - 1;
    while (b >= 0 && DEGREE.has(lower(english[b]))) b--;
    if (b >= 0 && BE.has(lower(english[b])) && english[b]?.sentence === english[k]?.sentence)
      if (adjectiveAt(english, k, taken)) out.push(k);
  });
  return out;
}

/**
 * Per candidate index: the English word an ambiguous adjective takes as its meaning. `open` are the
 * adjectives the translation matched none of; `nounWords` gives, per candidate, the English words its
 * following noun matched.
 */
export function adjectiveGaps(
  candidates: readonly MeaningCandidate[],
  english: readonly EnglishWord[],
  taken: Set<number>,
  open: readonly number[],
  nounWords: (candidate: number) => readonly number[] | undefined,
): Map<number, number> {
  const out = new Map<number, number>();
  const last = Math.max(english.length - 1, 1);
  for (const i of open) {
    const c = candidates[i];
    if (!c) continue;
    const place = c.place ?? 0;
    const k =
      attributive(english, taken, nounWords(i)) ??
      predicatives(english, taken)
        .filter((p) => Math.abs(p / last - place) <= MAX_DISTANCE)
        .sort((a, b) => Math.abs(a / last - place) - Math.abs(b / last - place))[0];
    if (k === undefined) continue;
    taken.add(k);
    out.set(i, k);
  }
  return out;
}
