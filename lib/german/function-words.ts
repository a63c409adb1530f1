// Picks the reading of an ambiguous function word from its neighbours: article or relative pronoun
// ("…, das Trump ins Konzept passt"), "zu" before an infinitive, "sein" as possessive or verb.
import { type FunctionWord, functionWord } from "./closed-class";
import { draft, rankOf } from "./draft";
import { gazetteerName } from "./gazetteer";
import { adjectiveLemmas, adjectives, nounLemmas, verbLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { isNominalisedAdjective } from "./nominalised";
import { clauseBounds, type Draft, isClauseBreak, type SentenceContext, wordAt } from "./sentence-context";
import type { PartOfSpeech } from "./types";
import { capitalise } from "./word-shape";

const ARTICLE_FORMS = new Set(["der", "die", "das", "den", "dem", "des"]);
const PRONOUN_START = new Set(["der", "die", "das", "den", "dem", "er", "sie", "es", "ich", "du", "wir", "ihr", "man"]);

function lowerAt(ctx: SentenceContext, i: number): string | undefined {
  return wordAt(ctx.tokens, i)?.text.toLowerCase();
}

/** A lower-case word that can only be read as a finite or infinite verb form. */
function isVerbForm(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const t = wordAt(ctx.tokens, i);
  if (!t || /^\p{Lu}/u.test(t.text) || functionWord(t.text).length) return false;
  // "Das ist's": the clitic "'s" (es) hides the verb.
  const word = t.text.replace(/['’]s$/, "");
  // "der designierte Präsident", "die gebuchte Reise": an inflected adjective or participle, not the verb.
  if (adjectiveLemmas(lex, word).length) return false;
  if (/(?:e|en|em|er|es)$/.test(word) && /^\p{Lu}/u.test(wordAt(ctx.tokens, i + 1)?.text ?? "")) {
    if (verbLemmas(lex, word.replace(/(?:e|en|em|er|es)$/, "")).some((h) => h.participle)) return false;
  }
  return verbLemmas(lex, word).length > 0;
}

/** Where a relative clause would start: after a comma, or a comma and a preposition ("…, mit dem …"). */
function afterComma(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return (
    prev?.text === "," ||
    (prev?.type === "word" &&
      functionWord(prev.text.toLowerCase())[0]?.pos === "prep" &&
      ctx.tokens[i - 2]?.text === ",")
  );
}

function relativeOrDemonstrative(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = lowerAt(ctx, i + 1);
  // "Das ist …": an article is never followed directly by a finite verb.
  if (next !== undefined && isVerbForm(lex, ctx, i + 1) && !/^\p{Lu}/u.test(ctx.tokens[i + 1]?.text ?? "")) return true;
  if (noNounPhraseAfter(lex, ctx, i)) return true;
  if (dasBeforeOtherGender(lex, ctx, i)) return true;
  if (!afterComma(ctx, i)) return false;
  if (next !== undefined && PRONOUN_START.has(next)) return true;
  const nextTok = wordAt(ctx.tokens, i + 1);
  const [, to] = clauseBounds(ctx.tokens, i);
  const verbLast = to > i && isVerbForm(lex, ctx, to);
  // "…, in dem Kinder spielen", "…, mit dem Pflanzen auf Trockenheit reagieren": dem before a noun it cannot be
  // the article of (a plural, a feminine; a verb used as a noun aside) opens a relative clause that ends in its verb.
  if (relativeDem(lex, ctx, i)) return true;
  // "…, mit der Regierung zu sprechen": an article before a noun or an inflected adjective.
  if (nextTok && startsNounPhrase(lex, nextTok.text)) return false;
  return verbLast;
}

/**
 * "Macht das Spaß?", "Ist das Zufall?": das right before a noun that is masculine or feminine in every
 * reading (and no verb used as a noun, das Laufen) is no article of it but the pronoun, its clause's subject.
 */
export function dasBeforeOtherGender(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = wordAt(ctx.tokens, i + 1);
  if (ctx.tokens[i]?.text.toLowerCase() !== "das" || !next || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  if (lex.isVerb(next.text.toLowerCase())) return false;
  const entries = nounLemmas(lex, next.text);
  // Not an adjective used as a noun, whose gender is the article's: das Beste, das Gleiche, which Ding
  // gives as der Beste.
  const adjective = adjectiveLemmas(lex, next.text.toLowerCase()).length > 0;
  return (
    entries.length > 0 &&
    entries.every(
      (e) =>
        e.lemma === next.text &&
        (e.gender === "f" || (e.gender === "m" && !adjective)) &&
        // Nor a noun with a neuter sense: das Stift (a monastery) beside der Stift (a pen).
        ![...e.senses, ...(e.alignOnly ?? [])].some((sense) => sense.gender === "n") &&
        !isNominalisedAdjective(lex, e.lemma),
    )
  );
}

/**
 * "…, in dem Kinder spielen", "…, mit dem Pflanzen auf Trockenheit reagieren": after a comma and a preposition,
 * dem before a noun it cannot be the article of (a plural, a feminine; a verb used as a noun aside) opens a
 * relative clause that ends in its verb. The tagger, reading the noun's capital, takes it for the article.
 */
export function relativeDem(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = wordAt(ctx.tokens, i + 1);
  if (ctx.tokens[i]?.text !== "dem" || !next || !afterComma(ctx, i) || ctx.tokens[i - 1]?.text === ",") return false;
  const [, to] = clauseBounds(ctx.tokens, i);
  return to > i + 1 && isVerbForm(lex, ctx, to) && !dativeSingular(lex, next.text);
}

/**
 * Whether a capitalised word can be a masculine or neuter noun's dative singular after dem (dem Haus, dem Kunden),
 * not counting a verb used as a noun (das Pflanzen beside die Pflanzen), which any infinitive can be.
 */
function dativeSingular(lex: Lexicon, word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return true;
  return nounLemmas(lex, word).some(
    (e) =>
      (e.gender === "m" || e.gender === "n") &&
      !lex.isVerb(e.lemma.toLowerCase()) &&
      (word === e.lemma ||
        word === `${e.lemma}e` ||
        (e.gender === "m" && (word === `${e.lemma}n` || word === `${e.lemma}en`))),
  );
}

/** A lower-case word that can be an adverb and is not inflected like an adjective (schon, anders, denn, nicht). */
function adverbAt(lex: Lexicon, ctx: SentenceContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (t?.type !== "word" || /^\p{Lu}/u.test(t.text) || /(?:e|en|em|er|es)$/.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  return functionWord(lower).some((r) => r.pos === "adv") || lex.entries(lower).some((e) => e.pos === "adv");
}

/**
 * "Wir prüfen das.", "Sie sehen das anders.", "Hat das denn zur Folge …": no noun phrase follows (past
 * adverbs, punctuation or a word that is neither capitalised, a number nor inflected like an adjective),
 * so the form is no article. "die schon genannten Gründe", "die sehr gute Küche" stay articles.
 */
function noNounPhraseAfter(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  let j = i + 1;
  while (adverbAt(lex, ctx, j)) j++;
  const t = ctx.tokens[j];
  if (!t) return true;
  if (t.type !== "word") return /^[.,;:!?)]$/.test(t.text);
  if (j === i + 1) return false;
  return !/^[\p{Lu}\d]/u.test(t.text) && !/(?:e|en|em|er|es)$/.test(t.text);
}

/** The forms of the possessive mein that are also forms of the verb meinen ("ich meine", "wir meinen"). */
export const MEINEN = new Set(["meine", "meinen"]);
/** Words no possessive stands right before: articles, personal pronouns, the negation, a clause of "dass". */
const NO_NOUN_NEXT = new Set(
  "der die das den dem des ein eine einen einem einer eines ich du er sie es wir ihr ihn ihm uns euch mich dich mir dir sich nicht nichts dass".split(
    " ",
  ),
);

const SUBJECTS = new Set(["ich", "wir", "sie"]);

/**
 * "Ich meine das ernst", "Ich meine den Mann dort", "Die Experten meinen dazu nichts": an article, a
 * pronoun or no noun at all after meine/meinen makes it the verb, for the possessive is a noun's article.
 */
export function meinenTheVerb(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  // At the clause's end the verb follows its subject ("…, was ich meine", "Ich meine, …"); the possessive
  // stands for a noun ("Das sind meine", "einer von meinen").
  if (!next || next.type !== "word") return SUBJECTS.has(ctx.tokens[i - 1]?.text.toLowerCase() ?? "");
  if (NO_NOUN_NEXT.has(next.text.toLowerCase())) return true;
  return adverbAt(lex, ctx, i + 1) && noNounPhraseAfter(lex, ctx, i);
}

function startsNounPhrase(lex: Lexicon, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return !gazetteerName(word) && nounLemmas(lex, word).length > 0;
  return /(?:e|en|em|er|es)$/.test(word) && adjectiveLemmas(lex, word).length > 0;
}

function pick(readings: readonly FunctionWord[], pos: PartOfSpeech): FunctionWord | undefined {
  return readings.find((r) => r.pos === pos);
}

/** Draft for a function word, or undefined when it is not one here (`sein` the verb, `laut` the adjective). */
export function functionWordDraft(
  lex: Lexicon,
  ctx: SentenceContext,
  i: number,
  readings: readonly FunctionWord[],
): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  const next = wordAt(ctx.tokens, i + 1);
  const nextLower = next?.text.toLowerCase();
  let reading = readings[0];
  if (ARTICLE_FORMS.has(lower) && relativeOrDemonstrative(lex, ctx, i)) {
    reading = pick(readings, "pron") ?? reading;
    // "Das ist gut", "Wir prüfen das": das points ("that"); the relative pronoun's "who" and "which"
    // belong after a comma ("das Kind, das …", "…, mit dem …").
    if (reading?.pos === "pron" && lower === "das" && !afterComma(ctx, i))
      reading = { ...reading, glosses: ["that", "this"] };
  } else if (/^ein(e|er|es|em|en)?$/.test(lower) && (!next || nextLower === "der" || nextLower === "des")) {
    reading = pick(readings, "pron") ?? reading;
  } else if (lower === "sein") {
    const prev = lowerAt(ctx, i - 1);
    if (prev === "zu" || !next || isVerbForm(lex, ctx, i + 1)) return undefined;
  } else if (MEINEN.has(lower) && meinenTheVerb(lex, ctx, i)) {
    return undefined;
  } else if (lower === "ihr" && (!next || isVerbForm(lex, ctx, i + 1))) reading = pick(readings, "pron") ?? reading;
  else if (lower === "zu" && next && isInfinitive(lex, next.text)) {
    reading = { lemma: "zu", pos: "part", glosses: ["to"] };
  } else if (lower === "zu" && next && isDegreeWord(lex, next.text)) {
    // "zu früh", "zu wenig": the adverb "too".
    reading = { lemma: "zu", pos: "adv", glosses: ["too"] };
  } else if (lower === "um" && hasZuInfinitive(lex, ctx, i)) {
    reading = { lemma: "um", pos: "conj", glosses: ["in order to", "so as to"] };
  } else if (lower === "mehr" && next && !isVerbForm(lex, ctx, i + 1))
    reading = { lemma: "mehr", pos: "det", glosses: ["more"] };
  else if (lower === "doch" && !clauseStart(ctx, i)) reading = pick(readings, "adv") ?? reading;
  // "Wie geht es dir?", "Hallo, wie spät ist es?": opening the sentence, or a clause of a question, wie
  // asks "how"; inside a clause it compares ("so groß wie du").
  else if (lower === "wie" && (i === 0 || (clauseStart(ctx, i) && ctx.tokens.at(-1)?.text === "?")))
    reading = { lemma: "wie", pos: "adv", glosses: ["how"] };
  // "so groß wie du", "wie gesagt": the comparison "as".
  else if (
    lower === "wie" &&
    (/^(?:so|genauso|ebenso|doppelt|halb)$/.test(lowerAt(ctx, i - 2) ?? "") || participleNext(lex, ctx, i))
  )
    reading = { ...(reading ?? { lemma: "wie", pos: "conj" }), glosses: ["as", "like"] };
  if (!reading) return undefined;
  // A preposition needs something to govern: "schnarchte laut." is the adjective.
  const following = ctx.tokens[i + 1];
  const governs = following !== undefined && (following.type !== "punct" || /^["„“‚‘»«(]$/.test(following.text));
  if (reading.pos === "prep" && !governs && readings.every((r) => r.pos === "prep") && lower !== "zu") return undefined;
  if (reading.pos === "prep" && readings.every((r) => r.pos === "prep") && prepositionWithoutObject(lex, ctx, i))
    return undefined;
  const d = draft(text, reading.lemma, reading.pos, rankOf(lex, reading.lemma, text), true);
  d.senses = [{ glosses: reading.glosses, domains: [] }];
  return d;
}

/**
 * "Alltagsgeräusche werden Ihnen ungewohnt laut vorkommen", "Sprechen Sie die Person laut an": a preposition
 * the dictionary also has as an adjective (laut) governs no noun phrase where a verb form follows it, or a
 * separable particle closing the clause; it is the adjective ("laut Polizei", "laut neuesten Berichten" keep
 * the preposition). Not zu, which stands before infinitives as a particle.
 */
export function prepositionWithoutObject(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const lower = lowerAt(ctx, i);
  if (!lower || lower === "zu" || !lex.entries(lower).some((e) => e.pos === "adj" && !e.oldSpelling)) return false;
  if (ctx.tokens[i + 1]?.type !== "word") return false;
  if (isVerbForm(lex, ctx, i + 1)) return true;
  const particle = functionWord(lowerAt(ctx, i + 1) ?? "");
  return particle.length > 0 && particle.every((r) => r.pos === "prep") && isClauseBreak(ctx.tokens[i + 2]);
}

/** "wie gesagt", "wie gewohnt": a ge- participle follows. */
function participleNext(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = lowerAt(ctx, i + 1);
  return next !== undefined && /^ge/.test(next) && verbLemmas(lex, next).some((h) => h.participle);
}

/** "Doch er kam", "…, doch": first word of its sentence or clause (the conjunction); else the adverb. */
function clauseStart(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !prev || (prev.type === "punct" && /^[,;:.!?–—„“"(]$/.test(prev.text));
}

function isDegreeWord(lex: Lexicon, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return false;
  if (["wenig", "viel", "sehr", "spät", "oft", "lange"].includes(word)) return true;
  return adjectives(lex, word).length > 0 && !nounLemmas(lex, capitalise(word)).length;
}

function isInfinitive(lex: Lexicon, word: string): boolean {
  return !/^\p{Lu}/u.test(word) && verbLemmas(lex, word).some((h) => h.inf === word);
}

/** "Um … entgegenzuwirken": a zu-infinitive later in the clause makes "um" a conjunction. */
function hasZuInfinitive(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const [, to] = clauseBounds(ctx.tokens, i);
  for (let j = i + 1; j <= to; j++) {
    const w = lowerAt(ctx, j);
    if (!w) continue;
    if (w === "zu" && isInfinitive(lex, lowerAt(ctx, j + 1) ?? "")) return true;
    if (/.zu.{3,}en$/.test(w) && verbLemmas(lex, w).some((h) => h.inf !== w && h.inf.length === w.length - 2))
      return true;
  }
  return false;
}
