// Context decides the part of speech: the tagger reads the whole sentence, and where it disagrees with the
// word-by-word analysis and the lexicon has an analysis of the kind it wants, that analysis replaces the
// draft. The tagger never invents a reading the lexicon lacks ("deciding among the lexicon's analyses").
import { functionWord } from "../closed-class";
import {
  adjectiveOf,
  adverbialAdjective,
  attributive,
  auxiliaryBefore,
  auxiliaryForm,
  bareSuperlativeAdverb,
  bestVerb,
  closingSeinPredicate,
  declinableOnlyAdverb,
  declinedParticiple,
  finiteBeforeClosingAuxiliary,
  finiteOrPastParticiple,
  listedPredicate,
  participleAdjective,
  participleBeforeVerb,
  predicative,
  undeclinedAdjective,
  verbDraft,
} from "../content-draft";
import { articleReadings } from "../determiners";
import { draft, fromEntry, nameDraft, rankOf, unknownDraft } from "../draft";
import { dasBeforeOtherGender, MEINEN, meinenTheVerb, prepositionWithoutObject, relativeDem } from "../function-words";
import { landscapeNamed, placeGloss, placeNamed } from "../gazetteer";
import { dictionaryName } from "../geographic-names";
import { adjectiveLemmas, adjectives, nounLemmas, verbLemmas } from "../lemmatize";
import type { Lexicon } from "../lexicon";
import { germanShaped, knownPlace } from "../names";
import { compoundDraft, nounDraft, unknownModifierDraft } from "../noun-draft";
import { clauseBounds, type Draft, isSentenceInitial, type SentenceContext } from "../sentence-context";
import type { PartOfSpeech } from "../types";
import { tagInput } from "./input";
import { getTagger } from "./model";
import { featureWeight, type TaggerModel, tagSentence } from "./perceptron";

/** Universal tags to the engine's parts of speech; names are left to the name finder. */
const ENGINE_POS: Record<string, PartOfSpeech> = {
  NOUN: "noun",
  VERB: "verb",
  AUX: "verb",
  ADJ: "adj",
  ADV: "adv",
  DET: "det",
  PRON: "pron",
  ADP: "prep",
  CCONJ: "conj",
  SCONJ: "conj",
  PART: "part",
};

const DET_OR_PRON = new Set<PartOfSpeech>(["det", "pron"]);
/** Article or relative pronoun: here the treebanks agree, and context decides ("bei der Suche", "Wolmar, der …"). */
const ARTICLE_FORMS = new Set(["der", "die", "den", "dem", "des"]);
const WERDEN = new Set(["werden", "wird", "wurde", "wurden", "worden", "würde", "würden", "werde"]);

/**
 * Below this score margin the word-by-word analysis, with its hand-made context rules, stands. Chosen on a
 * development fifth of the training sentences (a tagger trained on the rest; scripts/tune-tagger.ts), never
 * on the held-out split: the engine's part of speech there was 93.9% at 0 and 1, 94.0% at 2 and 3, 93.8% at
 * 5, 93.7% at 8 (2026-12-02, with the guards below).
 */
const MIN_MARGIN = 3;
const SURE_MARGIN = 10;
/**
 * Above this margin the tagger's adverb wins over an adjective used adverbially: on the development fifth
 * the words it is that sure of are mostly sentence adverbs (natürlich, wahrscheinlich, wirklich, einfach).
 * At 15 the engine's part of speech there was 93.92%, at 20 93.86% (as without the rule), but the tagger
 * is 16–17 sure of plain adverbial adjectives ("fiel leise", "kurz vor Mitternacht"), so 20. With the
 * clause-end features (2026-12-03) margins grew and "kurz vor Mitternacht" reached 20.8: 22 (5-fold
 * cross-validation on the training sentences: 94.17% at 20, 94.16% at 22, 94.15% at 23, 94.14% at 26).
 * Since the margin counts only for words training saw as adverbs (seenAsAdverb: "fiel leise" is out of its
 * reach whatever the margin), it can be lower: 94.47% at 22, 94.49% at 16, 94.51% at 10, 94.52% at 6,
 * 94.53% at 3 (cross-validation, 2026-12-03 16:30 UTC); below 10 the gain is a few words, so 10.
 */
const SENTENCE_ADVERB_MARGIN = 10;

/** The lexicon's analysis of token i as `pos`, or undefined when it has none. */
function draftAs(lex: Lexicon, ctx: SentenceContext, i: number, pos: PartOfSpeech): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  const reading = functionWord(lower).find((r) => r.pos === pos);
  if (reading) {
    const d = draft(text, reading.lemma, reading.pos, rankOf(lex, reading.lemma, text), true);
    d.senses = [{ glosses: reading.glosses, domains: [] }];
    return d;
  }
  switch (pos) {
    case "adj": {
      const adj = adjectiveOf(lex, lower);
      return adj ? fromEntry(lex, text, adj, "adj") : participleAdjective(lex, text, lower);
    }
    case "verb": {
      const aux = auxiliaryBefore(ctx, i);
      const inf = bestVerb(lex, finiteOrPastParticiple(lex, lower), lower, aux !== undefined, aux === "sein");
      return inf ? verbDraft(lex, text, inf) : undefined;
    }
    case "adv": {
      const adv = lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
      return adv ? fromEntry(lex, text, adv, "adv") : undefined;
    }
    case "noun":
      // "Solider Akkusauger": a compound the dictionary lacks, of parts it knows, where the name finder guessed a name.
      return /^\p{Lu}/u.test(text) ? (nounDraft(lex, text) ?? compoundDraft(lex, text)) : undefined;
    case "prep":
    case "conj": {
      // "dem Bericht zufolge", "jenseits der Grenze": prepositions too rare for the function-word table, which
      // the dictionary also has as adverbs; "statt … zu": the dictionary's conjunction.
      const entry = lex.entries(lower).find((e) => e.pos === pos && !e.oldSpelling);
      return entry ? fromEntry(lex, text, entry, pos) : undefined;
    }
    case "det": {
      // "die anderen", "andere Länder": the function-word table has andere as an adjective (as Ding does);
      // it is an indefinite determiner like einige and viele (Duden, UD), which the tagger reads in context.
      const adj = functionWord(lower).find((r) => r.pos === "adj");
      if (!adj) return undefined;
      const d = draft(text, adj.lemma, "det", rankOf(lex, adj.lemma, text), true);
      d.senses = [{ glosses: adj.glosses, domains: [] }];
      return d;
    }
    default:
      return undefined;
  }
}

/** An uninflected adjective whose dictionary adverb only means the adjective as an adverb (leise: quietly). */
function adjectiveUsedAdverbially(lex: Lexicon, ctx: SentenceContext, i: number, d: Draft): boolean {
  const lower = d.a.text.toLowerCase();
  if (d.a.lemma !== lower) return false;
  if (declinableOnlyAdverb(lex, lower)) return true;
  const adj = lex.entries(lower).find((e) => e.pos === "adj" && !e.oldSpelling);
  const adv = lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
  return adj !== undefined && adv !== undefined && adverbialAdjective(lex, ctx, i, adj, adv);
}

// How much more the word's own weight must favour the adverb: below this the treebanks saw it a few times
// either way ("vorsichtig" 0.5, "erneut" 0.7), no evidence against a tagger sure of the adjective in
// context ("fahren Sie deshalb vorsichtig"). The smallest value that took all of the adjectives development
// set's such words (0.5 took one of three); 2026-12-05.
const OWN_ADVERB_EVIDENCE = 1;

/**
 * "Er hat endlich gewonnen": an uninflected word the word-by-word analysis read as an adverb with a meaning of
 * its own (endlich: finally, not the adjective's "finite") stays the adverb outside a predicate ("Das Leben
 * ist endlich" is the adjective) when the treebanks showed the word itself more as adverb than adjective: the
 * tagger's adjective there comes from the ending and the context, which the treebanks' many adverbial
 * adjectives (weit, voll, künftig) taught it.
 */
function ownAdverb(lex: Lexicon, model: TaggerModel, ctx: SentenceContext, i: number, d: Draft): boolean {
  const lower = d.a.text.toLowerCase();
  return (
    d.a.lemma === lower &&
    featureWeight(model, `w=${lower}`, "ADV") > featureWeight(model, `w=${lower}`, "ADJ") + OWN_ADVERB_EVIDENCE &&
    !predicative(ctx, i) &&
    !adjectiveUsedAdverbially(lex, ctx, i, d)
  );
}

/**
 * Whether training saw the word itself as an adverb: the tagger's sureness of a sentence adverb (natürlich,
 * wahrscheinlich) is the word's own; for a word the treebanks lack ("fiel leise") it is only the context's.
 */
function seenAsAdverb(model: TaggerModel, lower: string): boolean {
  return featureWeight(model, `w=${lower}`, "ADV") > 0;
}

/** Right before zu and an adjective ("deutlich zu tief", "viel zu spät"). */
function beforeTooAdjective(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  const then = ctx.tokens[i + 2];
  if (next?.type !== "word" || next.text !== "zu" || then?.type !== "word" || !/^\p{Ll}/u.test(then.text)) return false;
  return adjectiveOf(lex, then.text) !== undefined;
}

/** Right after an article or a preposition: the word opens a noun phrase's modifiers. */
function insideNounPhrase(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return (
    prev?.type === "word" && functionWord(prev.text.toLowerCase()).some((r) => r.pos === "det" || r.pos === "prep")
  );
}

/**
 * "stark abgenutzt war", "komplett erneuert,", "deutlich verbessert,": right before a bare past participle that
 * closes its clause (punctuation or an auxiliary after it), the word says how the action was done, an
 * adjective used adverbially (STTS ADJD), however sure the tagger is of a sentence adverb. Not where the
 * clause goes on after the participle: before any participle it moved a held-out treebank word from ADV.
 */
function beforeBareParticiple(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.type !== "word" || !/^\p{Ll}/u.test(next.text)) return false;
  const lower = next.text;
  if (!verbLemmas(lex, lower).some((h) => h.participle && h.inf !== lower)) return false;
  const after = ctx.tokens[i + 2];
  return after?.type !== "word" || auxiliaryForm(after.text.toLowerCase());
}

/** Right after a noun or pronoun, no punctuation between: the verb's second place, not an attributive adjective's. */
function afterNoun(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const prev = drafts[i - 1]?.a.pos;
  return ctx.tokens[i - 1]?.type === "word" && (prev === "noun" || prev === "name" || prev === "pron");
}

function afterAdjectiveAnd(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const joint = ctx.tokens[i - 1]?.text;
  return (joint === "und" || joint === "oder") && drafts[i - 2]?.a.pos === "adj";
}

/**
 * "Kritik kommt vom BUND", "der NABU empfiehlt": a word of three or more capitals right after an article, inside
 * a sentence written in small letters, is an organisation's short name even where it spells a German noun
 * (BUND: Bund für Umwelt und Naturschutz); German writes a noun so for no other reason. A line in capitals
 * ("ACHTUNG BAUSTELLE") has no small words around it; an abbreviation the dictionary has as a common noun
 * ("mit dem LKW") is its own headword, not a word found in small letters, and stays the noun.
 */
function capitalsAfterArticle(ctx: SentenceContext, i: number): boolean {
  const text = ctx.tokens[i]?.text ?? "";
  const prev = ctx.tokens[i - 1];
  if (!/^\p{Lu}{3,}$/u.test(text) || prev?.type !== "word" || !articleReadings(prev.text.toLowerCase())) return false;
  return ctx.tokens.some((t, k) => k !== i && t.type === "word" && /^\p{Ll}{2,}$/u.test(t.text));
}

/**
 * "Im Einer siegte sie", "die Eins in Mathe": a capitalised determiner's form right after a definite article, or a
 * preposition fused with one, is no second determiner but the noun the dictionary spells so, of a gender the article
 * goes with (der Einer, the single scull; die Eins, the grade). Not at a sentence's start, where the capital says
 * nothing.
 */
function articleNoun(lex: Lexicon, ctx: SentenceContext, i: number): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const prev = ctx.tokens[i - 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || prev?.type !== "word" || isSentenceInitial(ctx.tokens, i)) return undefined;
  if (!functionWord(text.toLowerCase()).some((r) => r.pos === "det" || r.pos === "pron")) return undefined;
  const readings = articleReadings(prev.text.toLowerCase());
  if (!readings) return undefined;
  const entry = lex
    .entries(text)
    .find((e) => e.pos === "noun" && e.senses.length > 0 && !e.oldSpelling && readings.includes(e.gender ?? "pl"));
  return entry ? nounDraft(lex, text, entry) : undefined;
}

const JOINERS = new Set(["und", "oder", "aber", "doch"]);

/**
 * "Erschöpft, aber glücklich erreichte er das Ziel", "müde und zufrieden": a past participle joined by und, oder,
 * aber or doch to an uninflected adjective after it names a state as that adjective does, where no auxiliary
 * (hat … erschöpft, wurde … geöffnet) makes it a verb form; afterAdjectiveAnd is the same order reversed.
 */
function beforeAdjectiveAnd(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const lower = ctx.tokens[i]?.text.toLowerCase() ?? "";
  if (!verbLemmas(lex, lower).some((h) => h.participle && h.inf !== lower)) return false;
  const j = ctx.tokens[i + 1]?.text === "," ? i + 2 : i + 1;
  const adj = drafts[j + 1]?.a;
  // "gereinigt und vollständig zurück": an adjective used adverbially, read as Ding's adverb, is one too.
  const adjective =
    adj?.pos === "adj" ||
    (adj?.pos === "adv" && adjectives(lex, adj.text.toLowerCase()).some((e) => e.lemma === adj.lemma));
  if (!JOINERS.has(ctx.tokens[j]?.text ?? "") || !adj || !adjective) return false;
  return adj.lemma === adj.text.toLowerCase() && auxiliaryBefore(ctx, i) === undefined && !nearWerden(ctx, i);
}

function tooBeforeDegree(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const next = drafts[i + 1]?.a.pos;
  const after = ctx.tokens[i + 2];
  return (
    (next === "adj" || next === "adv" || next === "det") && !(after?.type === "word" && /^\p{Lu}/u.test(after.text))
  );
}

/** A verb draft of an -ieren verb the dictionary lacks, read off its participle (kastriert: kastrieren). */
function unlistedIerenParticiple(lex: Lexicon, d: Draft): boolean {
  const lemma = d.a.lemma;
  return lemma.endsWith("ieren") && d.a.text.toLowerCase() === `${lemma.slice(0, -2)}t` && !lex.isVerb(lemma);
}

/** "sollte gelöscht werden", "wurde … genutzt": beside werden a participle makes the passive, a verb. */
function nearWerden(ctx: SentenceContext, i: number): boolean {
  for (let j = Math.max(0, i - 4); j <= i + 2; j++) {
    const t = ctx.tokens[j];
    if (j !== i && t?.type === "word" && WERDEN.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Otto Schäfer", "Helmut Kohl": a capitalised word right after a first name the name finder saw. The
 * first-name list holds mostly recent baby names (no Helmut, Manfred, Lothar), so a guessed name the
 * tagger also reads as a name counts as well when the tagger is sure of the surname: a noun after a name
 * is otherwise an object ("Gestern hat Anna Kuchen gebacken").
 */
function surname(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  tagged: readonly ({ tag: string; margin: number } | undefined)[],
  i: number,
): boolean {
  const prev = ctx.tokens[i - 1];
  const before = drafts[i - 1]?.a;
  if (prev?.type !== "word" || before?.name !== true || !/^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[i]?.text ?? ""))
    return false;
  if (lex.isFirstName(prev.text.toLowerCase())) return true;
  const first = tagged[i - 1];
  // "am Forggensee Hotels": after a guessed name, another form of a common noun (a plural) is the noun.
  const text = ctx.tokens[i]?.text ?? "";
  const otherForm = () => nounLemmas(lex, text).some((e) => e.lemma !== text) && !lex.isSurname(text.toLowerCase());
  // "in Olsztyn Papa vom Bahnhof abholen": after a guessed name, a noun of the dictionary that no surname list
  // has is that noun; Kohl, Vogel, Fischer are surnames as well.
  const dictionaryNoun = () =>
    lex.entries(text).some((e) => e.pos === "noun" && !e.oldSpelling) && !lex.isSurname(text.toLowerCase());
  return (
    !before.known &&
    /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
    first?.tag === "PROPN" &&
    first.margin >= SURE_MARGIN &&
    (tagged[i]?.margin ?? 0) >= SURE_MARGIN &&
    !otherForm() &&
    !dictionaryNoun()
  );
}

/** "SPD", "UN": an abbreviation the dictionary expands to a proper name (not "LKW": lorry, "PC": personal computer). */
function properAbbreviation(d: Draft): boolean {
  const gloss = d.senses?.[0]?.glosses[0] ?? "";
  return /^\p{Lu}{2,}$/u.test(d.a.text) && /^\p{Lu}\p{Ll}/u.test(gloss);
}

/** "BASF", "ANC": an abbreviation the lexicon does not know. */
function acronym(d: Draft): boolean {
  return !d.a.known && /^\p{Lu}{2,}$/u.test(d.a.text);
}

/**
 * "die in Gaza geplanten neun Industrieparks", "illegal eingereiste Asylbewerber": an inflected participle
 * right before its noun (numerals and adjectives may come between) is attributive, where the clause has another verb.
 */
function attributiveParticiple(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  // "Abgesagte Stunden müssen …": opening the sentence the capital says nothing.
  if (!(/^\p{Ll}/u.test(text) || isSentenceInitial(ctx.tokens, i)) || !/(?:e|en|em|er|es)$/.test(lower))
    return undefined;
  let j = i + 1;
  while (drafts[j]?.a.pos === "num" || drafts[j]?.a.pos === "adj" || /^\d/.test(ctx.tokens[j]?.text ?? "")) j++;
  const next = ctx.tokens[j];
  if (next?.type !== "word" || !/^\p{Lu}/u.test(next.text) || onlyVerbOfClause(ctx, drafts, i)) return undefined;
  const adj = participleAdjective(lex, text, lower);
  if (!adj || adj.a.lemma === lower) return undefined;
  // "versuchte Ende Oktober", "stationierten": without ge- the form may be the past tense, a finite verb.
  const participle = adj.a.lemma;
  const inf = verbLemmas(lex, participle).find((v) => v.participle)?.inf ?? "";
  const at = participle.indexOf("ge");
  if (at >= 0 && at <= 8 && !inf.startsWith(participle.slice(0, at + 2))) return adj;
  // "erhalten eigens zubereitete Speisen", "vorbereitete Unterlagen": a separable verb's past tense keeps its
  // particle in front only at the end of a subordinate clause, never before a noun of its clause; so the
  // form there is the participle (zubereitet has no ge-: bereiten's prefix keeps it out).
  const particle = lex.verb(inf)?.particle ?? "";
  return particle && participle.startsWith(particle) ? adj : undefined;
}

/** Whether token i stands after a determiner or a preposition and right before a capitalised word. */
function ordinalInNounPhrase(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const before = drafts[i - 1]?.a.pos;
  const next = ctx.tokens[i + 1];
  return (before === "det" || before === "prep") && next?.type === "word" && /^\p{Lu}/u.test(next.text);
}

/**
 * "das Kölner Unternehmen", "im Bonner Ministerium": a place's name + -er before a noun is an adjective. A place
 * on -en drops it (Göttingen: Göttinger, Bremen: Bremer), and one on -chen or -den its e too (München: Münchner,
 * Dresden: Dresdner). Such an adjective is written with its capital and never declined, so the capital stays in
 * its lemma (Münchner, not münchner).
 */
function placeAdjective(lex: Lexicon, ctx: SentenceContext, i: number): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const stem = /^(\p{Lu}\p{Ll}+)er$/u.exec(text)?.[1];
  const next = ctx.tokens[i + 1];
  if (!stem || next?.type !== "word" || !/^\p{Lu}/u.test(next.text)) return undefined;
  const stems = [stem, `${stem}en`, stem.replace(/(?<=[^e])n$/u, "en")];
  const place = stems.map((p) => placeNamed(p)).find(Boolean);
  const gloss = place ? placeGloss(place) : regionGloss(lex, text, stem);
  if (!gloss) return undefined;
  const d = draft(text, text, "adj", undefined, true);
  d.senses = [{ glosses: [`of ${gloss}`], domains: [] }];
  return d;
}

/**
 * "Holsteiner Butter", "Allgäuer Käse", "Schwarzwälder Schinken": a region's or a range's name + -er is such an
 * adjective too, a range's with the umlaut its people's name takes (Schwarzwald: Schwarzwälder, Odenwälder). The
 * region is one the dictionary names (Holstein, Allgäu) or the list of landscapes has; a word that is itself a
 * dictionary noun (Engländer, Holländer: the people) is left to the other readings.
 */
function regionGloss(lex: Lexicon, text: string, stem: string): string | undefined {
  if (lex.entries(text).some((e) => e.pos === "noun")) return undefined;
  const direct = dictionaryName(lex, stem) ?? (landscapeNamed(stem) ? stem : undefined);
  const plain = stem.replace(/[äöü](?=[^äöü]*$)/u, (v) => ({ ä: "a", ö: "o", ü: "u" })[v] ?? v);
  const range = plain !== stem && landscapeNamed(plain)?.kind === "range" ? plain : undefined;
  const name = direct ? stem : range;
  return name ? (knownPlace(lex, name)?.gloss ?? name) : undefined;
}

/**
 * "Doch er kam" / "Doch kam er", "…, da es regnet" / "Da kam er": at the start of a clause a word that may be
 * conjunction or adverb is the adverb when the verb follows it (it takes the first place), else the
 * conjunction. The treebanks disagree here, so word order decides, not the tagger.
 */
function firstPlace(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): PartOfSpeech | undefined {
  const readings = functionWord(ctx.tokens[i]?.text.toLowerCase() ?? "");
  if (!readings.some((r) => r.pos === "conj") || !readings.some((r) => r.pos === "adv")) return undefined;
  const prev = ctx.tokens[i - 1];
  if (prev && !(prev.type === "punct" && /^[,;:.!?–—„“"(]$/.test(prev.text))) return undefined;
  const next = drafts[i + 1];
  if (!next) return undefined;
  return next.a.pos === "verb" ? "adv" : "conj";
}

/**
 * The next word may be a finite verb: lower case, read as a verb, with a form that is no participle alone (a
 * plural present is spelled as the infinitive: "Beschäftigte erhalten …").
 */
function finiteNext(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.type !== "word" || !/^\p{Ll}/u.test(next.text) || drafts[i + 1]?.a.pos !== "verb") return false;
  return verbLemmas(lex, next.text).some((h) => !h.participle || h.inf === next.text);
}

/** No other word of the clause is a verb. */
/** Pronouns that can only be a subject (nominative): ich, du, er, wir, ihr; sie and es opening the sentence. */
const SUBJECT_PRONOUNS = new Set(["ich", "du", "er", "wir", "ihr"]);
const OPENING_SUBJECTS = new Set(["sie", "es"]);

/** Whether token i is a finite verb form (no participle) right after a pronoun that is its subject. */
function finiteAfterSubject(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const pronoun = prev?.type === "word" ? prev.text.toLowerCase() : "";
  const subject =
    SUBJECT_PRONOUNS.has(pronoun) || (OPENING_SUBJECTS.has(pronoun) && isSentenceInitial(ctx.tokens, i - 1));
  if (!subject) return false;
  const forms = verbLemmas(lex, ctx.tokens[i]?.text.toLowerCase() ?? "");
  return forms.length > 0 && forms.every((h) => !h.participle);
}

function onlyVerbOfClause(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) if (j !== i && drafts[j]?.a.pos === "verb") return false;
  return true;
}

const CLAUSE_COORDINATORS = new Set(["und", "oder", "aber", "sondern", "denn", "sowie"]);

/**
 * "Da hast du recht", "Sie gibt ihm recht": a clause has one finite verb before its end. A word whose verb
 * readings are all finite forms (recht of rechen; no infinitive, no participle) is no second one after a
 * verb earlier in the same clause, with no coordinator between ("… und recht das Laub"); it keeps its
 * adjective or adverb reading.
 */
function secondFiniteVerb(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const lower = ctx.tokens[i]?.text.toLowerCase() ?? "";
  const hits = verbLemmas(lex, lower);
  if (!hits.length || hits.some((h) => h.participle || h.inf === lower)) return false;
  return finiteVerbBefore(lex, ctx, drafts, i);
}

/** Whether a finite verb stands before token i in its clause, with no coordinator after it. */
function finiteVerbBefore(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const [from] = clauseBounds(ctx.tokens, i);
  let verbBefore = false;
  for (let j = from; j < i; j++) {
    const w = ctx.tokens[j]?.text.toLowerCase() ?? "";
    if (CLAUSE_COORDINATORS.has(w)) verbBefore = false;
    else if (drafts[j]?.a.pos === "verb" && verbLemmas(lex, w).some((h) => !h.participle)) verbBefore = true;
  }
  return verbBefore;
}

const POSSESSIVES = new Set(["mein", "dein", "sein", "ihr", "unser", "euer"]);

/** A possessive with a noun right after it and a finite verb before it in its clause, no coordinator between. */
function possessiveAfterVerb(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): boolean {
  return drafts[i + 1]?.a.pos === "noun" && finiteVerbBefore(lex, ctx, drafts, i);
}

/**
 * "Der Zug ist ausgefallen", "Er ist gestorben": beside sein, the participle of a verb Ding has only as
 * intransitive ({vi}) makes the perfect, since such a verb has no passive whose state sein could describe;
 * the card is the verb (ausfallen), not Ding's adjective (ausgefallen "fancy"). A transitive verb's
 * participle stays the adjective of the card's convention ("Die Straße ist gesperrt"). Where the form is the
 * participle of several verbs, one that is intransitive and takes sein alone decides: "Der Preis ist stark
 * gefallen" is fallen, not Ding's adjective gefallen "killed in action" (gefallen "to please" takes haben).
 */
function seinPerfect(lex: Lexicon, ctx: SentenceContext, i: number, d: Draft): boolean {
  if (!predicative(ctx, i) || auxiliaryBefore(ctx, i) !== "sein") return false;
  const infinitives = verbLemmas(lex, d.a.text.toLowerCase())
    .filter((h) => h.participle)
    .map((h) => h.inf);
  const verbEntries = infinitives.flatMap((inf) => lex.entries(inf).filter((e) => e.pos === "verb"));
  return (
    (verbEntries.length > 0 && verbEntries.every((e) => e.intransitive)) ||
    verbEntries.some((e) => e.intransitive && e.auxiliaries?.length === 1 && e.auxiliaries[0] === "sein")
  );
}

/**
 * A dictionary noun spelled as its adjective + ending (Schwangere: schwanger), opening the sentence and joined
 * by a conjunction to another capitalised word (Schwangere und Stillende), or right before the verb.
 */
function nominalisedAtStart(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  d: Draft,
): boolean {
  if (!d.a.known || d.a.lemma !== d.a.text || !isSentenceInitial(ctx.tokens, i)) return false;
  const next = drafts[i + 1]?.a.pos;
  // "Frische und getrocknete Kräuter": a lower-case word after the conjunction makes both attributive.
  const after = ctx.tokens[i + 2];
  const joined = next === "conj" && after?.type === "word" && /^\p{Lu}/u.test(after.text);
  // "Verliebte erleben romantische Stunden": right before the verb it is the subject, with no noun to qualify.
  const subject = next === "verb" && /^\p{Ll}/u.test(ctx.tokens[i + 1]?.text ?? "");
  if (ctx.tokens[i + 1]?.type !== "word" || !(joined || subject)) return false;
  const lower = d.a.text.toLowerCase();
  // "Lange dauerte es", "Gerade kam er": a word that is also an adverb opens the sentence as the adverb; not
  // before und and a capitalised word, which join two nouns ("Schmuck und Uhren": Ding's adverb "nattily").
  if ((!joined && lex.entries(lower).some((e) => e.pos === "adv")) || functionWord(lower).length) return false;
  // "Schmuck und Uhren legen Sie ab": joined to a noun, a dictionary noun spelled as the bare adjective (schmuck,
  // "pretty") is the noun too; an adjective without an ending qualifies no noun.
  const ending = joined ? /^(?:|e|en|er|es)$/ : /^(?:e|en|er|es)$/;
  return adjectiveLemmas(lex, lower).some((a) => ending.test(lower.slice(a.lemma.length)) && lower.startsWith(a.lemma));
}

/**
 * A nominalised adjective in -es (lemma in -e) with a preposition, a punctuation mark or nothing after it, in a
 * heading's phrase with no verb ("Neues aus dem Fundbüro"); in a clause the tagger's reading stands, except
 * right before the finite verb ("Zerbrechliches verpacken wir in Kisten"): a main clause's first constituent
 * is whole before its verb, and an adjective with the strong ending -es there qualifies no noun (a fronted
 * predicate or adverb takes no ending).
 */
function neuterWithoutNoun(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number, d: Draft): boolean {
  const after = ctx.tokens[i + 1];
  if (!/es$/.test(d.a.text) || d.a.lemma !== `${d.a.text.slice(0, -2)}e`) return false;
  if (drafts[i + 1]?.a.pos === "verb" && after?.type === "word" && /^\p{Ll}+$/u.test(after.text)) return true;
  return (
    !drafts.some((x) => x?.a.pos === "verb") &&
    (after === undefined ||
      (after.type !== "word" && after.text !== "," && after.text !== ":") ||
      drafts[i + 1]?.a.pos === "prep")
  );
}

/**
 * "Shimano aus Japan", "Kowalczyk aus Polen": a guessed name right before "aus" and a place the lists or the
 * dictionary know names a firm or a person by its seat or home. The word is no compound of German words, so
 * nothing but the tagger spoke for a noun ("Sheabutter aus Ghana" is read from its head before this).
 */
function nameFromPlace(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const place = ctx.tokens[i + 2];
  return (
    ctx.tokens[i + 1]?.text === "aus" &&
    place?.type === "word" &&
    /^\p{Lu}/u.test(place.text) &&
    knownPlace(lex, place.text) !== undefined
  );
}

const COMPARATIVE_WORDS = new Set(["mehr", "weniger", "eher", "anders"]);

/**
 * "schneller als erwartet", "teurer als geplant", "Wie angekündigt, …": a past participle alone after a
 * comparison's als or a parenthetic wie is the verb of a clause cut short (als [es] erwartet [wurde]), not an
 * adjective. Only after a comparative (so not "gilt als vermisst") or a wie opening its clause and closing it.
 */
function comparedParticiple(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): boolean {
  const text = ctx.tokens[i]?.text ?? "";
  const joint = ctx.tokens[i - 1]?.text ?? "";
  if (!/^\p{Ll}+$/u.test(text) || !verbLemmas(lex, text).some((h) => h.participle && h.inf !== text)) return false;
  if (joint === "als") {
    const comparative = (k: number) => {
      const before = drafts[k]?.a;
      return (
        before !== undefined &&
        (COMPARATIVE_WORDS.has(before.text.toLowerCase()) ||
          ((before.pos === "adj" || before.pos === "adv") && /er$/.test(before.text) && before.lemma !== before.text))
      );
    };
    if (comparative(i - 2)) return true;
    // "was mir schwerer fiel als erwartet", "dauerte länger als geplant": the verb may stand between the
    // comparative and als, which then follows the clause's verb; the participle closes the clause.
    if (drafts[i - 2]?.a.pos !== "verb" || ctx.tokens[i + 1]?.type === "word") return false;
    const [from] = clauseBounds(ctx.tokens, i);
    for (let k = i - 3; k >= from; k--) if (comparative(k)) return true;
    return false;
  }
  if (joint.toLowerCase() !== "wie") return false;
  const opens = isSentenceInitial(ctx.tokens, i - 1) || ctx.tokens[i - 2]?.text === ",";
  const next = ctx.tokens[i + 1];
  return opens && (next === undefined || next.type !== "word" || drafts[i + 1]?.a.pos === "verb");
}

/** Re-decides the part of speech of the sentence's word drafts in context (in place). */
export function retag(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[]): void {
  const model = getTagger();
  if (!model) return;
  const tagged = tagSentence(
    model,
    tagInput(
      lex,
      ctx.tokens.map((t) => t.text),
    ),
  );
  drafts.forEach((d, i) => {
    const participle = d?.a.pos === "verb" ? attributiveParticiple(lex, ctx, drafts, i) : undefined;
    // "ein Münchner Bootshaus": an adjective the full-form data lists only in small letters (münchner) as well.
    const smallLemma = d?.a.pos === "adj" && d.a.lemma !== d.a.text && d.a.lemma === d.a.text.toLowerCase();
    const place =
      d?.a.pos === "noun" || (d?.a.name && !d.a.known) || smallLemma ? placeAdjective(lex, ctx, i) : undefined;
    if (participle || place) {
      drafts[i] = participle ?? place ?? null;
      return;
    }
    const first = d?.a.pos === "conj" || d?.a.pos === "adv" ? firstPlace(ctx, drafts, i) : undefined;
    if (first) {
      if (first !== d?.a.pos) drafts[i] = draftAs(lex, ctx, i, first) ?? d ?? null;
      return;
    }
    const noun =
      d?.a.pos === "det" || d?.a.pos === "pron" || d?.a.pos === "noun" ? articleNoun(lex, ctx, i) : undefined;
    if (noun) {
      drafts[i] = noun;
      return;
    }
    // "Kritik kommt vom BUND": a word in capitals after an article is an organisation's short name.
    if (d?.a.pos === "noun" && d.a.lemma !== d.a.text && capitalsAfterArticle(ctx, i)) {
      drafts[i] = nameDraft(d.a.text, d.a.text, undefined, false);
      return;
    }
    // "Erschöpft, aber glücklich erreichte er das Ziel": joined to an adjective, a participle is one too.
    if (d?.a.pos === "verb" && beforeAdjectiveAnd(lex, ctx, drafts, i)) {
      drafts[i] = draftAs(lex, ctx, i, "adj") ?? d;
      return;
    }
    if (d?.a.pos === "adj" && (seinPerfect(lex, ctx, i, d) || comparedParticiple(lex, ctx, drafts, i))) {
      drafts[i] = draftAs(lex, ctx, i, "verb") ?? d;
      return;
    }
    const t = tagged[i];
    if (!d || !t || d.a.foreign || t.margin < MIN_MARGIN) return;
    // Names from the gazetteer, the dictionary or the passage stand, and so do English titles the name
    // finder saw whole ("Global Times"); a guessed name is open to context.
    if (d.a.name && (d.a.known || d.sureName)) return;
    // "Clinton hat …": an unknown capitalised word is a name when context says so, not by default, and
    // not when it is spelled like a German noun ("Gummeldingen wurden verkauft").
    const unknownNoun = d.a.pos === "noun" && !d.a.known && /^\p{Lu}\p{Ll}*$/u.test(d.a.text);
    if (t.tag === "PROPN" && d.a.pos === "noun" && (surname(lex, ctx, drafts, tagged, i) || acronym(d))) {
      drafts[i] = nameDraft(d.a.text, d.a.text, undefined, false);
      return;
    }
    // "die SPD", "die UN": an abbreviation the dictionary glosses as a noun names a party, a body, a country
    // where the tagger reads a name; the card keeps the dictionary's expansion and gender (die SPD).
    if (t.tag === "PROPN" && d.a.pos === "noun" && d.a.known && properAbbreviation(d)) {
      const named = nameDraft(d.a.text, d.a.lemma, undefined, true);
      named.senses = d.senses;
      if (d.a.gender) named.a.gender = d.a.gender;
      drafts[i] = named;
      return;
    }
    // … nor when it ends in a noun of the dictionary after an unknown first part (Sheabutter, Hyaluronsäure).
    if (t.tag === "PROPN" && unknownNoun && !germanShaped(d.a.text) && !unknownModifierDraft(lex, d.a.text)) {
      drafts[i] = nameDraft(d.a.text, d.a.text, undefined, false);
      return;
    }
    const want = ENGINE_POS[t.tag];
    if (!want || want === d.a.pos) return;
    // Article or pronoun ("eine der größten", relative "das") follows the engine's own rules: the
    // treebanks disagree among themselves there.
    if (DET_OR_PRON.has(want) && DET_OR_PRON.has(d.a.pos) && !ARTICLE_FORMS.has(d.a.text.toLowerCase())) return;
    // "…, in dem Kinder spielen", "Macht das Spaß?": the pronoun before a noun it cannot be the article of
    // (function-words.ts).
    if (d.a.pos === "pron" && want === "det" && (relativeDem(lex, ctx, i) || dasBeforeOtherGender(lex, ctx, i))) return;
    // "feiert sein großes Fest": function-words.ts read sein as the verb only before a verb form or at the
    // clause's end; before an adjective or a noun it is the possessive, whatever the tagger's margin.
    if (d.a.pos === "det" && d.a.lemma === "sein" && want === "verb") return;
    // "Nimm meinen Wagen!": after the clause's finite verb, a possessive right before a noun is its article,
    // not a second finite verb (meinen "to mean"); "Was meinen Experten?" has no verb before it.
    if (d.a.pos === "det" && want === "verb" && POSSESSIVES.has(d.a.lemma) && possessiveAfterVerb(lex, ctx, drafts, i))
      return;
    // "Das meine ich nicht": no article before a pronoun (function-words.ts meinenTheVerb).
    if (d.a.pos === "verb" && want === "det" && MEINEN.has(d.a.text.toLowerCase()) && meinenTheVerb(lex, ctx, i))
      return;
    // "…, danke.": an interjection the dictionary has, standing alone (content-draft.ts), stays one.
    if (d.a.pos === "other" && d.a.known) return;
    // "Wir paddeln stromaufwärts": a word in -wärts read as the adverb of direction (content-draft.ts guessLemma)
    // has no adjective's endings to give; the tagger reads an unknown word at the clause's end as one.
    if (d.a.pos === "adv" && want === "adj" && /wärts$/u.test(d.a.text)) return;
    // "Schwangere und Stillende sollten …": opening the sentence and joined to another capitalised word, a
    // nominalised adjective the dictionary lists as a noun stays the noun; the tagger, for whom capitals
    // there say nothing, reads the adjective's shape.
    if (d.a.pos === "noun" && want === "adj" && nominalisedAtStart(lex, ctx, drafts, i, d)) return;
    // "Neues aus dem Fundbüro": opening a heading with no noun after it, the nominalised neuter adjective in -es
    // (analyse-word.ts) stays the noun; the tagger, for whom capitals there say nothing, reads the adjective.
    if (
      d.a.pos === "noun" &&
      want === "adj" &&
      isSentenceInitial(ctx.tokens, i) &&
      neuterWithoutNoun(ctx, drafts, i, d)
    )
      return;
    // "Die Vorsitzende Richterin": a capitalised participle or adjective of an office's title before its noun
    // (analyse-word.ts titleAdjective) stays the adjective; the tagger reads the capital as a noun's.
    if (d.a.pos === "adj" && want === "noun" && /^\p{Lu}/u.test(d.a.text) && drafts[i + 1]?.a.pos === "noun") return;
    // "Morgen kommt er": opening the sentence right before the verb, with no article, a word that is also
    // an adverb is the adverb (morgen, "tomorrow"), not a bare noun (der Morgen).
    if (d.a.pos === "adv" && want === "noun" && isSentenceInitial(ctx.tokens, i) && drafts[i + 1]?.a.pos === "verb")
      return;
    // "Verletzte gab es keine", "Beschäftigte erhalten mehr Lohn": opening the sentence right before a finite
    // verb, a noun the dictionary has (a nominalised participle, spelled like a past tense) is no finite verb
    // itself: a clause has one, and its first place holds the subject.
    if (d.a.pos === "noun" && want === "verb" && isSentenceInitial(ctx.tokens, i) && finiteNext(lex, ctx, drafts, i))
      return;
    // "Macht es Ihnen etwas aus?": opening the sentence right before a personal pronoun, a finite verb opens a
    // question or a command (analyse-word.ts, verbFirst), not a bare noun (die Macht).
    if (d.a.pos === "verb" && want === "noun" && isSentenceInitial(ctx.tokens, i) && drafts[i + 1]?.a.pos === "pron")
      return;
    // "Morgen wird bestimmt alles besser": content-draft.ts reads a participle that is also an adverb as the
    // adverb only where more of its clause follows; the verb's participle would end it.
    if (d.a.pos === "adv" && want === "verb" && verbLemmas(lex, d.a.text.toLowerCase()).some((h) => h.participle))
      return;
    // "Besonders betroffen sind Familien": beside sein a participle is the adjective (the card's convention).
    // "die gebuchte Reise": between article and noun an inflected participle is the adjective.
    // "großartig und aufgeschlossen": coordinated with an adjective, a participle is one too.
    if (
      d.a.pos === "adj" &&
      want === "verb" &&
      ((predicative(ctx, i) && !nearWerden(ctx, i)) ||
        closingSeinPredicate(lex, ctx, i) ||
        attributive(ctx, i, d.a.text.toLowerCase()) ||
        afterAdjectiveAnd(ctx, drafts, i) ||
        participleBeforeVerb(lex, ctx, i) ||
        finiteBeforeClosingAuxiliary(lex, ctx, i) ||
        listedPredicate(lex, ctx, i))
    )
      return;
    // "fiel leise", "gründlich waschen": an adjective used adverbially stays the adjective (the treebanks
    // tag it both ways); an adverb with a meaning of its own was chosen word by word already. Where the
    // tagger is very sure, the word is a sentence adverb ("Natürlich kam er", "wahrscheinlich", "einfach
    // nur"), an adverb in every convention.
    if (
      d.a.pos === "adj" &&
      want === "adv" &&
      (t.margin < SENTENCE_ADVERB_MARGIN ||
        !seenAsAdverb(model, d.a.text.toLowerCase()) ||
        // "Stark verschmutzte Kleidung": opening the sentence before a declined participle, the word modifies
        // that participle, no sentence adverb.
        (isSentenceInitial(ctx.tokens, i) && declinedParticiple(lex, ctx.tokens[i + 1]?.text ?? "")) ||
        // "bereits stark abgenutzt war": so before the participle closing its clause.
        beforeBareParticiple(lex, ctx, i) ||
        // "mit vollständig geladenem Akku": so inside a noun phrase, after its article or preposition.
        (insideNounPhrase(ctx, i) && declinedParticiple(lex, ctx.tokens[i + 1]?.text ?? "")) ||
        // "lag deutlich zu tief": before zu and an adjective the word says by how much.
        beforeTooAdjective(lex, ctx, i)) &&
      adjectiveUsedAdverbially(lex, ctx, i, d)
    )
      return;
    // "Am Piz Buin sei die Lage heikel": closing its clause after a copula the word is the predicate, the
    // adjective, whatever its dictionary adverb means (heikel: "queasily").
    if (d.a.pos === "adj" && want === "adv" && predicative(ctx, i) && ctx.tokens[i + 1]?.type !== "word") return;
    // "Kleidung, die schmutzig werden darf": right before werden the word is what the subject becomes, the
    // predicate, not an adverb (schmutzig: "dirtily"). Not in the first place, before the finite verb: "Endlich
    // wurde es Frühling" is the adverb.
    const next = ctx.tokens[i + 1]?.text.toLowerCase() ?? "";
    if (
      d.a.pos === "adj" &&
      want === "adv" &&
      WERDEN.has(next) &&
      next !== "worden" &&
      !isSentenceInitial(ctx.tokens, i)
    )
      return;
    // "im vierten Stock": the treebanks tag an ordinal ADJ; the card keeps the ordinal (vierte, "fourth"),
    // where the adjective reading has only the full-form data's lemma "viert" and no meaning.
    if (d.a.pos === "num" && want === "adj") return;
    // "am siebten Tag", "zum siebten Mal": between an article (or a preposition fused with one) and a noun an
    // ordinal is no finite verb, whatever verb it is spelled as (sieben, "to sieve"; achten).
    if (d.a.pos === "num" && want === "verb" && ordinalInNounPhrase(ctx, drafts, i)) return;
    // "rund 500", "gar nicht": an adverb whose sense the words around it chose (content-draft.ts) was read
    // in context already; the tagger takes "rund" before a figure for the adjective.
    if (d.a.pos === "adv" && want === "adj" && (d.choice !== undefined || ownAdverb(lex, model, ctx, i, d))) return;
    // "Kuchen gratis", "online verlängern": an adverb whose adjective is never declined (content-draft.ts).
    if (d.a.pos === "adv" && want === "adj" && undeclinedAdjective(lex, d.a.text.toLowerCase())) return;
    // "regelmäßig und möglichst fettarm": a bare superlative form with an adverb entry is that adverb (content-draft.ts).
    if (d.a.pos === "adv" && want === "adj" && bareSuperlativeAdverb(lex, ctx, i, d.a.text.toLowerCase())) return;
    // "zu wenig gegen …", "zu spät": before an adjective or adverb and no noun, zu is "too", not the preposition.
    if (d.a.lemma === "zu" && d.a.pos === "adv" && want === "prep" && tooBeforeDegree(ctx, drafts, i)) return;
    // "des Konzerns Waren im Wert von …": inside a sentence a capitalised word is no verb.
    if (want === "verb" && /^\p{Lu}/u.test(d.a.text) && !isSentenceInitial(ctx.tokens, i)) return;
    if ((d.a.pos === "adj" || d.a.pos === "adv") && want === "verb" && secondFiniteVerb(lex, ctx, drafts, i)) return;
    // "hat sich darum bemüht": after haben a participle makes the perfect.
    // "haben … eine enge Zusammenarbeit": between article and noun the word is attributive all the same.
    if (
      d.a.pos === "verb" &&
      want === "adj" &&
      auxiliaryBefore(ctx, i) === "haben" &&
      !attributive(ctx, i, d.a.text.toLowerCase())
    )
      return;
    // "Die Katze wurde kastriert": the passive participle of an -ieren verb the dictionary lacks, read beside
    // werden (content-draft.ts), stays the verb; the tagger knows the word only as the dictionary's adjective.
    if (d.a.pos === "verb" && want === "adj" && unlistedIerenParticiple(lex, d)) return;
    // "Die Klassen bereiten Spiele … vor": the clause's only verb, right after its subject, stays the verb.
    if (d.a.pos === "verb" && afterNoun(ctx, drafts, i) && onlyVerbOfClause(ctx, drafts, i)) return;
    // "Wir wollen Brot kaufen": a finite form right after a subject pronoun is the verb, not an adjective
    // before a bare noun (wollen "woollen").
    if (d.a.pos === "verb" && want === "adj" && finiteAfterSubject(lex, ctx, i)) return;
    // "ungewohnt laut vorkommen": a preposition with no noun phrase to govern is the adjective (function-words.ts).
    if (want === "prep" && prepositionWithoutObject(lex, ctx, i)) return;
    const other = draftAs(lex, ctx, i, want);
    if (other) drafts[i] = other;
    // "Typischerweise ist …": an unknown capitalised word is a name only if context says so. Inside a
    // sentence ("über Zalando") capitals speak for a name: the tagger must be surer to unmake it.
    else if (
      (d.a.name || !d.a.known) &&
      (want === "adv" || want === "adj" || (want === "noun" && /^\p{Lu}/u.test(d.a.text))) &&
      (!d.a.name || t.margin >= SURE_MARGIN || isSentenceInitial(ctx.tokens, i)) &&
      !(d.a.name && want === "noun" && nameFromPlace(lex, ctx, i))
    )
      drafts[i] = unknownDraft(d.a.text, want === "noun" ? d.a.text : d.a.text.toLowerCase(), want);
  });
}
