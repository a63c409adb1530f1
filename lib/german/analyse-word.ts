// Analysis of one word token in its sentence: function word, name, noun (with compound parts), verb,
// adjective, foreign word, or an honest unknown.
import { abbreviation, TITLES } from "./abbreviations";
import { functionWord } from "./closed-class";
import { type Segment, splitCompound } from "./compounds";
import { contentDraft, guessLemma, verbDraft } from "./content-draft";
import { draft, foreignDraft, fromEntry, nameDraft, rankOf, unknownDraft } from "./draft";
import { functionWordDraft } from "./function-words";
import { companyListed, gazetteerName, placeNamed } from "./gazetteer";
import { placeNoun } from "./geographic-names";
import { adjectiveLemmas, listedNounLemmas, nounLemmas, nouns, verbLemmas } from "./lemmatize";
import type { LexEntry, Lexicon } from "./lexicon";
import { commonWord, composedPlace, foreignLetters, givenName, knownPlace, nameShaped, placeInContext } from "./names";
import { isNominalisedAdjective } from "./nominalised";
import { compoundDraft, nounDraft, ordinalNounDraft, suffixNounDraft, unknownModifierDraft } from "./noun-draft";
import { type Draft, isSentenceInitial, type SentenceContext, wordAt } from "./sentence-context";
import type { PartOfSpeech } from "./types";
import { verbalNounDraft } from "./verbal-noun";
import { capitalise, deumlaut, isAllCaps, isCapitalised } from "./word-shape";

const FORMAL: Record<string, [string, PartOfSpeech, string]> = {
  Sie: ["Sie", "pron", "you (formal)"],
  Ihnen: ["Sie", "pron", "you (formal)"],
  Ihr: ["Ihr", "det", "your (formal)"],
  Ihre: ["Ihr", "det", "your (formal)"],
  Ihren: ["Ihr", "det", "your (formal)"],
  Ihrem: ["Ihr", "det", "your (formal)"],
  Ihrer: ["Ihr", "det", "your (formal)"],
  Ihres: ["Ihr", "det", "your (formal)"],
};

function nameOf(ctx: SentenceContext, text: string): Draft | undefined {
  const gaz = gazetteerName(text);
  if (gaz) return nameDraft(text, gaz.name, gaz.gloss, true);
  if (ctx.names.has(text)) return nameDraft(text, text, ctx.names.get(text), true);
  return undefined;
}

function dingName(lex: Lexicon, text: string, lemma: string): Draft | undefined {
  const e: LexEntry | undefined = lex.entries(lemma).find((x) => x.pos === "name");
  return e ? nameDraft(text, lemma, e.senses[0]?.glosses[0], true) : undefined;
}

/** Genitive of a name: Trumps → Trump, Chinas → China, Mas → Ma. */
function genitiveName(lex: Lexicon, ctx: SentenceContext, text: string): Draft | undefined {
  if (!text.endsWith("s") || text.length < 3) return undefined;
  // "Jonas", "Andreas", "Klaus": a first name of its own, not the genitive of Jona (a Swiss town).
  if (lex.isFirstName(text.toLowerCase()) && !ctx.names.has(text.slice(0, -1))) return undefined;
  const base = text.slice(0, -1);
  const gaz = gazetteerName(base);
  if (gaz) return nameDraft(text, gaz.name, gaz.gloss, true);
  if (ctx.names.has(base)) return nameDraft(text, base, ctx.names.get(base), true);
  // A listed noun form stands (des Essens); so does a stripped one of the same word. "Bonns" and
  // "Ungarns" are no forms of Bon and Ungar, whose names differ from the place's; "Tirols" is the name's.
  const wordForm = (e: LexEntry) => placeNoun(lex, e.lemma) === undefined;
  if (listedNounLemmas(lex, text).some(wordForm) || nounLemmas(lex, text).some((e) => e.lemma === base && wordForm(e)))
    return undefined;
  // "Bayerns", "Chinas": the genitive of a place the gazetteer or the dictionary knows.
  const place = knownPlace(lex, base);
  return place ? nameDraft(text, base, place.gloss, true) : undefined;
}

const NON_NOUN_START = new Set<PartOfSpeech>(["adv", "conj", "prep", "pron", "det", "part", "num"]);

/** Noun reading of a capitalised word: dictionary noun, then place name, then compound of known parts. */
function nounOrPlace(lex: Lexicon, ctx: SentenceContext, i: number, text: string): Draft | undefined {
  if (properNounOnly(lex, text)) return dingName(lex, text, text);
  const country = countryNoun(lex, text);
  if (country) return country;
  return (
    nounDraft(lex, text) ??
    dingName(lex, text, text) ??
    toponym(lex, ctx, i, text) ??
    ordinalNounDraft(text) ??
    compoundDraft(lex, text)
  );
}

/**
 * "das Landgericht Koblenz": Ding lists some towns also as a noun glossed only by English proper words
 * (Koblenz {n}: Coblantzian), the inhabitants' adjective filed under the town; such a word is the name.
 */
function properNounOnly(lex: Lexicon, text: string): boolean {
  const entries = lex.entries(text).filter((e) => !e.oldSpelling);
  const noun = entries.filter((e) => e.pos === "noun");
  return (
    entries.some((e) => e.pos === "name") &&
    noun.length > 0 &&
    // A plural of people stays a reading of its own: die Sachsen (Saxons) beside Sachsen (Saxony).
    noun.every((e) => !e.pluralOnly && e.senses.every((s) => s.glosses.every((g) => /^\p{Lu}/u.test(g))))
  );
}

/**
 * "aus den Niederlanden": a country Ding files as a noun glossed only by the country's English name
 * (Niederlande {f}: the Netherlands), and the gazetteer as a country, is that country in every case, a name.
 */
function countryNoun(lex: Lexicon, text: string): Draft | undefined {
  const e = nounLemmas(lex, text).find((x) => placeNamed(x.lemma)?.kind === "country");
  const gloss = e?.senses[0]?.glosses[0];
  if (!e || !gloss || !e.senses.every((s) => s.glosses.every((g) => /^(?:the )?\p{Lu}/u.test(g)))) return undefined;
  return nameDraft(text, e.lemma, gloss, true);
}

// Heads of German place names: mountains, lakes, streams, villages, castles, valleys. The common compounds
// on them are in the dictionary (Eisberg, Stausee, Feriendorf, Sandburg); one it lacks is a name.
const ACADEMIC_TITLES = new Set(["Dr.", "Prof."]);
const TOPONYM_HEAD = /(?:berg|see|bach|dorf|burg|tal)$/;
const TOPONYM_WORD = /^(?:berg|see|bach|dorf|burg|tal)$/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|jeder|jede|jedes|jeden)$/;

/**
 * "Der Feldberg", "am Hexenberg", "nach Niederbach": a compound the dictionary lacks, uninflected, on a
 * place-name head, is a name, not "field mountain". After an indefinite article it is a common noun
 * ("ein Müllberg"). The head is evidence enough that the tagger's reading of a noun ("am Feldsee") does not undo.
 */
function toponym(lex: Lexicon, ctx: SentenceContext, i: number, text: string): Draft | undefined {
  if (INDEFINITE.test(wordAt(ctx.tokens, i - 1)?.text.toLowerCase() ?? "")) return undefined;
  if (!TOPONYM_HEAD.test(text)) return waterName(lex, text);
  const comp = splitCompound(lex, text);
  // "Freibergsee", "Alpsee": a head of a place name after a stem no dictionary knows (a place, a person).
  if (!comp)
    return (
      waterName(lex, text) ??
      (unknownStem(lex, text, TOPONYM_HEAD) || placeStem(lex, text, TOPONYM_HEAD) ? guessedPlace(text) : undefined)
    );
  const head = comp?.segments[comp.segments.length - 1];
  if (!comp || !head?.entry || head.text.toLowerCase() !== head.entry.lemma.toLowerCase()) return undefined;
  if (!placeHead(head)) return undefined;
  return beforeName(lex, ctx, i) ? undefined : guessedPlace(text);
}

// What a compound head on a place's word means in English (Bergsee: mountain lake; Hausberg: local mountain).
const TOPONYM_GLOSS =
  /\b(?:mountains?|hills?|mount|lakes?|sea|pond|reservoir|brooks?|streams?|creek|torrent|village|castle|fortress|valleys?|dale|vale)\b/;

/**
 * Whether a compound's head is a place's word (Berg, See, Tal …) or a dictionary compound on one, which its English
 * says (Frei|bergsee: Bergsee, mountain lake): Wachstums|kapital and Bürger|portal end in -tal, but Kapital and
 * Portal are no valley.
 */
function placeHead(head: Segment): boolean {
  if (TOPONYM_WORD.test(head.text.toLowerCase())) return true;
  return (head.entry?.senses[0]?.glosses ?? []).some((g) => TOPONYM_GLOSS.test(g));
}

/**
 * "auf den Hausberg Fløyen", "am Stausee Xyzdorf": right before a name, a compound of German words on a place's head
 * is the kind of place in apposition, as Berg is in "der Berg Fløyen", not the name itself. The name is a
 * capitalised word with no German reading or a place the lists know.
 */
function beforeName(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!t || next?.type !== "word" || next.start !== t.start + t.text.length + 1 || !isCapitalised(next.text))
    return false;
  const lower = next.text.toLowerCase();
  const german = lex.has(next.text) || lex.has(lower) || nounLemmas(lex, next.text).length > 0;
  return !german || knownPlace(lex, next.text) !== undefined;
}

// Heads that mark a river, a stretch of water, a landscape, an island or a mountain pass rather than a thing:
// Peenestrom, Geirangerfjord, Nordstrand, Karwendelgebirge, Reschenpass. Only after a stem no dictionary knows: Kücheninsel,
// Museumspass are things.
const WATER_HEAD = /(?:strom|förde|fjord|bucht|heide|moor|wald|gebirge|horn|münde|insel|pass)$/;

/**
 * "Peenestrom", "Romanshorn", "Reschenpass": such a head after a stem no dictionary knows is a name; so is a
 * range on -gebirge after a place, river or range the lists know ("im Karwendelgebirge", Kar + Wendel as
 * German words though): the range named by it. Mittelgebirge, Faltengebirge stay nouns.
 */
function waterName(lex: Lexicon, text: string): Draft | undefined {
  if (!WATER_HEAD.test(text)) return undefined;
  const range = text.endsWith("gebirge") && placeStem(lex, text, WATER_HEAD);
  return range || unknownStem(lex, text, WATER_HEAD) ? guessedPlace(text) : undefined;
}

/** A name read from its shape alone (a place's head, foreign letters), which the tagger's reading of a common noun does not undo. */
function guessedPlace(text: string): Draft {
  const d = nameDraft(text, text, undefined, false);
  d.sureName = true;
  return d;
}

/** Whether the word before a head (without a linking -s) is capitalised, 3+ letters, and no word of the dictionary. */
function unknownStem(lex: Lexicon, text: string, head: RegExp): boolean {
  const match = head.exec(text);
  if (!match || lex.has(text)) return false;
  const stem = text.slice(0, match.index);
  const bare = stem.endsWith("s") ? stem.slice(0, -1) : stem;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(stem)) return false;
  // Alpenabfluss is Alpen + Abfluss: a stem that is itself a compound of known words is no name.
  if (splitCompound(lex, stem) !== undefined || splitCompound(lex, text) !== undefined) return false;
  // A noun only the full-form data lists, with no meaning in the dictionary (Alp), is no better known.
  return [stem, bare].every(
    (w) => !lex.has(w) && !lex.has(w.toLowerCase()) && nounLemmas(lex, w).every((e) => e.senses.length === 0),
  );
}

/**
 * "Inntal", "Rheintal", "Elbtal": a place's head after a place or river the lists or the dictionary know (Inn,
 * a name there), where the whole is no dictionary word, names the place.
 */
function placeStem(lex: Lexicon, text: string, head: RegExp): boolean {
  const match = head.exec(text);
  if (!match || lex.has(text)) return false;
  const stem = text.slice(0, match.index);
  return /^\p{Lu}\p{Ll}{1,}$/u.test(stem) && knownPlace(lex, stem) !== undefined && !commonWord(lex, stem);
}

/**
 * "Unglaubliches geleistet", "etwas Neues": an adjective written as a noun that the dictionary lacks
 * is the nominalised adjective (das Unglaubliche), with the adjective's meaning; -es is neuter, other
 * endings take their gender from the article (nominalised.ts).
 */
function nominalisedAdjective(lex: Lexicon, text: string, lower: string): Draft | undefined {
  const ending = /(?:e|en|em|er|es)$/.exec(lower)?.[0];
  const adj = ending ? adjectiveLemmas(lex, lower)[0] : undefined;
  if (!ending || !adj?.senses.length) return undefined;
  const stem = lower.slice(0, -ending.length);
  // "die Jüngsten", "den Ärmsten": a superlative written as a noun keeps its degree (die Jüngste, the
  // youngest), as the dictionaries' Älteste and Kleinste do; its meaning is the adjective's.
  const positive = /e?st$/.exec(stem) ? stem.replace(/e?st$/, "") : undefined;
  const superlative = positive !== undefined && (positive === adj.lemma || deumlaut(positive) === adj.lemma);
  if (stem !== adj.lemma && !superlative) return undefined;
  const lemma = `${text.slice(0, 1)}${stem.slice(1)}e`;
  // "ein Bekannter", "ein Verletzter": the strong masculine of a person the dictionary lists under -e only
  // (Bekannte: acquaintance) means what that noun means, not what the adjective does (bekannt: known,
  // verletzt: gammy). Only -er: "das Neue" (the new) is no newcomer.
  const person =
    ending === "er"
      ? lex
          .entries(lemma)
          .find((e) => e.pos === "noun" && (e.gender === "m" || e.gender === "f") && e.senses.length && !e.oldSpelling)
      : undefined;
  const d = fromEntry(lex, text, { ...(person ?? adj), lemma }, "noun");
  if (ending === "es") d.a.gender = "n";
  return d;
}

/**
 * "Stillende", "den Forschenden": a present participle written as a noun (stillend of stillen) that Ding lacks
 * is the nominalised participle, lemma in -e, with the verb's meaning; never a compound guessed from pieces
 * (Stil + Lende). Gender comes from the article (nominalised.ts).
 */
function nominalisedParticiple(lex: Lexicon, text: string, lower: string): Draft | undefined {
  const stem =
    /^(\p{Ll}{3,}en)d(?:e|en|er|es|em)$/u.exec(lower)?.[1] ??
    /^(\p{Ll}{3,}(?:el|er)n)d(?:e|en|er|es|em)$/u.exec(lower)?.[1];
  const verb = stem ? lex.entries(stem).find((e) => e.pos === "verb" && !e.oldSpelling) : undefined;
  if (!stem || !verb) return undefined;
  const lemma = `${text.slice(0, stem.length + 1)}e`;
  if (nouns(lex, lemma).length) return undefined;
  const d = fromEntry(lex, text, { ...verb, lemma }, "noun");
  if (lower.endsWith("es")) d.a.gender = "n";
  return d;
}

/**
 * A company's or brand's name of the open list that the dictionary does not know as a German word. (Ding's
 * English glosses name brands too, volkswagen among them, so English is no test here.)
 */
export function companyName(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  return (
    companyListed(text) &&
    !lex.has(text) &&
    !lex.has(lower) &&
    functionWord(lower).length === 0 &&
    nounLemmas(lex, text).length === 0 &&
    lex.verbsOf(lower).length === 0 &&
    adjectiveLemmas(lex, lower).length === 0
  );
}

/**
 * "Zerbrechliches verpacken wir in Kisten": a small word right after the sentence's first one that is a verb's
 * form and no adjective's is the finite verb of a main clause, which follows its first constituent whole: the
 * word before it qualifies no noun. An adjective between would be one ("Kleines rotes Auto").
 */
function finiteVerbAfter(lex: Lexicon, after: { type: string; text: string }): boolean {
  const lower = after.text;
  if (after.type !== "word" || !/^\p{Ll}+$/u.test(lower) || functionWord(lower).length) return false;
  return verbLemmas(lex, lower).some((v) => !v.participle) && adjectiveLemmas(lex, lower).length === 0;
}

function capitalisedDraft(lex: Lexicon, ctx: SentenceContext, i: number, initial: boolean): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  const named = nameOf(ctx, text) ?? genitiveName(lex, ctx, text);
  if (named) return named;
  const prev = wordAt(ctx.tokens, i - 1);
  // "Dr. Müller", "Frau Koch": after a title a capitalised word is a name, even if also a noun.
  // After Dr. or Prof. it is sure: no noun follows an academic title ("Ihr Praxisteam Dr. Keller"), where the
  // tagger, for a word the dictionary has (Keller "cellar"), would read the noun.
  if (prev && TITLES.has(prev.text) && !initial) {
    const d = nameDraft(text, text, undefined, false);
    if (ACADEMIC_TITLES.has(prev.text)) d.sureName = true;
    return d;
  }
  const next = wordAt(ctx.tokens, i + 1);
  const beforeNoun = next !== undefined && isCapitalised(next.text);
  const place = placeInContext(lex, ctx.tokens, i);
  if (place) return nameDraft(text, place.name, place.gloss, true);
  const composed = composedPlace(lex, text);
  if (composed) {
    const d = nameDraft(text, composed, undefined, false);
    d.sureName = true;
    return d;
  }
  // "Volkswagen will …", "bei Zalando": a company the open list names, spelled as no German word of the
  // dictionary is, is a name wherever it stands; Volkswagen is no Volk + Wagen.
  if (companyName(lex, text)) return nameDraft(text, text, undefined, true);
  // "Der Klaus", "deine Ursula": a first name of the open lists that is no word of the dictionary.
  if (!lex.isFirstName(lower) && !lex.has(text) && givenName(lex, text)) return nameDraft(text, text, undefined, true);
  const noun = nounOrPlace(lex, ctx, i, text);
  const content = initial ? contentDraft(lex, ctx, i, lower) : undefined;
  // "Neues aus dem Fundbüro", "Leckeres vom Grill": opening the sentence, a strong neuter adjective in -es with
  // a preposition, a punctuation mark or nothing after it qualifies no noun: it is the nominalised adjective.
  const after = ctx.tokens[i + 1];
  // Not before a comma ("Kleines, feines Hotel" coordinates two adjectives before one noun) nor a colon
  // ("Folgendes:" announces what follows, a pronoun in the treebanks' reading).
  const noNounAfter =
    after === undefined ||
    (after.type !== "word" && after.text !== "," && after.text !== ":") ||
    functionWord(after.text.toLowerCase()).some((r) => r.pos === "prep") ||
    finiteVerbAfter(lex, after);
  const neuter = content?.a.pos === "adj" && lower.endsWith("es") && noNounAfter;
  const nominalNeuter = neuter ? nominalisedAdjective(lex, text, lower) : undefined;
  if (nominalNeuter) return nominalNeuter;
  if (content) {
    const pos = content.a.pos;
    // "Können Sie mir helfen?": a verb opening a question or command is followed by its subject.
    const verbFirst =
      pos === "verb" && next !== undefined && functionWord(next.text.toLowerCase()).some((r) => r.pos === "pron");
    if (
      !noun ||
      NON_NOUN_START.has(pos) ||
      // "Danke!", "Danke schön": an interjection standing alone, not the noun Dank.
      pos === "other" ||
      (pos === "adj" && beforeNoun) ||
      (pos === "verb" && (!noun.a.known || verbFirst))
    )
      return content;
  }
  // "etwas Leckeres": a declined adjective is read before a compound guessed from pieces (Leck·e + Re).
  const guessed = noun?.segments !== undefined && !nounDraft(lex, text);
  // "Alleinstehende": a compound whose head is a nominalised adjective (allein + Stehende) is the adjective the
  // dictionary has whole (alleinstehend), nominalised.
  const nominalHead = /e$/.test(noun?.segments?.at(-1)?.lemma ?? "");
  const nominal =
    !beforeNoun && (!noun?.a.known || guessed || nominalHead) ? nominalisedAdjective(lex, text, lower) : undefined;
  if (nominal) return nominal;
  // Only in place of a guess: a noun the data knows whole keeps its reading (die Reisenden: Reisende, m).
  const guessedWhole = !noun?.a.known || noun.segments !== undefined;
  const participle = beforeNoun || !guessedWhole ? undefined : nominalisedParticiple(lex, text, lower);
  if (participle) return participle;
  // "beim Einsteigen": an infinitive of a verb the lexicon knows is the verb used as a noun, not a compound
  // guessed from pieces (Eins·Teig + en).
  const verbal = guessed ? verbalNounDraft(lex, text) : undefined;
  if (verbal) return verbal;
  const title = noun && beforeNoun ? titleAdjective(lex, ctx, i, noun, lower) : undefined;
  if (title) return title;
  if (noun) return noun;
  // "Hallo", "Tschüss": Ding writes these interjections capitalised; they are words, not names.
  const interjection = lex.entries(text).find((e) => e.pos === "other" && !e.oldSpelling);
  if (interjection) return fromEntry(lex, text, interjection, "other");
  // "der Kommunistischen Führung": an adjective capitalised as part of a name-like phrase.
  const adj = adjectiveLemmas(lex, lower)[0];
  if (adj && beforeNoun) return fromEntry(lex, text, adj, "adj");
  if (content) return content;
  if (lex.isFirstName(lower)) return nameDraft(text, text, undefined, true);
  return undefined;
}

/**
 * "Die Vorsitzende Richterin sah das anders", "der Leitende Oberarzt": a nominalised adjective or participle the
 * dictionary lists as a noun (die Vorsitzende), declined as an adjective right before a common noun, is that
 * noun's attributive adjective, capitalised as part of an office's title. Before a first name or surname it stays
 * the noun, in apposition ("der Abgeordnete Müller").
 */
function titleAdjective(lex: Lexicon, ctx: SentenceContext, i: number, noun: Draft, lower: string): Draft | undefined {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!t || next?.type !== "word" || next.start !== t.start + t.text.length + 1) return undefined;
  if (!isNominalisedAdjective(lex, noun.a.lemma) || !/(?:e|en|em|er|es)$/u.test(lower)) return undefined;
  const nextLower = next.text.toLowerCase();
  if (lex.isSurname(nextLower) || lex.isFirstName(nextLower) || nounLemmas(lex, next.text).length === 0)
    return undefined;
  const adj = adjectiveLemmas(lex, lower)[0];
  if (adj) return fromEntry(lex, t.text, adj, "adj");
  // A present participle the dictionary lists only as the verb (vorsitzen → vorsitzend).
  const stem = /^(\p{Ll}{3,}(?:en|eln|ern))d(?:e|en|em|er|es)$/u.exec(lower)?.[1];
  const verb = stem ? lex.entries(stem).find((e) => e.pos === "verb" && !e.oldSpelling) : undefined;
  return stem && verb ? fromEntry(lex, t.text, { ...verb, lemma: `${stem}d` }, "adj") : undefined;
}

/** Words of an English paragraph: names stay names, German words (Januar) stay German, the rest is foreign. */
function englishDraft(lex: Lexicon, ctx: SentenceContext, i: number): Draft {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  const initial = isSentenceInitial(ctx.tokens, i);
  const named = nameOf(ctx, text) ?? dingName(lex, text, text);
  if (named && (!initial || !lex.isEnglish(lower))) return named;
  if (lex.isEnglish(lower)) return foreignDraft(text);
  if (isCapitalised(text)) {
    const noun = nounDraft(lex, text);
    if (noun) return noun;
  }
  return foreignDraft(text);
}

/**
 * The analysis of token i read as `variant` (clitics, capitals, truncated compounds), shown as typed.
 * A variant is analysed without looking for further variants: "A380" lower-cased and capitalised is
 * "A380" again, and "A---" would otherwise recurse once per hyphen.
 */
function asVariant(lex: Lexicon, ctx: SentenceContext, i: number, variant: string): Draft {
  const tokens = ctx.tokens.slice();
  const t = tokens[i];
  if (t) tokens[i] = { ...t, text: variant };
  const d = analyseWord(lex, { ...ctx, tokens }, i, false);
  d.a.text = t?.text ?? variant;
  return d;
}

/** "Import- und Exportzölle": the truncated word completed with the next compound's head. */
function truncatedCompound(lex: Lexicon, ctx: SentenceContext, i: number, stem: string): string | undefined {
  for (let j = i + 1; j < Math.min(ctx.tokens.length, i + 4); j++) {
    const t = wordAt(ctx.tokens, j);
    if (!t || ["und", "oder", "bis", "sowie", "bzw."].includes(t.text)) continue;
    const head = splitCompound(lex, t.text)?.segments.at(-1);
    return head ? stem + head.text.toLowerCase() : undefined;
  }
  return undefined;
}

/** Spelling variants worth a second look before calling a word unknown. */
function variantDraft(lex: Lexicon, ctx: SentenceContext, i: number, text: string): Draft | undefined {
  const clitic = /^(\p{L}+)['’]s$/u.exec(text);
  if (clitic?.[1]) return asVariant(lex, ctx, i, clitic[1]);
  if (text.endsWith("-") && text.length > 2) {
    const full = truncatedCompound(lex, ctx, i, text.slice(0, -1));
    return asVariant(lex, ctx, i, full ?? text.slice(0, -1));
  }
  if (isAllCaps(text) && text.length >= 3 && !lex.has(text) && !gazetteerName(text)) {
    const lower = text.toLowerCase();
    // "BERLIN (dpa) –": a dateline in capitals names the place.
    const place = knownPlace(lex, capitalise(lower));
    if (place) return nameDraft(text, capitalise(lower), place.gloss, true);
    for (const v of [lower, capitalise(lower), capitalise(lower.replace(/ss/g, "ß")), lower.replace(/ss/g, "ß")]) {
      if (v === text) continue;
      const d = asVariant(lex, ctx, i, v);
      if (d.a.known && !d.a.name) return d;
    }
  }
  return undefined;
}

/**
 * "grosse", "Aussenminister", "gestossen": Swiss spelling writes ss for ß. A word the lexicon does not know
 * is read with ß where that spelling is known; names stay (Strauss is no ostrich), except at the start of
 * a sentence, where capitals are no evidence of one.
 */
export function analyseWord(lex: Lexicon, ctx: SentenceContext, i: number, variants = true): Draft {
  const d = analyseSpelled(lex, ctx, i, variants);
  const text = ctx.tokens[i]?.text ?? "";
  // "Prozeß", "Beschluß", "gewiß": before 1996 ß also ended a syllable after a short vowel, where the
  // lexicon writes ss. Tried only where the word has no meaning as written.
  if (variants && !d.senses?.length && /ß(?![aeiouäöüy])/u.test(text)) {
    const reformed = asVariant(lex, ctx, i, text.replace(/ß(?![aeiouäöüy])/gu, "ss"));
    if (reformed.senses?.length && !reformed.a.name) return reformed;
  }
  if (!variants || d.a.known || !text.includes("ss") || (d.a.name && !isSentenceInitial(ctx.tokens, i))) return d;
  const swiss = asVariant(lex, ctx, i, text.replace(/ss/g, "ß"));
  return swiss.a.known && !swiss.a.name ? swiss : d;
}

/** Capitalised parts written together, each with small letters after it: KölnTicket, FilmFernsehFonds, PayPal. */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u;

function analyseSpelled(lex: Lexicon, ctx: SentenceContext, i: number, variants: boolean): Draft {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  if (ctx.kind === "source") return nameDraft(text, text, undefined, gazetteerName(text) !== undefined);
  if (ctx.lang === "en") return englishDraft(lex, ctx, i);
  const abbr = text.includes(".") ? abbreviation(text) : undefined;
  if (abbr) {
    const d = draft(text, abbr.lemma, abbr.pos, rankOf(lex, abbr.lemma, text), true, [
      { glosses: abbr.glosses, domains: [] },
    ]);
    if (abbr.gender) d.a.gender = abbr.gender;
    return d;
  }
  const variant = variants ? variantDraft(lex, ctx, i, text) : undefined;
  if (variant) return variant;
  const cap = isCapitalised(text);
  const initial = isSentenceInitial(ctx.tokens, i);
  if (!cap || initial) {
    const readings = functionWord(lower);
    if (readings.length) {
      const d = functionWordDraft(lex, ctx, i, readings);
      if (d) return d;
      if (lower === "sein") return verbDraft(lex, text, "sein");
      const content = contentDraft(lex, ctx, i, lower);
      if (content) return content;
    }
  }
  const formal = cap && !initial ? FORMAL[text] : undefined;
  if (formal) {
    const d = draft(text, formal[0], formal[1], rankOf(lex, formal[0], text), true);
    d.senses = [{ glosses: [formal[2]], domains: [] }];
    return d;
  }
  // "beim Kartenservice KölnTicket", "vom FilmFernsehFonds Bayern": a capital inside a word, after small
  // letters, is no German spelling (a compound writes its parts small: Kartenservice); a word so written that
  // the dictionary lacks is a brand's or a body's name, not a compound of Köln and Ticket.
  if (CAMEL_CASE.test(text) && !lex.has(text)) return nameDraft(text, text, undefined, false);
  if (cap) {
    const d = capitalisedDraft(lex, ctx, i, initial) ?? suffixNounDraft(text) ?? verbalNounDraft(lex, text);
    if (d) return d;
    // "der Glorbifax": after an article an unknown capitalised word is a noun, not a name.
    // "die genannte Spezies": also with an inflected adjective in between.
    const isDet = (k: number) => {
      const w = wordAt(ctx.tokens, k)?.text.toLowerCase();
      return w !== undefined && functionWord(w).some((r) => r.pos === "det");
    };
    const prevAdj = wordAt(ctx.tokens, i - 1)?.text;
    const afterAdjective = prevAdj !== undefined && /^\p{Ll}+(?:e|en|em|er|es)$/u.test(prevAdj) && isDet(i - 2);
    if (foreignLetters(text)) return guessedPlace(text);
    // "am Ufer des Tejo", "die Mündung des Kongo": after "des" a German noun takes -s or -es (or the -n of a weak
    // noun, the -en of an adjective's); an unknown word without any is a name, mostly a river or a region.
    if (wordAt(ctx.tokens, i - 1)?.text === "des" && !/[sßxzne]$/u.test(text)) return guessedPlace(text);
    if (isDet(i - 1) || afterAdjective)
      return unknownModifierDraft(lex, text, true) ?? unknownDraft(text, text, "noun");
    // "Typischerweise ist …": an adverb shape opening the sentence.
    const [guess, guessPos] = guessLemma(text);
    if (initial && guessPos === "adv") return unknownDraft(text, guess, guessPos);
    // Capitalised and not in the dictionary: mid-sentence most likely a name (a guess the tagger may
    // overrule in context); at the start of a sentence, where every word is capitalised, only if spelled
    // like one (Zalando, Lindqvist), otherwise an unknown noun.
    if (!initial) {
      const kind = unknownModifierDraft(lex, text);
      if (kind) return kind;
    }
    if (!initial || nameShaped(text)) return nameDraft(text, text, undefined, false);
    return unknownDraft(text, guessPos === "noun" ? guess : text, "noun");
  }
  const content = contentDraft(lex, ctx, i, lower);
  if (content) return content;
  // "komm'": an elided final e.
  if (/^['’]$/.test(ctx.tokens[i + 1]?.text ?? "")) {
    const full = contentDraft(lex, ctx, i, `${lower}e`);
    if (full) return full;
  }
  if (lex.isEnglish(lower)) return foreignDraft(text);
  const [lemma, pos] = guessLemma(text);
  return unknownDraft(text, lemma, pos);
}
