// What a word card, the vocabulary and a correction take from the engine's analysis of one word. Pure.
import type { CardEntry, WordAnalysis } from "./types";

/**
 * The card's entry for an analysis. An idiom's verb keeps its own lemma in the analysis ("stellte … in
 * Aussicht": stellen, as dictionaries and treebanks have it), but the learner meets, saves and corrects the
 * idiom ("in Aussicht stellen"): every place that turns an analysis into a card goes through here, so the
 * reader, a saved word and a correction of it name the same lemma.
 */
export function cardEntryOf(analysis: WordAnalysis | CardEntry): CardEntry {
  const { text: _text, ...entry } = analysis as WordAnalysis;
  return entry.idiom ? { ...entry, lemma: cardLemma(entry) } : entry;
}

/** The lemma a learner meets the word under: the idiom for an idiom's verb, else the engine's lemma. */
export function cardLemma(analysis: Pick<CardEntry, "lemma" | "idiom">): string {
  return analysis.idiom ?? analysis.lemma;
}
