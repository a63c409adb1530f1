// Scores the engine on treebank sentences it was never tuned on: part of speech (mapped to the
// universal tags) and lemma, word by word, for every token the engine's tokenizer cuts the same way.
import { analyseSentence } from "../analyse";
import { verbLemmas } from "../lemmatize";
import type { Lexicon } from "../lexicon";
import type { UdSentence, UdToken } from "../tagger/conllu";
import { tagInput } from "../tagger/input";
import { type TaggerModel, tagSentence } from "../tagger/perceptron";
import { tokenize } from "../tokenize";
import type { PartOfSpeech, WordAnalysis } from "../types";

/** Universal tags each engine part of speech stands for. */
const UNIVERSAL: Record<PartOfSpeech, readonly string[]> = {
  noun: ["NOUN"],
  name: ["PROPN"],
  verb: ["VERB", "AUX"],
  adj: ["ADJ"],
  adv: ["ADV"],
  det: ["DET"],
  pron: ["PRON"],
  prep: ["ADP"],
  conj: ["CCONJ", "SCONJ"],
  part: ["PART"],
  num: ["NUM"],
  foreign: ["X"],
  other: ["INTJ", "X", "SYM"],
};
const SKIPPED = new Set(["PUNCT", "SYM", "NUM"]);
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV"]);

export interface Score {
  right: number;
  total: number;
}

export interface TreebankScores {
  pos: Score;
  lemma: Score;
  contentLemma: Score;
  /** Words the tokenizer cut differently, left out of the scores. */
  unaligned: number;
  /** Most frequent confusions, "UD→engine". */
  confusions: [string, number][];
}

/**
 * Words whose tag the treebanks disagree on with the dictionaries the cards follow, where both name the same
 * word class. Weekdays and months: GSD tags them PROPN, PUD NOUN (Montag 17 PROPN, 1 NOUN; Januar 2 PROPN,
 * 8 NOUN in the training files); the card says "der Montag, noun". "alles", "allem", "dies" standing alone:
 * both treebanks tag them DET (their class), the dictionaries and the card a pronoun.
 */
const CALENDAR =
  /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)s?$/;
const PRONOUN_DETERMINERS = new Set(["alles", "allem", "dies"]);

export function posMatches(pos: PartOfSpeech, upos: string, form = "", feats = "_", xpos = "_"): boolean {
  if (UNIVERSAL[pos].includes(upos)) return true;
  // "größer als", "um … zu": GSD tags some comparison and infinitive conjunctions ADP where its own fine tag
  // says conjunction (KOKOM, KOUI), as the card does.
  if (pos === "conj" && upos === "ADP" && (xpos === "KOKOM" || xpos === "KOUI")) return true;
  // Ordinals (ersten, zweite): UD tags them ADJ and keeps the numeral class in NumType=Ord; the card, like
  // the dictionaries, calls them numerals.
  if (pos === "num" && upos === "ADJ" && /(?:^|\|)NumType=Ord(?:\||$)/.test(feats)) return true;
  if (pos === "noun" && upos === "PROPN" && CALENDAR.test(form)) return true;
  return pos === "pron" && upos === "DET" && PRONOUN_DETERMINERS.has(form.toLowerCase());
}

/**
 * Lemmas compared without case; a split separable verb counts for its base ("kam … an": kommen/ankommen).
 * A word of a multi-word name or expression has the whole as its lemma, one card for the unit ("Franz
 * Müntefering", "in Kauf nehmen"), where the treebank lemmatises each word: right when the word's own lemma
 * is one of the unit's words. Where the treebank and the card name the same headword differently, the card
 * counts as right: the treebanks' lemmas keep the old spelling (daß, Fluß, Rußland) where the card has the
 * reformed one (right only when the lexicon has the treebank's lemma as an old spelling or not at all, so
 * the Swiss "Spass" for Spaß stays wrong); GSD lemmatises a determiner or pronoun to another form of its
 * paradigm (dieser, anderer, alle) than the dictionaries' headword (dies, andere, alles), and an ordinal
 * without its -e (erst, zweit). A participle is one word with its verb: GSD lemmatises an adjectival one to
 * the verb (begeistert: begeistern) where the card keeps the adjective, and leaves some verb forms as they
 * stand (getränkt, umzubenennen) where the card has the infinitive.
 */
export function lemmaMatches(w: WordAnalysis, t: UdToken, lex?: Lexicon): boolean {
  const mine = w.lemma.toLowerCase();
  const gold = t.lemma.toLowerCase();
  if (mine === gold) return true;
  if (mine.includes(" ") && mine.split(" ").includes(gold)) return true;
  if (w.particle && (mine === w.particle + gold || gold === t.form.toLowerCase())) return true;
  if (lex && gold.includes("ß") && gold.replace(/ß/g, "ss") === mine && oldSpelling(lex, t.lemma)) return true;
  if ((t.upos === "DET" || t.upos === "PRON") && sameParadigm(mine, gold)) return true;
  if (w.pos === "num" && mine === `${gold}e`) return true;
  if (!lex) return false;
  if (t.upos === "ADJ" && w.pos === "adj") return participleOf(lex, mine, gold);
  return (t.upos === "VERB" || t.upos === "AUX") && w.pos === "verb" && formOf(lex, gold, mine, t.form);
}

/** The adjective is the verb's participle (begeistert, begeistern). */
function participleOf(lex: Lexicon, adjective: string, inf: string): boolean {
  return verbLemmas(lex, adjective).some((v) => v.participle && v.inf === inf);
}

/** The treebank left the verb form as it stands and the card has its infinitive. */
function formOf(lex: Lexicon, gold: string, inf: string, form: string): boolean {
  return gold === form.toLowerCase() && verbLemmas(lex, gold).some((v) => v.inf === inf);
}

function oldSpelling(lex: Lexicon, lemma: string): boolean {
  return lex.entries(lemma).every((e) => e.oldSpelling);
}

/** dies/dieser, alles/alle, andere/anderer: one stem, different endings (der/den stay apart: no stem). */
function sameParadigm(a: string, b: string): boolean {
  const stem = (x: string) => x.replace(/(?:e|er|es|em|en)$/, "");
  return [stem(a), a].some((x) => x.length >= 3 && (x === stem(b) || x === b));
}

/** The tagger alone on treebank sentences: its universal tag against the annotated one, punctuation not counted. */
export function scoreTagger(model: TaggerModel, lex: Lexicon, sentences: readonly UdSentence[]): Score {
  const score = { right: 0, total: 0 };
  for (const s of sentences) {
    const tagged = tagSentence(
      model,
      tagInput(
        lex,
        s.tokens.map((t) => t.form),
      ),
    );
    s.tokens.forEach((t, i) => {
      if (t.upos === "PUNCT") return;
      score.total++;
      if (tagged[i]?.tag === t.upos) score.right++;
    });
  }
  return score;
}

/** One scored word, for error analysis (scripts/crossval-engine.ts). */
export interface ScoredWord {
  gold: UdToken;
  engine: WordAnalysis;
  posRight: boolean;
  lemmaRight: boolean;
  sentence: UdSentence;
}

export function scoreTreebank(
  lex: Lexicon,
  sentences: readonly UdSentence[],
  onWord?: (w: ScoredWord) => void,
): TreebankScores {
  const out: TreebankScores = {
    pos: { right: 0, total: 0 },
    lemma: { right: 0, total: 0 },
    contentLemma: { right: 0, total: 0 },
    unaligned: 0,
    confusions: [],
  };
  const confusions = new Map<string, number>();
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    const words = analyseSentence(tokens, s.text, lex);
    const byStart = new Map(tokens.map((t, i) => [t.start, i]));
    let cursor = 0;
    for (const t of s.tokens) {
      const at = s.text.indexOf(t.form, cursor);
      if (at < 0) continue;
      cursor = at + t.form.length;
      if (SKIPPED.has(t.upos)) continue;
      const k = byStart.get(at);
      const w = k === undefined ? undefined : words[k];
      if (!w || tokens[k ?? -1]?.text !== t.form) {
        out.unaligned++;
        continue;
      }
      out.pos.total++;
      // A separable particle joined to its verb ("kam … an") is shown as the verb: right whatever UD calls it.
      const joinedParticle = w.particle !== undefined && w.particle === w.text.toLowerCase();
      const posRight = joinedParticle || posMatches(w.pos, t.upos, t.form, t.feats, t.xpos);
      if (posRight) out.pos.right++;
      else confusions.set(`${t.upos}→${w.pos}`, (confusions.get(`${t.upos}→${w.pos}`) ?? 0) + 1);
      out.lemma.total++;
      const lemmaRight = lemmaMatches(w, t, lex);
      if (lemmaRight) out.lemma.right++;
      if (CONTENT.has(t.upos)) {
        out.contentLemma.total++;
        if (lemmaRight) out.contentLemma.right++;
      }
      onWord?.({ gold: t, engine: w, posRight, lemmaRight, sentence: s });
    }
  }
  out.confusions = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return out;
}

export function percent(s: Score): string {
  return s.total ? `${((100 * s.right) / s.total).toFixed(1)}%` : "–";
}
