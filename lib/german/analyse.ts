// Entry points of the engine: one tokenised sentence, or a whole pasted text (import + tokenise +
// analyse). Names found in one sentence help the next ("Ma" after "Jack Ma").

import { withAdjectiveCompound } from "./adjective-compound";
import { positiveOfComparative } from "./adjective-degree";
import { analyseWord } from "./analyse-word";
import { agreeWithArticles } from "./article-agreement";
import { bracketedAbbreviations } from "./bracketed-abbreviations";
import { functionWord } from "./closed-class";
import { codeNames, innerCapitalNames } from "./code-names";
import { guessLemma } from "./content-draft";
import { contextChoice, governingWords } from "./context-meaning";
import { coordinatedNames, coordinatedNouns } from "./coordinated-names";
import { fromEntry, nameDraft, unknownDraft } from "./draft";
import { domainProfile, finalise } from "./glosses";
import { addGrammar } from "./grammar";
import { indefiniteNames } from "./indefinite-names";
import { adjectiveLemmas } from "./lemmatize";
import { getLexicon, type Lexicon } from "./lexicon";
import { applyPartChoices, attachChoices, type ChooseMeanings, meaningCandidates } from "./meaning";
import { commonWord, findNameSpans, genitiveNames, givenName, namesCalled } from "./names";
import { namesWithSeat } from "./names-with-seat";
import { genderFromArticles } from "./nominalised";
import { pluralsAfterArticles } from "./noun-draft";
import { addNounLemmas, earlierNounLemmas } from "./passage-lemmas";
import {
  bareSurnames,
  familyNames,
  genitivePersons,
  nounsBeforePersons,
  personNames,
  surnamesAfterFirstNames,
} from "./person-names";
import { pluralHeadGloss } from "./plural-head";
import { saxonGenitives } from "./saxon-genitive";
import type { Draft, SentenceContext } from "./sentence-context";
import { joinSplitVerbs } from "./separable";
import { retag } from "./tagger/retag";
import { tokenize } from "./tokenize";
import type { ParagraphKind, PassageText, Token, WordAnalysis } from "./types";
import { coordinatedVerbalNouns, initialVerbalNouns } from "./verbal-noun";

export interface AnalyseOptions {
  lang?: "de" | "en";
  kind?: ParagraphKind;
  /** Single-word names known from elsewhere in the passage, with an optional gloss. */
  names?: Map<string, string | undefined>;
  /** Headwords of the nouns of the passage's earlier sentences (passage-lemmas.ts). */
  nounLemmas?: Set<string>;
  /** Surnames that are also words (Kern, Wolf), seen after a first name earlier in the passage. */
  surnames?: Set<string>;
}

export interface PassageOptions {
  /** Picks each word's meaning from the sentence's translation (lib/align); context decides otherwise. */
  chooseMeanings?: ChooseMeanings;
  /** Told after each sentence: how many are analysed and how many there are (an import's progress). */
  onProgress?: (done: number, total: number) => void;
}

export interface AnalysedSentence {
  text: string;
  tokens: Token[];
  /** One entry per token; null for punctuation, numbers and symbols. */
  words: (WordAnalysis | null)[];
}

export interface AnalysedParagraph {
  kind: ParagraphKind;
  lang: "de" | "en";
  sentences: AnalysedSentence[];
}

export interface AnalysedPassage {
  date?: string;
  source?: string;
  paragraphs: AnalysedParagraph[];
}

const AUXILIARY_LEMMAS = new Set(["sein", "haben", "werden"]);

/**
 * Faults the engine caught instead of throwing: a bug must never lose a teacher's import, but it must not
 * go unnoticed either. The robustness tests assert this stays empty; the server may log it.
 */
export const engineFaults: { text: string; error: string }[] = [];
const MAX_FAULTS = 100;

function recordFault(text: string, error: unknown): void {
  if (engineFaults.length >= MAX_FAULTS) engineFaults.shift();
  engineFaults.push({ text: text.slice(0, 200), error: error instanceof Error ? error.message : String(error) });
}

/** An honest "unknown" card for a word the engine failed on. */
function fallbackDraft(text: string): Draft {
  const [lemma, pos] = guessLemma(text);
  return unknownDraft(text, lemma, pos);
}

/** A sentence counts as English when most of its words are English and not German (embedded tweets). */
function looksEnglish(lex: Lexicon, tokens: readonly Token[]): boolean {
  const words = tokens.reduce((n, t) => n + (t.type === "word" ? 1 : 0), 0);
  if (words < 4) return false;
  // Most sentences are German: stop as soon as the words not English are too many for the rest to outweigh.
  let other = 0;
  for (const t of tokens) {
    if (t.type !== "word") continue;
    const lower = t.text.toLowerCase();
    if (!(lex.isEnglish(lower) && !lex.has(lower) && !lex.has(t.text) && !lex.verbsOf(lower).length)) {
      other++;
      if (!((words - other) / words > 0.6)) return false;
    }
  }
  return true;
}

/** Drafts a sentence; if a step fails, every word gets an honest unknown card instead of an exception. */
function draftSentence(lex: Lexicon, tokens: Token[], sentence: string, options: AnalyseOptions): (Draft | null)[] {
  try {
    return draftSentenceUnguarded(lex, tokens, sentence, options);
  } catch (error) {
    recordFault(sentence, error);
    return tokens.map((t) => (t.type === "word" ? fallbackDraft(t.text) : null));
  }
}

function draftSentenceUnguarded(
  lex: Lexicon,
  tokens: Token[],
  sentence: string,
  options: AnalyseOptions,
): (Draft | null)[] {
  const names = options.names ?? new Map<string, string | undefined>();
  for (const name of namesCalled(tokens)) if (!names.has(name)) names.set(name, undefined);
  const lang = options.lang === "en" || looksEnglish(lex, tokens) ? "en" : "de";
  const ctx: SentenceContext = { tokens, sentence, lang, kind: options.kind ?? "body", names };
  const drafts: (Draft | null)[] = tokens.map(() => null);
  for (const span of findNameSpans(lex, tokens, sentence)) {
    for (let j = span.from; j <= span.to; j++) {
      const t = tokens[j];
      if (t?.type !== "word") continue;
      const d = nameDraft(t.text, span.name, span.gloss, span.known);
      if (span.sure) d.sureName = true;
      drafts[j] = d;
    }
    // The surname alone names the same person later on ("Kennedy" after "Scott Kennedy"); a last word that is
    // an ordinary word stays one ("Der Wald" after "Thüringer Wald", "Laufen" after "SV Laufen"), and so
    // does an epithet ("die Große Mauer" after "Karl der Große").
    const last = tokens[span.to];
    const epithet =
      /^(?:der|die)$/.test(tokens[span.to - 1]?.text ?? "") &&
      adjectiveLemmas(lex, last?.text.toLowerCase() ?? "").length > 0;
    // So does a name found alone where the context said so and no dictionary has the word ("die
    // Privatbrauerei Kesselring" … "Kesselring braut seit 1612 Bier"; "Trainerin Bauerfeind" … "Bauerfeind").
    const alone =
      span.to === span.from && span.sure === true && last !== undefined && lex.entries(last.text).length === 0;
    if ((span.to > span.from || alone) && last && !epithet && !names.has(last.text) && !commonWord(lex, last.text))
      names.set(last.text, span.gloss ?? span.name);
    // "Dr. Matthias Kern" … "Kern folgt auf …": a person's surname that is also a word only names them where it
    // stands bare as a subject (person-names.ts bareSurnames).
    else if (span.to > span.from && last && options.surnames && givenName(lex, tokens[span.from]?.text ?? ""))
      options.surnames.add(last.text);
  }
  tokens.forEach((t, i) => {
    if (t.type !== "word" || drafts[i]) return;
    try {
      drafts[i] = analyseWord(lex, ctx, i);
    } catch (error) {
      recordFault(t.text, error);
      drafts[i] = fallbackDraft(t.text);
    }
  });
  if (lang === "de") {
    retag(lex, ctx, drafts);
    for (const d of drafts) if (d) withAdjectiveCompound(lex, d);
    codeNames(tokens, drafts);
    innerCapitalNames(lex, tokens, drafts);
    genitiveNames(lex, tokens, drafts);
    saxonGenitives(lex, tokens, drafts);
    coordinatedNames(lex, tokens, drafts);
    coordinatedNouns(lex, tokens, drafts);
    coordinatedVerbalNouns(lex, tokens, drafts);
    initialVerbalNouns(lex, tokens, drafts);
    personNames(lex, tokens, drafts);
    surnamesAfterFirstNames(lex, tokens, drafts);
    genitivePersons(lex, tokens, drafts);
    nounsBeforePersons(lex, tokens, drafts);
    bareSurnames(lex, tokens, drafts, options.surnames);
    familyNames(lex, tokens, drafts);
    namesWithSeat(lex, tokens, drafts);
    indefiniteNames(lex, tokens, drafts);
    bracketedAbbreviations(tokens, drafts);
    comparativeAdverbs(drafts);
    amLiebsten(lex, tokens, drafts);
    salutation(lex, tokens, drafts);
    earlierNounLemmas(lex, drafts, options.nounLemmas ?? new Set());
  }
  pluralsAfterArticles(lex, tokens, drafts);
  agreeWithArticles(lex, tokens, drafts);
  genderFromArticles(lex, tokens, drafts);
  joinSplitVerbs(lex, ctx, drafts);
  addGrammar(lex, ctx, drafts);
  drafts.forEach((d, i) => {
    if (d?.a.pos !== "verb" || (d.senses?.length ?? 0) < 2 || AUXILIARY_LEMMAS.has(d.a.lemma)) return;
    d.clauseWords = new Set(governingWords(ctx, drafts, d, i));
  });
  drafts.forEach((d, i) => {
    const choice = d && lang === "de" && !splitParticle(d) ? contextChoice(lex, ctx, drafts, i) : undefined;
    if (d && choice) d.choice = choice;
  });
  for (const d of drafts) if (d && splitParticle(d)) shareVerbsMeaning(d, drafts[d.a.partnerIndex ?? -1]);
  return drafts;
}

/** The particle of a split verb ("an" of "Zieh dich an"): a token of its own with its verb's card. */
function splitParticle(d: Draft): boolean {
  return d.a.pos === "verb" && d.a.partnerIndex !== undefined && d.a.text === d.a.particle;
}

/**
 * A split verb's particle means what its verb means: the verb's position tells the particle's clause what
 * it cannot (an imperative opening it: "Zieh dich an" is reflexive, "to dress", at "an" too, not "to attract").
 */
function shareVerbsMeaning(particle: Draft, verb: Draft | null | undefined): void {
  if (verb?.a.pos !== "verb") return;
  if (verb.choice) particle.choice = verb.choice;
  if (verb.senses) particle.senses = verb.senses;
  if (verb.a.reflexive) particle.a.reflexive = true;
}

const ADDRESS = new Set(["Herr", "Herrn", "Frau"]);

/**
 * "Lieber Tom,", "Liebe Anna,", "Lieber Herr Müller,": an inflected adjective opening the sentence right before a
 * person's name or a form of address is the adjective of the salutation (lieb), not the adverb lieber or the
 * noun Liebe.
 */
function salutation(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  salutationAt(lex, tokens, drafts, 0);
  // "Liebe Fahrschülerin, lieber Fahrschüler,": a second salutation after a comma or und takes the first's
  // adjective again, in the ending of its own noun.
  const opening = drafts[0];
  if (opening?.a.pos !== "adj") return;
  for (let i = 2; i < tokens.length; i++) {
    const joint = tokens[i - 1]?.text;
    if (joint !== "," && joint !== "und") continue;
    const lower = tokens[i]?.text.toLowerCase() ?? "";
    if (adjectiveLemmas(lex, lower).some((e) => e.lemma === opening.a.lemma)) salutationAt(lex, tokens, drafts, i);
  }
}

/** The salutation's adjective at i, before a name, a form of address or an addressed noun. */
function salutationAt(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[], i: number): void {
  const d = drafts[i];
  const word = tokens[i];
  const next = drafts[i + 1];
  if (!d || word?.type !== "word" || !next || d.a.pos === "adj" || d.a.pos === "name") return;
  if (next.a.pos !== "name" && !ADDRESS.has(next.a.text) && !addressedNoun(tokens, drafts, i + 1)) return;
  const lower = word.text.toLowerCase();
  const adj = adjectiveLemmas(lex, lower).find((e) => e.lemma !== lower);
  if (adj) drafts[i] = fromEntry(lex, word.text, adj, "adj");
}

/**
 * "Lieber Kunde,", "Liebe Kolleginnen und Kollegen,": a common noun (or two joined by und) right after the
 * salutation's adjective and closed by a comma or an exclamation mark is addressed, as a name is.
 */
function addressedNoun(tokens: readonly Token[], drafts: readonly (Draft | null)[], k: number): boolean {
  const closes = (j: number) => tokens[j]?.text === "," || tokens[j]?.text === "!";
  if (drafts[k]?.a.pos !== "noun") return false;
  if (closes(k + 1)) return true;
  return tokens[k + 1]?.text === "und" && drafts[k + 2]?.a.pos === "noun" && closes(k + 3);
}

/**
 * "Am liebsten kocht sie Suppe": am liebsten is the superlative of the adverb gern, as lieber is its
 * comparative, not of the adjective lieb ("dear"), whose superlative it only looks like.
 */
function amLiebsten(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    if (d?.a.text.toLowerCase() !== "liebsten" || tokens[i - 1]?.text.toLowerCase() !== "am") return;
    const gern = lex.entries("gern").find((e) => e.pos === "adv");
    if (gern) drafts[i] = fromEntry(lex, d.a.text, gern, "adv");
  });
}

/** An irregular comparative the dictionary lists as an adverb (lieber) takes its positive as lemma (gern). */
function comparativeAdverbs(drafts: (Draft | null)[]): void {
  for (const d of drafts) {
    if (d?.a.pos !== "adv" || functionWord(d.a.text.toLowerCase()).length > 0) continue;
    const positive = positiveOfComparative(d.a.text);
    if (positive && d.a.lemma.toLowerCase() === d.a.text.toLowerCase()) d.a.lemma = positive;
  }
}

/**
 * Ranks glosses for the context; on failure the dictionary order stands. Each sentence's own words decide
 * which subject field its words' senses are ranked for: across a whole passage a word of nearly any field is
 * somewhere (in the seed article Ziel became "finishing line" [sport] for a sports word sentences away).
 */
function safeFinalise(lex: Lexicon, sentences: readonly (Draft | null)[][], where: string): void {
  try {
    for (const drafts of sentences) finalise(drafts, domainProfile(drafts));
    for (const d of sentences.flat())
      if (d) {
        applyPartChoices(lex, d);
        pluralHeadGloss(lex, d);
      }
  } catch (error) {
    recordFault(where, error);
    for (const d of sentences.flat())
      if (d && d.a.glosses.length === 0) d.a.glosses = (d.senses?.[0]?.glosses ?? []).slice();
  }
}

/** Analyses the word tokens of one sentence; null for non-word tokens. */
export function analyseSentence(
  tokens: Token[],
  sentence: string,
  lex: Lexicon = getLexicon(),
  options: AnalyseOptions = {},
): (WordAnalysis | null)[] {
  const drafts = draftSentence(lex, tokens, sentence, options);
  safeFinalise(lex, [drafts], sentence);
  return drafts.map((d) => d?.a ?? null);
}

/** Analyses an already imported passage (lib/passages/import-text turns pasted text into one). */
export function analysePassage(
  passage: PassageText,
  lex: Lexicon = getLexicon(),
  options: PassageOptions = {},
): AnalysedPassage {
  const tokenised = passage.paragraphs.map((p) => p.sentences.map((text) => tokenize(text)));
  // "ein Drache namens Funkelzahn": the name counts in the whole passage, the title before it too.
  const names = new Map<string, string | undefined>();
  for (const name of tokenised.flat().flatMap(namesCalled)) names.set(name, undefined);
  const nounLemmas = new Set<string>();
  const surnames = new Set<string>();
  const total = passage.paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  let done = 0;
  const paragraphs = passage.paragraphs.map((p, paragraph) => ({
    kind: p.kind,
    lang: p.lang,
    sentences: p.sentences.map((text, sentence) => {
      const tokens = tokenised[paragraph]?.[sentence] ?? tokenize(text);
      const drafts = draftSentence(lex, tokens, text, { lang: p.lang, kind: p.kind, names, nounLemmas, surnames });
      addNounLemmas(drafts, nounLemmas);
      if (options.chooseMeanings && p.lang === "de") {
        try {
          const candidates = meaningCandidates(lex, drafts);
          attachChoices(drafts, candidates, options.chooseMeanings({ paragraph, sentence, text, tokens, candidates }));
        } catch (error) {
          // The translation could not be aligned: the sentence keeps the meanings its context chose.
          recordFault(text, error);
        }
      }
      options.onProgress?.(++done, total);
      return { text, tokens, drafts };
    }),
  }));
  safeFinalise(
    lex,
    paragraphs.flatMap((p) => p.sentences.map((s) => s.drafts)),
    passage.paragraphs[0]?.sentences[0] ?? "",
  );
  return {
    ...(passage.date !== undefined && { date: passage.date }),
    ...(passage.source !== undefined && { source: passage.source }),
    paragraphs: paragraphs.map((p) => ({
      kind: p.kind,
      lang: p.lang,
      sentences: p.sentences.map((s) => ({ text: s.text, tokens: s.tokens, words: s.drafts.map((d) => d?.a ?? null) })),
    })),
  };
}
