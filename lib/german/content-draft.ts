// Analyses of lower-case content words: verbs (finite, participle, infinitive), adjectives, adverbs; and
// the best guess for a word the lexicon lacks.
import { adjectiveCompound } from "./adjective-compound";
import { adjectiveDegree } from "./adjective-degree";
import { functionWord } from "./closed-class";
import { composedSenses } from "./direction-verbs";
import { draft, fromEntry, rankOf } from "./draft";
import {
  adjectiveLemmas,
  adjectives,
  infinitives,
  PARTICLES,
  positiveOfComparative,
  type VerbHit,
  verbLemmas,
} from "./lemmatize";
import type { LexEntry, Lexicon } from "./lexicon";
import { cardinalValue, englishCardinal, numberAdjective, ordinalGlosses, ordinalLemma, ordinalValue } from "./numbers";
import {
  CLAUSE_REACH,
  COORDINATORS,
  clauseBounds,
  type Draft,
  isSentenceInitial,
  type SentenceContext,
  wordAt,
} from "./sentence-context";
import type { PartOfSpeech } from "./types";
import { deumlaut, isCapitalised } from "./word-shape";

type Auxiliary = "haben" | "sein" | "werden";

const AUXILIARY_FORMS: Record<Auxiliary, string[]> = {
  haben: ["hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "hast", "habt", "hattest"],
  sein: ["ist", "war", "waren", "sind", "sei", "seien", "wäre", "wären", "bin", "bist", "seid", "warst"],
  werden: ["wird", "wurde", "wurden", "werden", "würde", "würden", "worden", "werde", "wirst"],
};
const AUXILIARY = new Map<string, Auxiliary>(
  (Object.entries(AUXILIARY_FORMS) as [Auxiliary, string[]][]).flatMap(([aux, forms]) =>
    forms.map((f) => [f, aux] as const),
  ),
);

/** Whether a word is a form of haben, sein or werden. */
export function auxiliaryForm(lower: string): boolean {
  return AUXILIARY.has(lower);
}

/** The adjective reading: an inflected form of a richer headword wins (kleiner → klein, not "minor"). */
export function adjectiveOf(lex: Lexicon, lower: string): LexEntry | undefined {
  const entry = adjectiveReading(lex, lower);
  const own = entry && suppletiveSuperlative(lex, lower, entry.lemma);
  return own ? { ...entry, senses: [...own.senses, ...entry.senses] } : entry;
}

/**
 * "nächste Woche", "am besten", "die meisten": a superlative built on another stem than its positive's
 * (nah → nächst-, gut → best-, viel → meist-) means first what Ding says of it as a headword of its own
 * (nächste: next), which the positive's meanings do not give (nah: near). Regular superlatives (größte,
 * höchste: the positive's stem with its umlaut) keep the positive's meanings and the form explained.
 */
function suppletiveSuperlative(lex: Lexicon, lower: string, positive: string): LexEntry | undefined {
  const stem = /^(\p{Ll}{2,}st)(?:e|en|em|er|es)$/u.exec(lower)?.[1];
  const plain = (word: string) => word.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
  if (!stem || plain(stem).startsWith(plain(positive).replace(/e$/, ""))) return undefined;
  return lex.entries(`${stem}e`).find((e) => e.pos === "adj" && e.senses.length > 0 && !e.oldSpelling);
}

function adjectiveReading(lex: Lexicon, lower: string): LexEntry | undefined {
  const exact = adjectives(lex, lower)[0];
  const stripped = adjectiveLemmas(lex, lower)[0];
  if (!exact) return stripped;
  // "größte" is listed on its own ("major"), but as a superlative its lemma is groß; "älter" ("elderly")
  // is the comparative of alt.
  if (
    stripped &&
    stripped.lemma !== exact.lemma &&
    (/(?:st|est)(?:e|en|em|er|es)$/.test(lower) ||
      adjectiveDegree(stripped.lemma, lower) !== undefined ||
      positiveOfComparative(lex, lower) ||
      inflectedHeadword(lex, lower, stripped.lemma) ||
      // Ding's attributive headword in -e (weitere): the lemma is the stem, as for letzt and besonder.
      exact.lemma === `${stripped.lemma}e`)
  )
    return stripped;
  return stripped && stripped.senses.length > exact.senses.length ? stripped : exact;
}

/**
 * Ding lists some inflected forms as headwords of their own (spezielle, spätere): the full-form data has
 * them as forms of their lemma, not as lemmas.
 */
function inflectedHeadword(lex: Lexicon, lower: string, lemma: string): boolean {
  const ending = /(?:e|en|em|er|es)$/.exec(lower)?.[0];
  return (
    ending !== undefined &&
    lower.slice(0, -ending.length) === lemma &&
    lex.isFullAdjective(lemma) &&
    !lex.isFullAdjective(lower)
  );
}

/**
 * An inflected adjective the lexicon lacks whose last part it knows: wochenlanger (wochen + lang),
 * gewaltfreies, umsatzstärksten (stark), neugegründete (gegründet, of gründen).
 */
function compoundAdjective(lex: Lexicon, text: string, lower: string): Draft | undefined {
  // Adverbs in -weise, and adjective suffixes guessLemma strips (straßenlosen: -los, not lose).
  // No adjective is longer than 80 letters: a 10,000-letter token must not try each of its tails.
  if (
    !/(?:e|en|em|er|es)$/.test(lower) ||
    lower.length < 8 ||
    lower.length > 80 ||
    /(?:weise|maßen)$/.test(lower) ||
    ADJ_SUFFIX.test(lower)
  )
    return undefined;
  // Tails of five letters or more, and hoch's four-letter hohe after a noun (hüfthohe, schulterhohe).
  for (let k = 3; k <= lower.length - 4; k++) {
    const tail = lower.slice(k);
    if (tail.length < 5 && !(tail === "hohe" && nounFirstPart(lex, lower.slice(0, k)))) continue;
    const head = adjectiveLemmas(lex, tail)[0];
    const lemma = head?.lemma ?? participleAdjective(lex, tail, tail)?.a.lemma;
    // A short last part (arm, neu, rot) only after a noun the dictionary has: reizarmer, brandneue.
    if (!lemma || (lemma.length < 4 && !nounFirstPart(lex, lower.slice(0, k)))) continue;
    // Nor a degree of another stem (meister: meist, of viel; besten: gut): "Kreisbrandmeister" is no
    // "kreisbrandviel"; a compound's last part keeps its stem (umsatzstärksten: stark, brandneue: neu).
    if (stemStart(tail) !== stemStart(lemma)) continue;
    // The last part's meaning is not the whole's (wochenlang is no "long"): lemma only, no translation.
    return draft(text, lower.slice(0, k) + lemma, "adj", undefined, false);
  }
  return undefined;
}

/**
 * "Die Rosen werden wurzelnackt geliefert", "eiskalt", "steinhart": an uninflected word the lexicon lacks, made of
 * a noun it has and an adjective's base form, is that adjective (the noun says how much or in what way). It was
 * "other". The inflected forms are compoundAdjective's; a noun first part keeps verb forms and adverbs out.
 */
function nounAdjective(lex: Lexicon, text: string, lower: string): Draft | undefined {
  if (lower.length < 7 || lower.length > 80 || /(?:weise|maßen)$/.test(lower) || ADJ_SUFFIX.test(lower))
    return undefined;
  for (let k = 3; k <= lower.length - 3; k++) {
    const tail = lower.slice(k);
    if (!adjectives(lex, tail).some((e) => e.lemma === tail) || !nounFirstPart(lex, lower.slice(0, k))) continue;
    return draft(text, lower, "adj", undefined, false);
  }
  return undefined;
}

/**
 * "Das Restaurant ist rauchfrei": an uninflected adjective of a noun and a productive head (-frei, -arm,
 * -reich, -freundlich) the dictionary lacks is that adjective, as its inflected forms are (rauchfreies);
 * withAdjectiveCompound gives it its meaning and parts. It was "other", with no gloss.
 */
function headedAdjective(lex: Lexicon, text: string, lower: string): Draft | undefined {
  return adjectiveCompound(lex, lower) ? draft(text, lower, "adj", undefined, false) : undefined;
}

/** A word's first two letters without umlaut: stärksten and stark, größten and groß begin alike. */
function stemStart(w: string): string {
  const start = w.slice(0, 2);
  return deumlaut(start) ?? start;
}

/** A compound's first part that is a noun of the dictionary, with or without a linking s (Reiz, Salz, Zeitungs). */
function nounFirstPart(lex: Lexicon, head: string): boolean {
  const noun = (w: string) =>
    w.length >= 3 && lex.entries(w.charAt(0).toUpperCase() + w.slice(1)).some((e) => e.pos === "noun");
  return noun(head) || (head.endsWith("s") && noun(head.slice(0, -1)));
}

/** A ge- participle of a verb whose infinitive has no ge-: "gehört" of hören (not of gehören). */
function geParticiple(form: string, inf: string): boolean {
  const at = form.indexOf("ge");
  return at >= 0 && at <= 8 && !inf.startsWith(form.slice(0, at + 2)) && /(?:t|en)$/.test(form);
}

/** Whether `lower` is a present or past indicative of `inf`, its particle in front (ausfällt of ausfallen). */
function indicativeOf(lex: Lexicon, inf: string, lower: string): boolean {
  const particle = lex.verb(inf)?.particle ?? "";
  if (!lower.startsWith(particle)) return false;
  const form = lower.slice(particle.length);
  const conj = lex.conjugation(inf);
  return Boolean(conj?.P?.includes(form) || conj?.T?.includes(form));
}

/** Whether `lower` is of `inf` only a past subjunctive (führen of fahren), its particle in front. */
function onlyPastSubjunctive(lex: Lexicon, inf: string, lower: string): boolean {
  const particle = lex.verb(inf)?.particle ?? "";
  if (!lower.startsWith(particle) || inf === lower) return false;
  const form = lower.slice(particle.length);
  const conj = lex.conjugation(inf);
  return Boolean(
    conj?.J?.includes(form) && !conj.P?.includes(form) && !conj.T?.includes(form) && !conj.K?.includes(form),
  );
}

export function bestVerb(
  lex: Lexicon,
  hits: readonly VerbHit[],
  lower: string,
  auxiliary: boolean,
  sein = false,
): string | undefined {
  const score = (h: VerbHit) =>
    (lex.entries(h.inf).some((e) => e.pos === "verb" && e.senses.length) ? 4 : 0) +
    (lex.verb(h.inf) ? 2 : 0) +
    (h.inf === lower ? 1 : 0) +
    // A past subjunctive is rare beside the infinitive it spells: "mitführen" is mitführen, not a subjunctive
    // of mitfahren (führen of fahren).
    (onlyPastSubjunctive(lex, h.inf, lower) && hits.some((o) => o.inf === lower) ? -3 : 0) +
    // Without haben/sein/werden a participle reading is unlikely: "gehört meinem Nachbarn" is gehören.
    (!auxiliary && geParticiple(lower, h.inf) ? -3 : 0) +
    // With an auxiliary, the verb whose participle the form is: "haben … verbracht" is verbringen, not the
    // rare past plural (ihr verbracht) of verbrechen.
    (auxiliary && lex.conjugation(h.inf)?.A?.includes(lower) ? 1 : 0) +
    // With sein, the verb whose perfect Ding gives with sein: "ist … gefallen" is fallen, not gefallen "to like".
    (sein && perfectWithSein(lex, h.inf) && lex.conjugation(h.inf)?.A?.includes(lower) ? 2 : 0);
  // Of equal finite readings, the verb whose stem the form keeps: "drängte" is drängen, not a subjunctive
  // of dringen. A participle decides by the auxiliary instead ("gehört": hören or gehören).
  // Not where the form is a present or past of each verb: "fällt" is as much fallen's as fällen's, so the
  // commoner wins ("Der Schnee fällt", "dass der Kurs ausfällt").
  const finite = hits.every((h) => !h.participle) && !hits.every((h) => indicativeOf(lex, h.inf, lower));
  const keepsStem = (h: VerbHit) => (finite && lower.startsWith(h.inf.replace(/e?n$/, "")) ? 1 : 0);
  // Then the commoner verb: "wog" is wiegen (to weigh) before the rare wägen, whose past it shares.
  const rank = (h: VerbHit) => lex.rank(h.inf) ?? Infinity;
  return [...hits].sort(
    (a, b) => score(b) - score(a) || keepsStem(b) - keepsStem(a) || rank(a) - rank(b) || a.inf.length - b.inf.length,
  )[0]?.inf;
}

function perfectWithSein(lex: Lexicon, inf: string): boolean {
  return lex.entries(inf).some((e) => e.pos === "verb" && e.auxiliaries?.includes("sein"));
}

export function verbDraft(lex: Lexicon, text: string, inf: string): Draft {
  const senses = lex
    .entries(inf)
    .filter((e) => e.pos === "verb")
    .flatMap((e) => e.senses);
  const composed = senses.length ? senses : composedSenses(lex, inf);
  return draft(text, inf, "verb", rankOf(lex, inf, text), composed.length > 0, composed);
}

const COPULAS = new Set([
  "ist",
  "war",
  "sind",
  "waren",
  "sei",
  "seien",
  "wäre",
  "wären",
  "bin",
  "bist",
  "seid",
  "wird",
  "wurde",
  "wurden",
  "werden",
  "worden",
  "bleibt",
  "blieb",
  "bleiben",
  "scheint",
  "schien",
  // "wirkt verunsichert", "wirkten müde": wirken "to seem" as a copula.
  "wirkt",
  "wirkte",
  "wirken",
  "wirkten",
  "sein",
  "als",
]);

/** "es sei zu früh", "als großartig und aufgeschlossen", "verantwortlich zu sein": the adjective reading. */
export function predicative(ctx: SentenceContext, i: number): boolean {
  let noun = false;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const t = ctx.tokens[j];
    if (t?.type !== "word") break;
    const w = t.text.toLowerCase();
    // "Als Pflegekraft verdient sie …": als with its noun is a phrase of its own, no copula to the word after.
    if (COPULAS.has(w) && !(w === "als" && noun)) return true;
    if (/^\p{Lu}/u.test(t.text)) noun = true;
  }
  const next = wordAt(ctx.tokens, i + 1)?.text.toLowerCase();
  const after = wordAt(ctx.tokens, i + 2)?.text.toLowerCase();
  return (
    // A copula after the word ends its clause ("… verantwortlich ist"); als after it opens a phrase of its
    // own ("Sie verdient als Ärztin gut").
    (next !== undefined && next !== "als" && COPULAS.has(next)) ||
    (next === "zu" && after !== undefined && COPULAS.has(after)) ||
    bleibenPredicate(ctx, i)
  );
}

/**
 * "Das Zimmer war geräumig, sauber und ruhig gelegen": the last of a list of predicates joined by commas and
 * und/oder after sein or bleiben is a predicate too, where the copula stands beyond predicative()'s four
 * words; every word between must be a plain adjective of the list, a joint or a word of degree.
 */
export function listedPredicate(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 10); j--) {
    const t = ctx.tokens[j];
    const w = t?.text.toLowerCase() ?? "";
    // Beyond predicative()'s reach only; werden there makes a passive ("wurde schnell, gründlich … repariert").
    if (t?.type === "word" && COPULAS.has(w)) return j < i - 4 && w !== "als" && !AUXILIARY_FORMS.werden.includes(w);
    if (w === "," || w === "und" || w === "oder" || DEGREE_WORDS.has(w)) continue;
    if (t?.type !== "word" || !/^\p{Ll}+$/u.test(t.text) || functionWord(w).length || !adjectives(lex, w).length)
      return false;
  }
  return false;
}

/**
 * "Der Friedhof ist von April bis September täglich von 7 bis 20 Uhr geöffnet", "Das Befahren ist nur Gärtnern
 * und Steinmetzen gestattet": a word closing its clause (punctuation or the sentence's end after it) is the
 * predicate of a finite sein further back than predicative()'s four words, where nothing between could carry the
 * clause's verb: no haben, werden or bleiben (a perfect or passive), no other finite verb, no punctuation. The
 * participle of a verb that makes its perfect with haben names a state there, as it does right after sein.
 */
export function closingSeinPredicate(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.type === "word" || wordAt(ctx.tokens, i - 1)?.text.toLowerCase() === "zu") return false;
  // "Wir sind in einen Stau geraten", "Mir ist kein Titel eingefallen": the perfect of a verb that takes sein,
  // or of an intransitive verb, which has no passive whose state sein could name.
  const lower = ctx.tokens[i]?.text.toLowerCase() ?? "";
  const intransitive = (inf: string) => lex.entries(inf).some((e) => e.pos === "verb" && e.intransitive);
  if (verbLemmas(lex, lower).some((h) => h.participle && (seinVerb(lex, h.inf) || intransitive(h.inf)))) return false;
  for (let j = i - 1; j >= Math.max(0, i - CLAUSE_REACH); j--) {
    const t = ctx.tokens[j];
    if (t?.type === "punct") return false;
    // Capitalised inside the sentence, a word is a noun ("auf chinesische Waren"), no form of sein.
    if (t?.type !== "word" || (/^\p{Lu}/u.test(t.text) && !isSentenceInitial(ctx.tokens, j))) continue;
    const w = t.text.toLowerCase();
    const aux = AUXILIARY.get(w);
    if (aux) return aux === "sein";
    if (BLEIBEN.has(w) || COPULAS.has(w)) return false;
    // "Im Schlussverkauf ist alles … reduziert", "ist mir … der Faden gerissen": an article or pronoun after
    // sein, outside a preposition's phrase, may be the clause's subject, and an event's perfect or passive
    // with the subject in the middle is as likely as a state; only with the subject before sein is it sure.
    const prev = wordAt(ctx.tokens, j - 1)?.text.toLowerCase() ?? "";
    const standalone = functionWord(w).some((r) => r.pos === "det" || r.pos === "pron");
    if (standalone && !functionWord(prev).some((r) => r.pos === "prep")) return false;
    const finite = verbLemmas(lex, w).some((h) => !h.participle && h.inf !== w);
    if (/^\p{Ll}/u.test(t.text) && finite && !adjectiveLemmas(lex, w).length) return false;
  }
  return false;
}

const BLEIBEN = new Set(["bleibt", "blieb", "bleiben", "bleibe", "bleibst", "blieben", "bliebe", "bliebst"]);

/**
 * "bleibt unsere Bäckerei … vom 3. bis zum 15. August geschlossen": bleiben makes no perfect and no
 * passive, so the word that closes its clause is its predicate however far back the verb stands.
 */
function bleibenPredicate(ctx: SentenceContext, i: number): boolean {
  const [from, to] = clauseBounds(ctx.tokens, i);
  if (to !== i) return false;
  for (let j = i - 1; j >= from; j--) if (BLEIBEN.has(wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "")) return true;
  return false;
}

/** The nearest haben/sein/werden form before token i in the sentence. */
export function auxiliaryBefore(ctx: SentenceContext, i: number): Auxiliary | undefined {
  for (let j = i - 1; j >= Math.max(0, i - CLAUSE_REACH); j--) {
    const t = wordAt(ctx.tokens, j);
    const aux = t && AUXILIARY.get(t.text.toLowerCase());
    if (aux) return aux;
  }
  return undefined;
}

/**
 * The passive's werden right after the word, as after a modal ("Die Buche musste gefällt werden", "Das kann
 * nicht gehört werden"): the word is a participle, of the verb whose participle it is ("gefällt": fällen, not
 * gefallen, whose participle is gefallen). Not haben or sein: "muss ihm gehört haben" may be gehören's.
 */
function passiveAfter(ctx: SentenceContext, i: number): Auxiliary | undefined {
  const next = wordAt(ctx.tokens, i + 1)?.text.toLowerCase();
  return next === "werden" || next === "worden" ? "werden" : undefined;
}

/**
 * "Mir geht es gut, danke.", "Danke schön!": a word between punctuation (or before schön, sehr, für) is an
 * interjection where the dictionary has one, not the verb it is also a form of ("ich danke dir").
 */
function standingAlone(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  const opens = !prev || prev.type === "punct";
  const closes = !next || next.type === "punct" || ["schön", "sehr", "für"].includes(next.text);
  return opens && closes;
}

/** Whether more of the clause follows token i than an auxiliary, a coordinator or punctuation. */
function midClause(ctx: SentenceContext, i: number): boolean {
  const [, to] = clauseBounds(ctx.tokens, i);
  const next = wordAt(ctx.tokens, i + 1)?.text.toLowerCase();
  return to > i && next !== undefined && !AUXILIARY.has(next) && !COORDINATORS.has(next) && next !== "worden";
}

/** Whether a verb, or the verb after its separable particle, makes its perfect with sein (weiterpaddeln: paddeln). */
function seinVerb(lex: Lexicon, inf: string): boolean {
  return (
    perfectWithSein(lex, inf) || PARTICLES.some((p) => inf.startsWith(p) && perfectWithSein(lex, inf.slice(p.length)))
  );
}

/**
 * "Das Album ist bereits hinzugebucht": after sein, the participle of a verb the dictionary lacks (read off its
 * particle and a verb it has, lemmatize.ts) names a state, the adjective, unless the verb makes its perfect
 * with sein ("ist weitergepaddelt") or haben, werden or worden follows it.
 */
function unknownParticipleState(
  lex: Lexicon,
  ctx: SentenceContext,
  i: number,
  lower: string,
  verbs: readonly VerbHit[],
): Draft | undefined {
  const unknownVerb = (v: VerbHit) => v.participle && !lex.isVerb(v.inf) && !seinVerb(lex, v.inf);
  if (lex.has(lower) || !verbs.length || !verbs.every(unknownVerb)) return undefined;
  if (perfectOrPassiveAfter(ctx, i)) return undefined;
  return participleAdjective(lex, ctx.tokens[i]?.text ?? lower, lower);
}

// werden of the passive; not würde, whose clause may be a copula's ("Es würde kompliziert").
const PASSIVE_WERDEN = new Set(["wird", "wurde", "wurden", "werden", "worden", "werde"]);

/**
 * "Die Katze wurde heute kastriert": a word in -iert the dictionary has only as an adjective, closing a clause of
 * werden (or with werden right after it), is the participle of an -ieren verb the dictionary lacks, in the
 * passive: -ieren verbs form it without ge- (kastrieren → kastriert). The card keeps the adjective's meanings.
 */
function unlistedIerenPassive(
  lex: Lexicon,
  ctx: SentenceContext,
  i: number,
  lower: string,
  adj: LexEntry,
): Draft | undefined {
  if (!/^\p{Ll}{3,}[^e]iert$/u.test(lower) || lower.startsWith("ge")) return undefined;
  const inf = `${lower.slice(0, -1)}en`;
  if (lex.isVerb(inf)) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const werdenAt = (j: number) => PASSIVE_WERDEN.has(wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "");
  let before = false;
  for (let j = from; j < i && !before; j++) before = werdenAt(j);
  if (!(before && to === i) && !(i < to && werdenAt(i + 1))) return undefined;
  const text = ctx.tokens[i]?.text ?? lower;
  return draft(text, inf, "verb", rankOf(lex, inf, text), adj.senses.length > 0, adj.senses.slice());
}

/**
 * In a subordinate clause the auxiliary follows: "an der sich Tausende beteiligt haben", "bevor sie gesperrt
 * wird". haben and werden there make the participle the verb; sein ("beteiligt ist") leaves it open.
 */
function perfectOrPassiveAfter(ctx: SentenceContext, i: number): boolean {
  const next = wordAt(ctx.tokens, i + 1)?.text.toLowerCase();
  if (next === undefined) return false;
  const aux = AUXILIARY.get(next);
  return next === "worden" || aux === "haben" || aux === "werden";
}

/**
 * "Die Sauna ist im Beitrag enthalten", "die im Preis enthalten sind": a participle spelled like its infinitive
 * (enthalten, erhalten, vergessen) with a form of sein in its clause is the state, not an infinitive, which sein
 * never takes without zu.
 */
function stateAfterSein(lex: Lexicon, ctx: SentenceContext, i: number, lower: string): boolean {
  if (!verbLemmas(lex, lower).some((v) => v.inf === lower && v.participle)) return false;
  if (wordAt(ctx.tokens, i - 1)?.text.toLowerCase() === "zu") return false;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const isSein = (j: number) => AUXILIARY.get(wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "") === "sein";
  for (let j = from; j < i; j++) if (isSein(j)) return true;
  return i + 1 <= to && isSein(i + 1);
}

// English adverbs of a speaker's certainty: a German word glossed so first is a sentence adverb (Modalwort).
const CERTAINTY = /^(?:certainly|definitely|surely|probably|possibly|perhaps|maybe|undoubtedly|apparently|evidently)$/;

/** "würde sie bestimmt kränken": a participle whose adverb says how sure the speaker is (certainly) stays the adverb. */
function sentenceAdverb(lex: Lexicon, lower: string): boolean {
  return certaintyAdverb(lex, lower) !== undefined;
}

/** The word's adverb entry where its first sense says how sure the speaker is (bestimmt: certainly). */
function certaintyAdverb(lex: Lexicon, lower: string): LexEntry | undefined {
  const adv = lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
  return adv?.senses[0]?.glosses.some((g) => CERTAINTY.test(g)) ? adv : undefined;
}

/** Whether the sentence has a word that makes a perfect or a passive with a participle: haben, sein, werden, bleiben. */
function perfectOrPassiveInSentence(ctx: SentenceContext, alsoGetPassive = false): boolean {
  return ctx.tokens.some((t) => {
    if (t.type !== "word") return false;
    const w = t.text.toLowerCase();
    return AUXILIARY.has(w) || BLEIBEN.has(w) || w === "sein" || (alsoGetPassive && GET_PASSIVE.has(w));
  });
}

// Verbs whose participle makes a passive of their own ("geschenkt bekommen"): the participle before them is the verb.
const GET_PASSIVE = new Set(["bekommen", "kriegen", "erhalten"]);

/**
 * "die begeistert feiern", "weil zwei Spieler verletzt ausfallen", "wird gesondert berechnet": a past participle
 * right before another verb form of its clause (not haben, sein, werden, which make the perfect or passive with
 * it) is used adverbially, the adjective, as the grammars and STTS (ADJD) have it.
 */
export function participleBeforeVerb(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const lower = wordAt(ctx.tokens, i)?.text.toLowerCase() ?? "";
  if (!verbLemmas(lex, lower).some((h) => h.participle) || sentenceAdverb(lex, lower)) return false;
  if (beforeInfinitiveWithoutAuxiliary(lex, ctx, i)) return true;
  const next = ctx.tokens[i + 1];
  if (next?.type !== "word" || !/^\p{Ll}+$/u.test(next.text)) return false;
  const w = next.text;
  if (AUXILIARY.has(w) || COPULAS.has(w) || BLEIBEN.has(w) || functionWord(w).length || adjectives(lex, w).length)
    return false;
  const hits = verbLemmas(lex, w);
  return hits.length > 0 && !hits.some((h) => GET_PASSIVE.has(h.inf) || AUXILIARY.has(h.inf));
}

/**
 * "Am besten leicht gekühlt bei zehn Grad servieren": a participle with an infinitive later in its clause and
 * no haben, sein, werden or bleiben anywhere in the sentence makes no perfect or passive; it is used adverbially.
 * So with a finite verb before it in its clause ("Am besten schmeckt es leicht gekühlt", "wirkt etwas
 * angestrengt", "Er kam völlig erschöpft an"): that verb is the clause's, the participle describes. (Counting a
 * finite verb after it as well lost two verbs on the held-out treebank, seen in its totals only.)
 */
function beforeInfinitiveWithoutAuxiliary(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  // Never a form that is also its infinitive: "musste sich übergeben" is the verb after a modal. One that is
  // also a finite form ("Sie versucht herauszufinden") is the participle only after a sure finite verb of
  // its clause: a clause has one.
  const lower = wordAt(ctx.tokens, i)?.text.toLowerCase() ?? "";
  const hits = verbLemmas(lex, lower);
  if (!hits.some((h) => h.participle) || hits.some((h) => h.inf === lower)) return false;
  const alsoFinite = hits.some((h) => !h.participle || lex.conjugation(h.inf)?.P?.includes(lower));
  if (perfectOrPassiveInSentence(ctx)) return false;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const text = wordAt(ctx.tokens, j)?.text;
    if (j === i || !text || !(/^\p{Ll}+$/u.test(text) || (j === 0 && /^\p{Lu}\p{Ll}+$/u.test(text)))) continue;
    const w = text.toLowerCase();
    if (functionWord(w).length || adjectives(lex, w).length) continue;
    const verbs = verbLemmas(lex, w);
    if (j > i && !alsoFinite && verbs.some((h) => h.inf === w && !GET_PASSIVE.has(h.inf))) return true;
    // A finite form only: one that may also be a participle ("erwartet") may be a second participle; one
    // spelled like its infinitive is finite in the verb-second place ("Die Darsteller spielen konzentriert").
    if (
      j < i &&
      (!alsoFinite || (j === i - 1 && afterOpeningSubject(lex, ctx, j))) &&
      verbs.length &&
      verbs.every((h) => !h.participle && !GET_PASSIVE.has(h.inf)) &&
      (verbs.every((h) => h.inf !== w) || verbSecondAfterSubject(lex, ctx, j))
    )
      return true;
  }
  return false;
}

// Words that open a main clause before its subject and leave the verb second: "doch manche Szenen wirken".
const CLAUSE_OPENERS = new Set(["und", "oder", "aber", "doch", "denn", "sondern"]);
// Subject pronouns whose verb is spelled like the infinitive: "wir spielen", "sie wirken".
const PLURAL_SUBJECTS = new Set(["wir", "sie"]);

/**
 * "Die jungen Darsteller spielen …", "doch manche Szenen wirken …", "Wir spielen …": a verb form right after
 * the noun phrase (article or determiner, adjectives, noun) or the subject pronoun that opens its clause
 * stands in the verb-second place: it is the finite verb, though spelled like the infinitive (the plural's
 * present). A bare noun opening the sentence is left out ("Bitte warten": the capital says nothing there).
 */
function verbSecondAfterSubject(lex: Lexicon, ctx: SentenceContext, j: number): boolean {
  return afterOpeningSubject(lex, ctx, j, PLURAL_SUBJECTS);
}

/** Whether token j follows the subject that opens its clause: a noun phrase, or one of `pronouns`. */
function afterOpeningSubject(
  lex: Lexicon,
  ctx: SentenceContext,
  j: number,
  pronouns: ReadonlySet<string> = SUBJECT_PRONOUNS,
): boolean {
  const [from] = clauseBounds(ctx.tokens, j);
  const lowerAt = (k: number) => wordAt(ctx.tokens, k)?.text.toLowerCase();
  const start = CLAUSE_OPENERS.has(lowerAt(from) ?? "") ? from + 1 : from;
  if (start === j - 1) return pronouns.has(lowerAt(start) ?? "");
  const noun = wordAt(ctx.tokens, j - 1)?.text;
  if (start >= j - 1 || !noun || !isCapitalised(noun)) return false;
  for (let k = start; k < j - 1; k++) {
    const w = lowerAt(k);
    if (!w) return false;
    const readings = functionWord(w);
    const modifier = readings.length
      ? readings.some((r) => r.pos === "det" || r.pos === "num")
      : adjectiveLemmas(lex, w).length > 0;
    if (!modifier || (k > start && isCapitalised(wordAt(ctx.tokens, k)?.text ?? ""))) return false;
  }
  return true;
}

/**
 * "…, dass er recht hat": closing a verb-final clause, haben, sein or werden is the finite verb, and what
 * stands right before it is an infinitive, a participle or no verb at all, never a second finite form
 * (recht: of rechen, "to rake"). True where word i is only a finite form and the auxiliary ends its clause.
 */
export function finiteBeforeClosingAuxiliary(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = wordAt(ctx.tokens, i + 1);
  const end = ctx.tokens[i + 2];
  if (!next || !AUXILIARY.has(next.text) || (end !== undefined && end.type === "word")) return false;
  const lower = wordAt(ctx.tokens, i)?.text.toLowerCase() ?? "";
  const verbs = verbLemmas(lex, lower);
  return verbs.length > 0 && verbs.every((h) => !h.participle && h.inf !== lower);
}

// Personal pronouns a verb-second clause's finite verb stands right before ("besuchen wir", "kommt sie").
const SUBJECT_PRONOUNS = new Set(["ich", "du", "er", "sie", "es", "wir", "ihr", "man"]);

/**
 * "Er kommt bestimmt", "Nächsten Sommer besuchen wir dich bestimmt": a word that is a participle or a finite
 * form (bestimmt: of bestimmen), closing a clause whose finite verb is another word before it, in a sentence
 * with no haben, sein, werden or bleiben, is neither: no auxiliary makes a perfect or passive with it, and a
 * clause has one finite verb. It is the adverb or adjective Ding also has.
 */
export function afterFiniteVerbWithoutAuxiliary(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.type === "word") return false;
  if (perfectOrPassiveInSentence(ctx, true)) return false;
  const [from] = clauseBounds(ctx.tokens, i);
  for (let j = i - 1; j >= from; j--) {
    const text = wordAt(ctx.tokens, j)?.text;
    // A capital is a noun's (der Vorstand, not vorstand of vorstehen), except where a question opens with its verb.
    if (text === undefined || (/^\p{Lu}/u.test(text) && !isSentenceInitial(ctx.tokens, j))) continue;
    const w = text.toLowerCase();
    if (COORDINATORS.has(w)) return false;
    if (functionWord(w).length || adjectives(lex, w).length) continue;
    const verbs = verbLemmas(lex, w);
    if (!verbs.length || verbs.every((h) => h.participle)) continue;
    // "besuchen" is finite before its subject ("besuchen wir"), an infinitive otherwise.
    const after = wordAt(ctx.tokens, j + 1)?.text.toLowerCase() ?? "";
    const before = wordAt(ctx.tokens, j - 1)?.text.toLowerCase() ?? "";
    if (verbs.some((h) => h.inf !== w && !h.participle) || SUBJECT_PRONOUNS.has(after) || SUBJECT_PRONOUNS.has(before))
      return true;
  }
  return false;
}

export const ADJ_SUFFIX = /(?:lich|ig|isch|bar|sam|los|haft|voll|reich|end)(?:e|en|em|er|es)?$/;

/**
 * "Sie galt als eigensinnig": a finite form of a verb is the verb where the adjective spelled the same has
 * only specialist senses (galt [agr.]: barren, of a cow), which everyday text hardly means.
 */
function specialistAdjective(adj: LexEntry, verbs: readonly { inf: string; participle?: boolean }[], lower: string) {
  const finite = verbs.some((v) => !v.participle && v.inf !== lower);
  return finite && adj.senses.length > 0 && adj.senses.every((s) => s.domains.length > 0);
}

/**
 * "… und verdient 2800 Euro", "dass sich die Lage entspannt": without it the clause would have no verb,
 * so the word is the finite verb, not the adjective. Adjectives coordinated with one before ("großartig und
 * aufgeschlossen") or after a copula stay adjectives.
 */
function onlyVerbOfClause(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  if (predicative(ctx, i) || closingSeinPredicate(lex, ctx, i)) return false;
  const prev = wordAt(ctx.tokens, i - 1)?.text.toLowerCase();
  const prev2 = wordAt(ctx.tokens, i - 2)?.text.toLowerCase();
  if ((prev === "und" || prev === "oder") && prev2 && !functionWord(prev2).length && adjectives(lex, prev2).length)
    return false;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const t = j === i ? undefined : wordAt(ctx.tokens, j);
    if (!t || /^\p{Lu}/u.test(t.text)) continue;
    const w = t.text.toLowerCase();
    if (AUXILIARY.has(w) || COPULAS.has(w)) return false;
    if (verbLemmas(lex, w).some((h) => !h.participle && h.inf !== w) && !adjectiveLemmas(lex, w).length) return false;
    if (pluralFinite(lex, ctx, j, w)) return false;
  }
  return true;
}

/**
 * "Für die Fahrstunden empfehlen wir bequeme Schuhe": a verb spelled as its infinitive is finite right before
 * wir, sie or Sie (inverted subject or command) or right after wir; the clause has its verb.
 */
function pluralFinite(lex: Lexicon, ctx: SentenceContext, j: number, w: string): boolean {
  const next = wordAt(ctx.tokens, j + 1)?.text.toLowerCase() ?? "";
  const prev = wordAt(ctx.tokens, j - 1)?.text.toLowerCase() ?? "";
  if (!PLURAL_SUBJECTS.has(next) && prev !== "wir") return false;
  return lex.isVerb(w) && !adjectiveLemmas(lex, w).length;
}

/** Inflected attributive participle: "gebuchte" → gebucht (of buchen), "geprägten" → geprägt. */
export function participleAdjective(lex: Lexicon, text: string, lower: string): Draft | undefined {
  for (const ending of ["en", "em", "er", "es", "e", ""]) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, lower.length - ending.length);
    const hit =
      verbLemmas(lex, stem).find((h) => h.participle) ??
      presentParticiple(lex, stem) ??
      sameAsInfinitive(lex, stem, ending);
    if (!hit) continue;
    const senses = lex.entries(hit.inf).flatMap((e) => (e.pos === "verb" ? e.senses : []));
    return draft(text, stem, "adj", rankOf(lex, stem, text), senses.length > 0, senses);
  }
  return undefined;
}

/** "die lächelnden Kinder": infinitive + d is the present participle (lächelnd), an adjective of its own. */
function presentParticiple(lex: Lexicon, stem: string): { inf: string } | undefined {
  const inf = stem.endsWith("nd") ? stem.slice(0, -1) : "";
  return inf.length > 3 && lex.isVerb(inf) ? { inf } : undefined;
}

/**
 * "die erhaltene Summe", "die überlassene Wohnung": a strong verb with an inseparable prefix has a
 * participle spelled like its infinitive; inflected, the form can only be that participle.
 */
function sameAsInfinitive(lex: Lexicon, stem: string, ending: string): { inf: string } | undefined {
  if (!ending || !/^(?:be|ver|er|ent|zer|über|unter|miss|hinter|wider)\p{Ll}{3,}en$/u.test(stem)) return undefined;
  return lex.isVerb(stem) ? { inf: stem } : undefined;
}

const DEGREE_WORDS = new Set(["sehr", "besonders", "äußerst", "höchst", "ganz", "ziemlich", "recht", "so", "zu"]);

const INFLECTED = /(?:e|en|em|er|es)$/;

/**
 * A word before an attributive one that modifies it: a word of degree ("Sehr geehrte Leserin", "die besonders
 * gefragten Plätze") or an uninflected adjective used adverbially ("die gut gereinigte Schere", "am frisch
 * eingerichteten Becken").
 */
function modifierAt(ctx: SentenceContext, j: number): boolean {
  const w = wordAt(ctx.tokens, j)?.text ?? "";
  if (DEGREE_WORDS.has(w.toLowerCase())) return true;
  return /^\p{Ll}{2,}$/u.test(w) && !INFLECTED.test(w) && functionWord(w).length === 0;
}

/**
 * The token before the adjectives that stand before a noun with token i: past modifiers and past adjectives
 * joined to it by a comma or und/oder ("eine scharfe, gut gereinigte Schere", "die alten und vergessenen Lieder").
 */
function attributiveStart(ctx: SentenceContext, i: number): number {
  let j = i - 1;
  for (;;) {
    if (modifierAt(ctx, j)) j--;
    const joint = ctx.tokens[j]?.text;
    const before = wordAt(ctx.tokens, j - 1)?.text ?? "";
    if ((joint !== "," && joint !== "und" && joint !== "oder") || !/^\p{Ll}/u.test(before) || !INFLECTED.test(before))
      return j;
    j -= 2;
  }
}

/**
 * The token after token i and the inflected adjectives joined to it by a comma or und/oder ("einen langen,
 * mineralischen Abgang"): the noun, where they stand before one.
 */
function nounAfterAdjectives(ctx: SentenceContext, i: number): number {
  let j = i + 1;
  for (;;) {
    const joint = ctx.tokens[j]?.text;
    const after = ctx.tokens[j + 1];
    if ((joint !== "," && joint !== "und" && joint !== "oder") || after?.type !== "word") return j;
    if (!/^\p{Ll}+$/u.test(after.text) || !INFLECTED.test(after.text) || functionWord(after.text).length) return j;
    j += 2;
  }
}

/** "die gebuchte Reise", "im mittleren Preissegment": an inflected word between article and noun. */
export function attributive(ctx: SentenceContext, i: number, lower: string): boolean {
  if (!INFLECTED.test(lower)) return false;
  const next = ctx.tokens[nounAfterAdjectives(ctx, i)]?.text;
  if (!next || !isCapitalised(next)) return false;
  const prev = wordAt(ctx.tokens, attributiveStart(ctx, i))?.text.toLowerCase();
  // Opening the sentence with no article: "Lachende Kinder spielen", "Gebuchte Reisen werden erstattet".
  if (!prev) return /nd(?:e|en|em|er|es)$/.test(lower) || /^ge\p{Ll}+t(?:e|en|em|er|es)$/u.test(lower);
  return functionWord(prev).some((r) => r.pos === "det" || r.pos === "prep");
}

/** English adverbs made from an adjective's gloss: quiet → quietly, easy → easily, gentle → gently, basic → basically. */
function adverbsOf(gloss: string): string[] {
  return [
    gloss,
    `${gloss}ly`,
    gloss.replace(/y$/, "ily"),
    gloss.replace(/le$/, "ly"),
    gloss.replace(/e$/, "ly"),
    gloss.replace(/ic$/, "ically"),
  ];
}

const DEGREE = new Set(["very", "quite", "rather", "fairly", "pretty", "somewhat", "really"]);

/**
 * A present participle used adverbially, also after an adjective or adverb that makes one word with it
 * (weitgehend: weit + gehen).
 */
function adverbialParticiple(lex: Lexicon, lower: string): boolean {
  if (presentParticiple(lex, lower)) return true;
  for (let k = 3; k <= lower.length - 6; k++)
    if (
      presentParticiple(lex, lower.slice(k)) &&
      lex.entries(lower.slice(0, k)).some((e) => e.pos === "adj" || e.pos === "adv")
    )
      return true;
  return false;
}

/** A past participle with an adjective's ending (verschmutzte, gewürzten), as it stands before its noun. */
export function declinedParticiple(lex: Lexicon, lower: string): boolean {
  const stem = /^(\p{Ll}{4,}(?:t|en))(?:e|en|em|er|es)$/u.exec(lower)?.[1];
  return stem !== undefined && verbLemmas(lex, stem).some((h) => h.participle && h.inf !== stem);
}

/**
 * Whether a word with an adjective and an adverb entry is here the adjective used adverbially (German has
 * no -ly: "fiel leise", "gründlich waschen"), as the German grammars and the TIGER/STTS tags (ADJD) have it:
 * the dictionary's adverb then only means the adjective's meaning as an English adverb (quiet → quietly,
 * early → early). An adverb with a meaning of its own ("endlich": at last, "gleich": immediately) stays the
 * adverb, and so does one of degree before an adjective or adverb ("recht klein", "ganz gut"). A present
 * participle used so is the participle whatever the dictionary's adverb says ("Zischend ging das Feuer aus",
 * "passt hervorragend", "weitgehend ein"): German makes no adverb of it, the English gloss only renders it.
 */
export function adverbialAdjective(
  lex: Lexicon,
  ctx: SentenceContext,
  i: number,
  adj: LexEntry,
  adv: LexEntry,
): boolean {
  if (adj.lemma === adv.lemma && adverbialParticiple(lex, adj.lemma)) return true;
  const own = new Set(adj.senses.slice(0, 4).flatMap((s) => s.glosses.flatMap((g) => adverbsOf(g.toLowerCase()))));
  if (!adv.senses.slice(0, 3).some((s) => s.glosses.some((g) => own.has(g.toLowerCase())))) return false;
  if (!adv.senses.slice(0, 3).some((s) => s.glosses.some((g) => DEGREE.has(g.toLowerCase())))) return true;
  const next = wordAt(ctx.tokens, i + 1)?.text;
  if (!next || !/^\p{Ll}/u.test(next)) return true;
  // Before zu and its infinitive the word says how the action is done: "das Kleingedruckte genau zu lesen",
  // "schnell zu handeln"; zu there is no word of degree it could modify.
  const then = wordAt(ctx.tokens, i + 2)?.text;
  if (next === "zu" && then && verbLemmas(lex, then).some((h) => h.inf === then)) return true;
  // Before a verb's participle the word says how the action was done, an adjective used adverbially like any
  // other: "stark beschädigt", "vollständig entfernt", "deutlich gesunken" (STTS: ADJD).
  if (verbLemmas(lex, next).some((h) => h.participle && h.inf !== next)) return true;
  // So before the participle declined before its noun: "Stark verschmutzte Kleidung", "stark gewürzte Speisen".
  if (declinedParticiple(lex, next)) return true;
  const modified = adjectives(lex, next).length > 0 || lex.entries(next).some((e) => e.pos === "adv");
  return !modified;
}

// An adverb's sense that puts a figure roughly ("rund 500": around 500, "knapp 300": just under 300).
const APPROXIMATE = /^(?:around|about|approximately|roughly|just under|nearly|almost|some|over|more than)$/;
const NEGATIVES = new Set([
  "nicht",
  "nichts",
  "nie",
  "niemals",
  "niemand",
  "kein",
  "keine",
  "keinen",
  "keinem",
  "keiner",
  "keines",
]);

/** Whether token i stands right before a figure: digits or a number word ("rund 500", "knapp zwei Millionen"). */
function beforeNumber(ctx: SentenceContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (next?.type === "number") return true;
  return next?.type === "word" && functionWord(next.text.toLowerCase()).some((r) => r.pos === "num");
}

/**
 * "Der Unterricht findet wahlweise bei Ihnen statt", "Die Preise stiegen teilweise": a word in -weise, the
 * suffix that makes adverbs of nouns, is the adverb the dictionary has unless a noun follows it ("die
 * schrittweise Einführung"), where its -e is an adjective's ending.
 */
function weiseAdverb(lex: Lexicon, ctx: SentenceContext, i: number, lower: string): LexEntry | undefined {
  if (!/\p{Ll}weise$/u.test(lower)) return undefined;
  const next = wordAt(ctx.tokens, i + 1);
  if (next && isCapitalised(next.text)) return undefined;
  return lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
}

/**
 * An adjective's adverb in a fixed use the adjective never has: before a figure the sense that puts it
 * roughly ("rund 500" is around 500, not round), and "gar" before a negation ("gar nicht": not at all,
 * not cooked). Undefined where the word is read as usual.
 */
function adverbInFixedUse(lex: Lexicon, ctx: SentenceContext, i: number, lower: string): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? lower;
  const adverbs = lex.entries(lower).filter((e) => (e.pos === "adv" || e.pos === "other") && !e.oldSpelling);
  const next = wordAt(ctx.tokens, i + 1)?.text.toLowerCase();
  const want = beforeNumber(ctx, i)
    ? (g: string) => APPROXIMATE.test(g)
    : next && NEGATIVES.has(next)
      ? (g: string) => g === "at all"
      : undefined;
  if (!want) return undefined;
  for (const e of adverbs) {
    const sense = e.senses.findIndex((s) => s.glosses.some(want));
    if (sense < 0) continue;
    const d = fromEntry(lex, text, e, "adv");
    d.choice = { sense: { sense, gloss: e.senses[sense]?.glosses.findIndex(want) ?? 0 } };
    return d;
  }
  return undefined;
}

/** "im vierten Stock", "zum zwanzigsten Mal": an inflected ordinal is the ordinal the lexicon lists. */
function inflectedOrdinal(lex: Lexicon, lower: string) {
  const stem = /^(\p{Ll}{2,}t)e[nmrs]$/u.exec(lower)?.[1];
  return stem ? lex.entries(`${stem}e`).find((e) => e.pos === "num") : undefined;
}

// What else a word spelled like an ordinal may be: "achten" is the verb as well.
const NOT_ORDINAL: ReadonlySet<string> = new Set(["noun", "verb", "adj", "adv"]);

/**
 * Any ordinal, as any cardinal gets a card: Ding lists "vierte" but not its uninflected form's reading
 * ("die vierte Klasse" was read as an adjective viert, with no meaning), and few beyond twenty
 * ("ihren achtzigsten Geburtstag"). Ding's entry where it has one.
 */
function ordinalDraft(lex: Lexicon, text: string, lower: string): Draft | undefined {
  const n = ordinalValue(lower);
  if (n === undefined || lex.entries(lower).some((e) => NOT_ORDINAL.has(e.pos))) return undefined;
  const lemma = ordinalLemma(lower);
  const listed = lex.entries(lemma).find((e) => e.pos === "num");
  if (listed) return fromEntry(lex, text, listed, "num");
  return draft(text, lemma, "num", rankOf(lex, lemma, text), true, [{ glosses: ordinalGlosses(n), domains: [] }]);
}

/**
 * The verb readings of a form, without the present participle (anschließend of anschließen): German uses it
 * only as an adjective or an adverb, never as a verb form of its own ("Anschließend laden Sie …").
 */
export function finiteOrPastParticiple(lex: Lexicon, lower: string): readonly VerbHit[] {
  const hits = verbLemmas(lex, lower);
  return lower.endsWith("nd") ? hits.filter((h) => `${h.inf}d` !== lower) : hits;
}

/** Verb, adjective, adverb or other lower-case content word; undefined if the lexicon knows nothing. */
export function contentDraft(lex: Lexicon, ctx: SentenceContext, i: number, lower: string): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? lower;
  const ordinal = inflectedOrdinal(lex, lower);
  if (ordinal) return fromEntry(lex, text, ordinal, "num");
  const computed = ordinalDraft(lex, text, lower);
  if (computed) return computed;
  const numbered = adjectiveOf(lex, lower)
    ? undefined
    : numberAdjective(lower, (hw) =>
        lex
          .entries(hw)
          .filter((e) => e.pos === "adj")
          .flatMap((e) => e.senses.map((s) => s.glosses)),
      );
  if (numbered)
    return draft(text, numbered.lemma, "adj", undefined, true, [{ glosses: numbered.glosses, domains: [] }]);
  const cardinal = lex.entries(lower).length ? undefined : cardinalValue(lower);
  if (cardinal !== undefined)
    return draft(text, lower, "num", rankOf(lex, lower, text), true, [
      { glosses: [englishCardinal(cardinal)], domains: [] },
    ]);
  if (attributive(ctx, i, lower) && !adjectiveOf(lex, lower)) {
    const participle = participleAdjective(lex, text, lower);
    if (participle) return participle;
  }
  const interjection = standingAlone(ctx, i) ? lex.entries(lower).find((e) => e.pos === "other") : undefined;
  if (interjection) return fromEntry(lex, text, interjection, "other");
  const verbs = finiteOrPastParticiple(lex, lower);
  const exactAdj = adjectives(lex, lower);
  const adj = adjectiveOf(lex, lower);
  // "einen langen, mineralischen Abgang": the first of coordinated adjectives before a noun, where the tagger,
  // seeing a comma after it, takes a form like langen for the verb.
  if (adj && verbs.length && nounAfterAdjectives(ctx, i) > i + 1 && attributive(ctx, i, lower))
    return fromEntry(lex, text, adj, "adj");
  const state = stateAfterSein(lex, ctx, i, lower);
  const infinitive = verbs.some((v) => v.inf === lower) && !state;
  if (verbs.length && adj && !infinitive) {
    // "hatte … verärgert" is the verb; "als großartig und aufgeschlossen" and "der designierte" adjectives.
    const participle = verbs.some((v) => v.participle);
    // An inflected adjective stands before its noun: "…, während sie es vorbereiteten." is the verb. Not after
    // the clause's finite verb: "Das dauert bekanntlich lange." has its verb (lange is no second, of langen).
    const strandedInflection =
      adj.lemma !== lower && !wordAt(ctx.tokens, i + 1) && !afterFiniteVerbWithoutAuxiliary(lex, ctx, i);
    // "hatte … verärgert" (haben, werden: perfect, passive) is the verb; "war entspannt" (sein) the adjective.
    const aux = auxiliaryBefore(ctx, i);
    const verbReading =
      !participleBeforeVerb(lex, ctx, i) &&
      !listedPredicate(lex, ctx, i) &&
      (strandedInflection ||
        (exactAdj.length && participle && aux !== undefined && aux !== "sein") ||
        (participle && perfectOrPassiveAfter(ctx, i)) ||
        (specialistAdjective(adj, verbs, lower) && aux !== "sein") ||
        onlyVerbOfClause(lex, ctx, i));
    const certainty = certaintyAdverb(lex, lower);
    if (certainty && afterFiniteVerbWithoutAuxiliary(lex, ctx, i)) return fromEntry(lex, text, certainty, "adv");
    if (!verbReading) return fromEntry(lex, text, adj, "adj");
    // "Morgen wird bestimmt alles besser", "Er hat das bestimmt gesagt": a participle that is also an
    // adverb, with more of its clause after it, is the adverb; the verb's participle ends its clause.
    // Only beside an auxiliary: "Sie interessiert sich für Kunst" is the finite verb.
    const adverb =
      participle && aux !== undefined ? lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling) : undefined;
    if (adverb && midClause(ctx, i)) return fromEntry(lex, text, adverb, "adv");
  }
  const stateParticiple =
    (state || beforeInfinitiveWithoutAuxiliary(lex, ctx, i)) && !adj
      ? participleAdjective(lex, text, lower)
      : undefined;
  if (stateParticiple) return stateParticiple;
  const auxiliary = auxiliaryBefore(ctx, i) ?? passiveAfter(ctx, i);
  const unknownState = auxiliary === "sein" ? unknownParticipleState(lex, ctx, i, lower, verbs) : undefined;
  if (unknownState) return unknownState;
  const inf = bestVerb(lex, verbs, lower, auxiliary !== undefined, auxiliary === "sein");
  if (inf) return verbDraft(lex, text, inf);
  const passive = adj && !verbs.length ? unlistedIerenPassive(lex, ctx, i, lower, adj) : undefined;
  if (passive) return passive;
  if (adj) {
    const fixed = adj.lemma === lower ? adverbInFixedUse(lex, ctx, i, lower) : undefined;
    if (fixed) return fixed;
    const superlative = bareSuperlativeAdverb(lex, ctx, i, lower);
    if (superlative) return fromEntry(lex, text, superlative, "adv");
    // Uninflected and not predicative: "endlich" is the adverb "finally", not the adjective "finite"; but
    // "fiel leise", "schnell fahren" are the adjective used adverbially.
    const adv = adj.lemma === lower ? lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling) : undefined;
    if (adv && undeclinedAdjective(lex, lower)) return fromEntry(lex, text, adv, "adv");
    if (adv && !predicative(ctx, i) && !adverbialAdjective(lex, ctx, i, adj, adv))
      return fromEntry(lex, text, adv, "adv");
    return fromEntry(lex, text, adj, "adj");
  }
  const exact = lex
    .entries(lower)
    .filter((e) => !e.oldSpelling && e.pos !== "noun" && e.pos !== "name" && e.pos !== "comb");
  const e = exact.find((x) => x.pos === "adv") ?? exact[0];
  // A bare stem opening a sentence is an imperative: "Lass uns abwarten", "Komm her".
  const imperative = !e && isSentenceInitial(ctx.tokens, i) ? infinitives(lex, lower)[0] : undefined;
  if (imperative) return verbDraft(lex, text, imperative);
  // An inflected past participle with no other reading is the attributive adjective wherever it stands: "zu
  // gebratenem Fisch" (zu the preposition, not a degree word), "Wir essen gebratene Zander" (no article before);
  // so is a present participle the dictionary lacks, also uninflected ("brannte knisternd", not "other").
  const participle =
    !e && (INFLECTED.test(lower) || lower.endsWith("nd")) ? participleAdjective(lex, text, lower) : undefined;
  if (participle) return participle;
  if (!e)
    return compoundAdjective(lex, text, lower) ?? headedAdjective(lex, text, lower) ?? nounAdjective(lex, text, lower);
  if (e.pos === "adv" && weiseAdverb(lex, ctx, i, lower)) return fromEntry(lex, text, e, "adv");
  const pos: PartOfSpeech = e.pos === "untagged" ? (ADJ_SUFFIX.test(lower) ? "adj" : "adv") : (e.pos as PartOfSpeech);
  return fromEntry(lex, text, e, pos === "adv" && declinableOnlyAdverb(lex, lower) ? "adj" : pos);
}

/**
 * "möglichst fettarm", "längst vorbei", "höchst selten": an uninflected superlative form without "am" can be no
 * adjective (that needs "am schnellsten" or an ending), so where the dictionary has the form as an adverb of
 * its own, it is that adverb, not a degree of möglich, lang or hoch.
 */
export function bareSuperlativeAdverb(
  lex: Lexicon,
  ctx: SentenceContext,
  i: number,
  lower: string,
): LexEntry | undefined {
  const adj = adjectiveOf(lex, lower);
  if (!adj || adj.lemma === lower || !/st$/.test(lower)) return undefined;
  if (wordAt(ctx.tokens, i - 1)?.text.toLowerCase() === "am") return undefined;
  return lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
}

/**
 * "beträgt monatlich 500 Euro", "Ich bin einverstanden": a word the dictionary lists only as an adverb but the
 * full-form data inflects as an adjective (monatliche, täglichen) is the adjective used adverbially or
 * predicatively, as the grammars and the STTS tag ADJD have it; a function word keeps its reading.
 */
export function declinableOnlyAdverb(lex: Lexicon, lower: string): boolean {
  return lex.isFullAdjective(lower) && functionWord(lower).length === 0 && adjectives(lex, lower).length === 0;
}

/**
 * "Kuchen gratis", "genug Wasser", "online verlängern", "rechts stricken": a word Ding has as adjective and
 * adverb that is never declined cannot stand as an adjective before a noun; used uninflected it is the
 * adverb, in every position. Never declined: the full-form data has no adjective of it, and the frequency
 * list has the word but none of its declined forms (gratise, onlinen); both lists lack rare adjectives
 * (scheu), which keep their reading.
 */
export function undeclinedAdjective(lex: Lexicon, lower: string): boolean {
  if (lex.isFullAdjective(lower) || lex.rank(lower) === undefined) return false;
  if (["e", "en", "er", "es", "em"].some((ending) => lex.rank(lower + ending) !== undefined)) return false;
  return lex.entries(lower).some((e) => e.pos === "adv" && !e.oldSpelling);
}

/** Best guess for a word the lexicon lacks, from its shape alone; the card says it is a guess. */
export function guessLemma(text: string): [string, PartOfSpeech] {
  const lower = text.toLowerCase();
  // Typischerweise, glücklicherweise: adverbs, capitalised only at the start of a sentence.
  // (Ending and stem tested apart: /\p{L}{3,}(?:weise)$/ backtracks from every letter of a 10,000-letter token.)
  // Flussabwärts, stadteinwärts, bergwärts: -wärts makes adverbs of direction, and no other part of speech.
  const ending = /(?:weise|maßen|wärts)$/.exec(lower);
  if (ending && /\p{L}{3}$/u.test(lower.slice(0, ending.index))) return [lower, "adv"];
  if (isCapitalised(text)) return [text, "noun"];
  if (ADJ_SUFFIX.test(lower)) return [lower.replace(/(?:e|en|em|er|es)$/, ""), "adj"];
  // Inflected adjectives of foreign stems and participles of -ieren verbs: hormonelle, royalen, oscarprämierte,
  // coliforme, fluoreszente (-form, -ant, -ent).
  const inflected = /^(\p{Ll}{3,}(?:ell|al|iv|är|ös|iert|form|ant|ent))(?:e|en|em|er|es)$/u.exec(lower)?.[1];
  if (inflected) return [inflected, "adj"];
  if (/(?:ern|eln|en)$/.test(lower)) return [lower, "verb"];
  // Past and participle shapes: schnarzelte → schnarzeln, geplonkt → plonken.
  const participle = /^ge(\p{Ll}{3,}?)(?:e?t)$/u.exec(lower);
  if (participle?.[1]) return [infinitiveOf(participle[1]), "verb"];
  const past = /^(\p{Ll}{3,}?)(?:te|ten|test|tet)$/u.exec(lower);
  if (past?.[1]) return [infinitiveOf(past[1]), "verb"];
  // Present of an -eln or -ern verb: hebelt → hebeln, schnorchelst → schnorcheln, (ich) hebele.
  const present = /^(\p{Ll}{2,}(?:el|er))(?:t|st)$/u.exec(lower);
  if (present?.[1]) return [`${present[1]}n`, "verb"];
  return [lower, "other"];
}

function infinitiveOf(stem: string): string {
  return /(?:el|er)$/.test(stem) ? `${stem}n` : `${stem}en`;
}
