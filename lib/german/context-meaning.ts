// The meaning of a word from its own sentence, when no translation says it: werden as the future or
// passive auxiliary, the preposition a verb governs ("sich von … abheben" → to set apart from), a
// reflexive use. Choices here are overruled by a translation's (lib/align).

import { areaSense } from "./area-sense";
import { belongSense } from "./belong-sense";
import { BUILDINGS } from "./building-sense";
import { nounAdjectiveSense, nounVerbSense } from "./collocation-sense";
import {
  AIRCRAFT,
  ARCHERY,
  BODY_SPOTS,
  BORDERS,
  BUNCHES,
  CONDITIONS,
  CONGREGATIONS,
  COVERS,
  DICE,
  EDITIONS,
  FARMS,
  FOLDED,
  FOOD,
  FRACTIONS,
  GAMBLING,
  GAME_MOVES,
  GEARS,
  HOSPITALS,
  LEADS,
  MENUS,
  MESSAGES,
  NUTS,
  PARKS,
  PARLIAMENTS,
  PIANOS,
  RACES,
  RECORDED,
  ROADS,
  SEARCHES,
  SHELLED_ANIMALS,
  SHIELDS,
  SHIFTS,
  SHIPS,
  SHOES,
  SIDE_DISHES,
  STAGES,
  STALLS,
  STAMPS,
  STOREYS,
  STRING_INSTRUMENTS,
  SUBJECTS,
  TAPS,
  TENNIS,
  TEXT_PARTS,
  WINDOWS,
} from "./companion-sense";
import { compoundSense, verbCompoundSense } from "./compound-sense";
import { conjugationSense } from "./conjugation-sense";
import { predicative } from "./content-draft";
import { CROWDS, QUEUES } from "./crowd-sense";
import { determinerReadings, type Gender, singularGenders } from "./determiners";
import { deviceSense, MACHINES, SERVICED, settingSense } from "./device-sense";
import { earnSense } from "./earn-sense";
import { fieldSense } from "./field-sense";
import { CONTRACTIONS, governs } from "./governed-preposition";
import { keepSense } from "./keep-sense";
import { firstKindChoice, kindList } from "./kind-index";
import {
  ANNIVERSARIES,
  ARRANGEMENTS,
  BELONGINGS,
  BROADCASTS,
  CANDIDATES,
  CLOTHES,
  COSTS,
  clauseHas,
  DISCONTINUED,
  DWELLINGS,
  EVENTS,
  firstGlossed,
  JOBS,
  joinRareSense,
  kindSense,
  LIQUIDS,
  LOCKABLE,
  nounSenseByVerb,
  POLICE,
  POSTED,
  PROJECTILES,
  READING,
  RECORDINGS,
  RESCHEDULED,
  rareKindSense,
  rareNounSenseByVerb,
  TERMS,
} from "./kind-sense";
import { kindredNouns } from "./kindred-nouns";
import { leaveSense } from "./leave-sense";
import { verbLemmas } from "./lemmatize";
import type { Lexicon, LexSense } from "./lexicon";
import { LIGHTS } from "./light-sense";
import type { MeaningChoice } from "./meaning";
import { FUNDINGS, PAYMENTS } from "./money-sense";
import { addressee } from "./names";
import { outcomeSense } from "./outcome-sense";
import { phraseSense, verbPhraseSense } from "./phrase-sense";
import { homeSense, opensPlacePhrase } from "./place-phrase";
import { pluralSense } from "./plural-sense";
import { portionSense } from "./portion-sense";
import { DATIVE_REFLEXIVES, possessiveDativeSense } from "./possessive-dative";
import { levelSense, quantitySense } from "./quantity-sense";
import { REMEDIES } from "./remedy-sense";
import { AMOUNTS } from "./rise-sense";
import { scoreSense } from "./score-sense";
import {
  beforeNounPhrase,
  clauseBounds,
  clauseWords,
  type Draft,
  pronounOfLassen,
  type SentenceContext,
  SUBJECT_PRONOUNS,
  skipsPronoun,
  wordAt,
} from "./sentence-context";
import { seriesSense } from "./series-sense";
import { faringSense, suitSense } from "./suit-sense";
import { supposingSense } from "./supposing-sense";
import { ticketSense } from "./ticket-sense";
import { opensTimePhrase } from "./time-nouns";
import { transferSense } from "./transfer-sense";
import type { Token } from "./types";
import { unitSense } from "./unit-sense";
import { vehicleSense } from "./vehicle-sense";
import { LODGINGS, SHOPS } from "./venue-sense";
import { imperativeAt, reflexiveInClause } from "./verb-grammar";
import { VERB_KINDS } from "./verb-kinds";
import { weatherSense } from "./weather-sense";

// Ding's "social life" field marks everyday senses (teilnehmen an [soc.] "to take part in"), not a
// specialist's.
const EVERYDAY_FIELDS = new Set(["soc."]);
// Fields Ding gives everyday words of (Firma, Kunde, Ware [econ.]): two of them in a clause say nothing of
// the verb ("Die Firma verkauft ihre Waren an Kunden" is "to sell", not [econ.] "to purvey").
const GENERAL_FIELDS = new Set(["soc.", "econ."]);

/**
 * Whether the clause has the preposition as a word of its own or as da(r)-/wo(r)- + preposition, not in a
 * contraction: a preposition a sense may take but does not need is weak evidence, and "im Winter", "am Ende"
 * mostly open an adverbial ("Im Winter geht die Sonne unter" is no untergehen (in) "to be lost").
 */
function governsAsWord(words: readonly string[], prep: string): boolean {
  return governs(
    words.filter((w) => CONTRACTIONS[w] === undefined),
    prep,
  );
}

/**
 * The clause's words that may hold the verb's preposition: not a contraction that opens the clause before
 * the verb, which opens an adverbial ("Im Winter geht die Sonne auf" is no aufgehen in, "to be absorbed
 * in"; "Am Ende hat sie …", "Zum Glück …"), nor a preposition of a phrase of time ("Das Gehalt wird am
 * Monatsende überwiesen" is no überweisen an, "to refer to") or of place ("nach Hause kommen" is no kommen
 * nach, "to follow").
 */
export function governingWords(ctx: SentenceContext, drafts: readonly (Draft | null)[], d: Draft, i: number): string[] {
  const [from, to] = clauseBounds(ctx.tokens, i);
  const ofLassen = pronounOfLassen(ctx, d, i);
  const out: string[] = [];
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (!t || j === i || j === d.a.partnerIndex) continue;
    const w = t.text.toLowerCase();
    if (skipsPronoun(w, ofLassen)) continue;
    const contracted = CONTRACTIONS[w];
    if (contracted !== undefined && j === from && from < i) continue;
    if (opensTimePhrase(drafts, j, contracted ?? w) || opensPlacePhrase(drafts, j, contracted ?? w)) continue;
    out.push(w);
  }
  return out;
}

const REFLEXIVE_GLOSS = /\b(?:oneself|itself|themselves|himself|herself|each other)\b/;
const FUTURE_FORMS = new Set(["wird", "werden", "werde", "wirst", "werdet", "würde", "würden", "würdest", "würdet"]);
// Ding has no sense for the passive auxiliary: its card says what the word does.
const PASSIVE: LexSense = { glosses: ["to be (passive)"], domains: [] };

/** A sense Ding lacks (the passive, "there is", "would like"), put first on the card and chosen. */
function chooseOwn(d: Draft, sense: LexSense): MeaningChoice {
  d.senses = [sense, ...(d.senses ?? [])];
  return { sense: { sense: 0, gloss: 0 } };
}

/** werden + infinitive = will (future), + participle = passive; "worden" is always passive. */
function auxiliaryWerden(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  const lower = d.a.text.toLowerCase();
  // "dürfen nicht abgestellt werden", "steigen werden": the verb right before werden at the end of its
  // clause says it, whatever modal verb the clause has besides.
  const before = wordAt(ctx.tokens, i - 1);
  const prev = before && drafts[i - 1]?.a.pos === "verb" ? before.text.toLowerCase() : undefined;
  const prevHits = prev ? verbLemmas(lex, prev) : [];
  if (prev && !prevHits.some((h) => h.inf === prev) && prevHits.some((h) => h.participle)) return chooseOwn(d, PASSIVE);
  const [from, to] = clauseBounds(ctx.tokens, i);
  let infinitive = false;
  let participle = false;
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    // "wird bestimmt alles besser": a participle read as an adverb makes no passive.
    if (!t || j === i || /^\p{Lu}/u.test(t.text) || (drafts[j] && drafts[j]?.a.pos !== "verb")) continue;
    const w = t.text.toLowerCase();
    const hits = verbLemmas(lex, w);
    if (hits.some((h) => h.inf === w)) infinitive = true;
    else if (hits.some((h) => h.participle)) participle = true;
  }
  if (lower !== "worden" && infinitive && FUTURE_FORMS.has(lower))
    return firstGlossed(d.senses ?? [], (g) => g === "will");
  if (participle || lower === "worden") {
    return chooseOwn(d, PASSIVE);
  }
  return undefined;
}

/** The nouns of the verb's clause, and the last part of each compound (Führerscheinprüfung: Prüfung). */
function clauseNouns(ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): Set<string> {
  const [from, to] = clauseBounds(ctx.tokens, i);
  const out = new Set<string>();
  for (let j = from; j <= to; j++) {
    const a = drafts[j]?.a;
    if (a?.pos !== "noun") continue;
    out.add(a.lemma);
    const head = a.parts?.at(-1)?.lemma;
    if (head) out.add(head);
  }
  return out;
}

// Pronouns that are only subjects, and the polite Sie (capitalised inside the sentence).
const SUBJECT_AFTER_VERB = new Set(["ich", "du", "er", "wir", "ihr", "man", "Sie"]);
const WERDEN_FORMS = new Set([...FUTURE_FORMS, "wurde", "wurden", "wurdest", "wurdet", "worden"]);

/** Whether the participle at i stands with a form of werden in its clause: a passive. */
function isPassive(lex: Lexicon, ctx: SentenceContext, i: number): boolean {
  const text = wordAt(ctx.tokens, i)?.text.toLowerCase() ?? "";
  if (!verbLemmas(lex, text).some((h) => h.participle && h.inf !== text)) return false;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) if (WERDEN_FORMS.has(wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "")) return true;
  return false;
}

/**
 * The common nouns of the verb's clause that may be its accusative object: after the clause's first verb
 * (before it stands the subject: "Die Firma stellt … ein"), or anywhere in a passive, whose subject is the
 * object ("Fahrräder dürfen nicht im Treppenhaus abgestellt werden"), or where a pronoun after the first
 * verb is the subject; after no preposition ("für den Kurs").
 */
function objectNouns(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number): Set<string> {
  const [from, to] = clauseBounds(ctx.tokens, i);
  let first = from;
  while (first < to && drafts[first]?.a.pos !== "verb") first++;
  // A pronoun subject right after the first verb leaves the noun before it an object ("Die Tabletten sollten
  // Sie nach dem Essen einnehmen").
  if (isPassive(lex, ctx, i) || SUBJECT_AFTER_VERB.has(wordAt(ctx.tokens, first + 1)?.text ?? "")) first = from - 1;
  const out = new Set<string>();
  for (let j = first + 1; j <= to; j++) {
    const a = drafts[j]?.a;
    if (j === i || a?.pos !== "noun" || a.name) continue;
    if (drafts[beforeNounPhrase(drafts, j, first)]?.a.pos === "prep") continue;
    out.add(a.lemma);
    const head = a.parts?.at(-1)?.lemma;
    if (head) out.add(head);
  }
  return out;
}

/**
 * The sense Ding gives the verb with a noun of its clause ("eine Entscheidung treffen" = to make, "Geld
 * abheben" = to withdraw), also one the card keeps for the alignment only, which then joins the card. A
 * compound Ding names goes with its head noun too, a kind of it: "Die Karte wurde gesperrt" is sperren "to
 * block", which Ding gives with Kreditkarte and Zahlkarte, not "to close" (with Luftraum). Heads of five
 * letters or more, so that no chance ending counts (Dividende is no Ende).
 */
function objectSense(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  const own = d.senses ?? [];
  const all = [...own, ...lex.alignOnlySenses(own)];
  if (!all.some((s) => s.objects)) return undefined;
  const nouns = clauseNouns(ctx, drafts, i);
  const heads = [...nouns].filter((n) => n.length >= 5).map((n) => n.toLowerCase());
  // A noun of the same kind as the one Ding gives counts too (Hotel for Geschäft: führen "to run"), where it
  // may be the verb's object.
  const kin = new Set([...objectNouns(lex, ctx, drafts, i)].flatMap((n) => [...kindredNouns(n)]));
  const takes = (o: string) => nouns.has(o) || kin.has(o) || heads.some((h) => o.length > h.length && o.endsWith(h));
  const at = all.findIndex((s) => s.objects?.some(takes));
  const chosen = all[at];
  if (!chosen || at === 0) return undefined;
  if (at >= own.length) d.senses = [...own, chosen];
  return { sense: { sense: Math.min(at, own.length), gloss: 0 } };
}

/**
 * A verb used reflexively with a preposition, where the card has no reflexive sense: Ding's sense of "sich
 * … prep" kept for the alignment only, which then joins the card, as an object's does ("Sie setzt sich für
 * die Rechte … ein" is sich einsetzen für "to support", not einsetzen "to come on"). Both the pronoun and the
 * preposition are evidence, so the rarer sense is safe to take.
 */
function reflexiveWithPrep(lex: Lexicon, d: Draft, words: readonly string[]): MeaningChoice | undefined {
  if ((d.senses ?? []).some((s) => s.reflexive)) return undefined;
  const chosen = joinRareSense(lex, d, (s) => s.reflexive === true && s.prep !== undefined && governs(words, s.prep));
  return chosen === undefined ? undefined : { sense: { sense: chosen, gloss: 0 } };
}

/** The subject fields of the first senses of the sentence's other words. */
function sentenceFields(drafts: readonly (Draft | null)[], i: number): Set<string> {
  const out = new Set<string>();
  drafts.forEach((d, j) => {
    if (j !== i && d && !d.a.name) for (const f of d.senses?.[0]?.domains ?? []) out.add(f);
  });
  return out;
}

/**
 * The first sense in a subject field that the first senses of two other nouns of its clause are in, where
 * the verb's first sense is not: "Der Trainer wechselte in der zweiten Halbzeit zwei Spieler aus" is
 * auswechseln [sport] "to make a substitution", not "to shift" (Trainer, Halbzeit: [sport]). One noun is too
 * little evidence (it lowered as many sets as it raised); an everyday label (soc., econ.) says nothing.
 */
function sharedFieldSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  senses: readonly LexSense[],
): number | undefined {
  const counts = new Map<string, number>();
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const o = drafts[j];
    if (j === i || o?.a.pos !== "noun" || o.a.name) continue;
    for (const f of new Set(o.senses?.[0]?.domains ?? [])) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  const shared = (s: LexSense | undefined) =>
    s?.domains.some((f) => !GENERAL_FIELDS.has(f) && (counts.get(f) ?? 0) >= 2) === true;
  if (shared(senses[0])) return undefined;
  const k = senses.findIndex((s) => s.prep === undefined && !s.reflexive && shared(s));
  return k > 0 ? k : undefined;
}

/** A verb's meaning from the noun it takes, the preposition it governs or its reflexive pronoun. */
function verbContext(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  const senses = d.senses ?? [];
  if (senses.length < 2) return undefined;
  const byObject = objectSense(lex, ctx, drafts, d, i);
  if (byObject) return byObject;
  // analyse.ts has read them for the verbs it ranks glosses of (d.clauseWords): not read a second time.
  const words = d.clauseWords ? [...d.clauseWords] : governingWords(ctx, drafts, d, i);
  // Among senses taking the preposition, everyday language before a subject field's (verfügen über:
  // "to have" before [adm., jur.] "to dispose of").
  const imperative =
    clauseBounds(ctx.tokens, i)[0] === i ? imperativeAt(lex, d.a.lemma, d.a.text, d.a.particle) : undefined;
  // mich, dich, uns, euch are reflexive only with their own subject (ich, du, wir, ihr): "Der Vermieter hat
  // uns die Schlüssel übergeben" is no sich übergeben, "to vomit"; "Der Verkäufer hat mich beraten" no sich
  // beraten, "to consult".
  const reflexiveUse = reflexiveInClause(words, imperative);
  // Ding's phrase of the verb with a noun of the clause: its sense joins the card, as an object's does.
  const byPhrase = verbPhraseSense(lex, ctx, drafts, i, words, reflexiveUse);
  if (byPhrase) {
    d.senses = [...senses, byPhrase];
    return { sense: { sense: senses.length, gloss: 0 } };
  }
  // A reflexive sense only with its pronoun: "Mit dieser Bemerkung hat sie … getroffen" is no sich
  // treffen mit, "to meet up with".
  // A sense that may take the preposition counts too, used as Ding gives it (reflexive or not): "Ich warte
  // auf den Bus" is warten "to wait" (Ding: "warten (auf; bis)"), not warten auf "to lie in store for".
  const governed = [...senses.entries()].filter(([, s]) =>
    s.prep !== undefined
      ? governs(words, s.prep) && (!s.reflexive || reflexiveUse)
      : s.also?.some((p) => governsAsWord(words, p)) === true && (s.reflexive === true) === reflexiveUse,
  );
  // A sense that needs the preposition does not displace a first sense that may take it too, where the
  // clause has it only contracted with an article, which first sense takes as well ("Die Wohnung liegt im
  // dritten Stock" is liegen (in) "to lie", not liegen in "to be inherent in").
  const mayTake = senses[0]?.also ?? [];
  if (
    !reflexiveUse &&
    governed.length &&
    governed.every(([k, s]) => k > 0 && s.prep !== undefined && mayTake.includes(s.prep) && !words.includes(s.prep))
  )
    return undefined;
  // With its pronoun the verb is used reflexively: a sense that takes the preposition but not the pronoun
  // ("etw. an jdn. richten", to address to) yields to Ding's reflexive one ("sich an jdn. richten", to be
  // directed), with or without the preposition.
  const reflexiveGoverned = reflexiveUse ? governed.filter(([, s]) => s.reflexive) : [];
  if (reflexiveUse && !reflexiveGoverned.length) {
    const rare = reflexiveWithPrep(lex, d, words);
    if (rare) return rare;
  }
  const plainReflexive = senses.findIndex((s) => s.reflexive && s.prep === undefined);
  if (reflexiveUse && governed.length && !reflexiveGoverned.length && plainReflexive >= 0)
    return plainReflexive === 0 ? undefined : { sense: { sense: plainReflexive, gloss: 0 } };
  const candidates = reflexiveGoverned.length ? reflexiveGoverned : governed;
  // A sense Ding labels everyday and gives with the preposition, written as a word of its own (a contraction
  // mostly opens an adverbial: "beim Backen"), before one that may take it: "an den Spielen teilnehmen" is
  // "to take part in" [soc.], not teilnehmen (an etw.) "to attend". Only over a sense that may take it:
  // among senses that all need it, Ding's order stands ("Du erinnerst mich an Tom" is erinnern an "to remind
  // of", not [soc.] "to commemorate").
  // Then one in the subject field of another word of the sentence: "Das Geld [fin.] reicht nicht für die
  // Miete" is reichen für "to stretch to" [fin.], not "to serve" [cook.].
  const fields = sentenceFields(drafts, i);
  const mayTakeFirst = candidates[0]?.[1].prep === undefined;
  const byPrep = ((mayTakeFirst
    ? candidates.find(
        ([, s]) => s.prep !== undefined && words.includes(s.prep) && s.domains.some((d) => EVERYDAY_FIELDS.has(d)),
      )
    : undefined) ??
    candidates.find(([, s]) => s.domains.some((d) => fields.has(d))) ??
    candidates.find(([, s]) => s.domains.every((d) => EVERYDAY_FIELDS.has(d))) ??
    candidates[0])?.[0];
  // The first sense too is chosen so, not merely kept: a translation's rare synonym of another sense does
  // not overrule the clause's preposition ("Oma passt auf die Kinder auf" / "is looking after the children":
  // aufpassen auf "to watch", not "to attend", which "look" may be through a rare sense).
  if (byPrep !== undefined) return { sense: { sense: byPrep, gloss: 0 } };
  // A first sense that needs its preposition is not the meaning where the clause lacks it ("Die Insel
  // zählt 2000 Einwohner" is not zählen auf, "to rely on"): the first sense without one. Unless the clause
  // has a preposition of a sense the card leaves out: "was hältst du von …" (halten von, "to make of") is
  // nearer halten für, "to consider", than "to hold".
  const first = senses[0];
  const plainSense = senses.findIndex((s) => s.prep === undefined);
  const rarer = lex
    .entries(d.a.idiom ?? d.a.lemma)
    .filter((e) => e.pos === "verb")
    .flatMap((e) => e.alignOnly ?? []);
  if (
    first?.prep !== undefined &&
    plainSense > 0 &&
    !(first.reflexive && !reflexiveInClause(words)) &&
    !rarer.some((s) => s.prep !== undefined && governs(words, s.prep))
  )
    return plainVerbOf(senses, first) ?? { sense: { sense: plainSense, gloss: 0 } };
  // Ding's own "sich …" senses first, then an English gloss that says so ("to pride oneself").
  // Not a reflexive sense that needs a preposition the clause lacks: "Die Ausstellung richtet sich an
  // Kinder" is not sich richten nach, "to depend on".
  // And not one Ding gives only with objects the clause lacks (objectSense has found none of them), where
  // another reflexive sense has none: "sich eine Zerrung zuziehen" is "to incur", not sich zuziehen
  // "to raise/provoke/arouse" (Zorn).
  const reflexiveFits = (s: LexSense) => s.reflexive === true && (s.prep === undefined || governs(words, s.prep));
  // Only where the clause has a noun that could be the object: Ding's objects of a reflexive sense are often
  // its subject ("Die Gesellschaft hat sich verändert"), so "Ich habe mich verändert" keeps "to change".
  const objectNoun = reflexiveUse && clauseHas(ctx, drafts, i, (o) => o?.a.pos === "noun" && !o.a.name);
  const withoutObjects = objectNoun ? senses.findIndex((s) => reflexiveFits(s) && !s.objects?.length) : -1;
  const dingReflexive = withoutObjects >= 0 ? withoutObjects : senses.findIndex(reflexiveFits);
  if (reflexiveUse && dingReflexive > 0)
    return plainOfReflexive(senses, dingReflexive) ?? { sense: { sense: dingReflexive, gloss: 0 } };
  if (reflexiveUse && dingReflexive < 0) {
    const reflexive = firstGlossed(senses, (g) => REFLEXIVE_GLOSS.test(g));
    if (reflexive) return reflexive;
  }
  // Without its pronoun the verb is not used in its reflexive sense ("jdn. erinnern" = to remind).
  const plain = senses.findIndex((s) => !s.reflexive);
  if (!reflexiveUse && senses[0]?.reflexive && plain > 0) return { sense: { sense: plain, gloss: 0 } };
  const byField = sharedFieldSense(ctx, drafts, i, senses);
  if (byField !== undefined) return { sense: { sense: byField, gloss: 0 } };
  // No guess from a gloss that ends in an English preposition where Ding gives the sense none: the German
  // preposition mostly opens an adverbial or a noun's phrase ("Ich hole dich um sieben ab" is no abholen
  // "to come for", "Wie lange dauert die Fahrt nach Hamburg?" no dauern "to feel pity for").
  return undefined;
}

// Ding has "es gibt" only inside its es and geben lines, as a phrase: the card needs it as a meaning.
const THERE_IS: LexSense = { glosses: ["there is", "there are"], domains: [] };
const DATIVE_PRONOUNS = new Set(["mir", "dir", "ihm", "ihr", "uns", "euch", "ihnen"]);

// A person in the dative; ihr is left out: it is as often the subject (ihr sagt) as the dative.
const DATIVE_PERSONS = new Set([...DATIVE_PRONOUNS].filter((w) => w !== "ihr"));

/**
 * Whether the clause of token i has one of `pronouns` as an object of its own: not after a preposition ("zu
 * mir", "bei uns" name no dative object).
 */
function clausePronoun(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  pronouns: ReadonlySet<string>,
): boolean {
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const w = wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "";
    if (pronouns.has(w) && !(j > from && drafts[j - 1]?.a.pos === "prep")) return true;
  }
  return false;
}

const dativePerson = (ctx: SentenceContext, drafts: readonly (Draft | null)[], i: number) =>
  clausePronoun(ctx, drafts, i, DATIVE_PERSONS);

/**
 * "Es gibt viele Bücher", "Heute gibt es Kuchen", "weil es keine Milch gibt": es next to geben, or opening
 * a clause geben closes; not where someone gives ("Er gibt es ihr", "Anna gibt es Tom").
 */
function thereIs(ctx: SentenceContext, drafts: readonly (Draft | null)[], d: Draft, i: number) {
  if (d.a.lemma !== "geben" || d.a.particle) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const lower = (j: number) => (j >= from && j <= to ? wordAt(ctx.tokens, j)?.text.toLowerCase() : undefined);
  const es = [i - 1, i + 1, i === to ? from + 1 : -1].find((j) => lower(j) === "es");
  if (es === undefined || [es + 1, i + 1].some((j) => DATIVE_PRONOUNS.has(lower(j) ?? ""))) return undefined;
  if (drafts[i - 1]?.a.pos === "name") return undefined;
  for (let j = from; j <= to; j++) if (SUBJECT_PRONOUNS.has(lower(j) ?? "")) return undefined;
  return chooseOwn(d, THERE_IS);
}

/**
 * sagen with a person in the dative is "to tell": English says something to someone, but tells someone
 * something ("Sag es mir", "Er hat uns die Wahrheit gesagt"). A name is the dative where nothing else can be:
 * right after the imperative, or after es or das.
 */
function tellSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  if (d.a.lemma !== "sagen" || d.a.particle) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  const tell = () => firstGlossed(d.senses ?? [], (g) => g === "to tell");
  // A name right after the imperative, or after es or das, the object already said: "Sag Tom, dass …",
  // "Sag es Tom", "Hast du es Anna gesagt?".
  const imperative = /^sagt?$/.test(d.a.text.toLowerCase()) && i === from;
  if (imperative && drafts[i + 1]?.a.pos === "name") return tell();
  for (let j = from; j < to; j++) {
    const w = wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "";
    if ((w === "es" || w === "das") && drafts[j + 1]?.a.pos === "name") return tell();
  }
  return dativePerson(ctx, drafts, i) ? tell() : undefined;
}

/**
 * ausgehen with a person in the dative is running out of something: "Mir ging die Tinte aus", "Uns ist das
 * Benzin ausgegangen" (not "to go out", which is what "Wir gehen heute aus" does).
 */
function runOutSense(ctx: SentenceContext, drafts: readonly (Draft | null)[], d: Draft, i: number) {
  if (d.a.lemma !== "ausgehen" || !dativePerson(ctx, drafts, i)) return undefined;
  return firstGlossed(d.senses ?? [], (g) => g === "to run out");
}

// "Das macht Spaß" is "that is fun": Ding has Spaß machen only as "to joke", which is what a person does.
const TO_BE_FUN: LexSense = { glosses: ["to be fun", "to enjoy"], domains: [] };

/**
 * Spaß as machen's object where no person jokes: a thing or es as subject, or a dative who enjoys it ("Das
 * macht Spaß", "Macht dir das Spaß?", "Es hat mir Spaß gemacht"). Spaß is then "fun" and machen "to be fun".
 * With a person as subject and no dative it stays Ding's "to joke" ("Ich mache nur Spaß").
 */
function funSense(ctx: SentenceContext, drafts: readonly (Draft | null)[], d: Draft, i: number) {
  if (d.a.lemma !== "machen" && d.a.lemma !== "Spaß") return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let machen: number | undefined;
  let spass: number | undefined;
  let person = false;
  for (let j = from; j <= to; j++) {
    const a = drafts[j]?.a;
    if (a?.lemma === "machen" && a.pos === "verb") machen = j;
    // "aus Spaß", "zum Spaß": after a preposition Spaß is no object of machen.
    else if (a?.lemma === "Spaß" && drafts[j - 1]?.a.pos !== "prep") spass = j;
    const w = wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "";
    // ihr is as often the dative ("Macht ihr das Spaß?") as the subject.
    person ||= (SUBJECT_PRONOUNS.has(w) && w !== "ihr") || a?.pos === "name";
  }
  if (machen === undefined || spass === undefined || (i !== machen && i !== spass)) return undefined;
  if (person && !dativePerson(ctx, drafts, i)) return undefined;
  return i === machen ? chooseOwn(d, TO_BE_FUN) : firstGlossed(d.senses ?? [], (g) => g === "fun");
}

// möchte is its own everyday verb, "would like (to)", though grammar makes it a subjunctive of mögen;
// Ding lists no such sense, and "to like" misleads.
const WOULD_LIKE: LexSense = { glosses: ["would like", "would like to"], domains: [] };
const MOECHTE = new Set(["möchte", "möchtest", "möchten", "möchtet"]);

function wouldLike(d: Draft): MeaningChoice | undefined {
  if (d.a.lemma !== "mögen" || !MOECHTE.has(d.a.text.toLowerCase())) return undefined;
  return chooseOwn(d, WOULD_LIKE);
}

const ADDRESS_GLOSS = /^(?:Mr|Mrs|Ms)$/;

/** "Herr Müller" is Mr Müller, "Frau Dr. Fischer" Ms Fischer: a form of address, not a lord or a wife. */
function formOfAddress(tokens: readonly Token[], drafts: readonly (Draft | null)[], d: Draft, i: number) {
  const j = addressee(tokens, i);
  if (j === undefined || drafts[j]?.a.pos !== "name") return undefined;
  return firstGlossed(d.senses ?? [], (g) => ADDRESS_GLOSS.test(g));
}

/**
 * der (dieser, jeder) is feminine only as a dative or genitive: after a preposition or a noun ("mit der
 * Band", "das Ende der Band"); elsewhere it is masculine ("Der zweite Band erscheint").
 */
function caseGenders(word: string, before: string | undefined): readonly Gender[] | undefined {
  const genders = singularGenders(determinerReadings(word));
  const der = word === "der" || /^(?:dies|jen|jed|welch)er$/.test(word);
  return der && before !== "prep" && before !== "noun" && before !== "name" ? ["m"] : genders;
}

/**
 * Whether the noun after the determiner may be a plural: a plural form after a determiner that goes with
 * plurals. After den (diesen, keinen) a plural is dative, which ends in -n or -s: "den Kiefer" is der
 * Kiefer, "jaw", though die Kiefer ("pine") has the plural Kiefer; after dem or des no plural stands.
 */
function mayBePlural(lex: Lexicon, d: Draft, det: string): boolean {
  if (!determinerReadings(det)?.includes("pl")) return false;
  if (det.endsWith("en") && !/[ns]$/.test(d.a.text)) return false;
  return lex.entries(d.a.lemma).some((e) => e.plurals.includes(d.a.text));
}

/**
 * A noun whose senses differ in gender, after a determiner that shows it (der zweite Band "volume", die
 * Band "band", das Band "tape"): the first sense of a gender the determiner allows. Adjectives and numbers
 * may stand between; a form that is also the plural is left alone (die, der, den go with any plural).
 */
function genderSense(lex: Lexicon, tokens: readonly Token[], drafts: readonly (Draft | null)[], d: Draft, i: number) {
  const senses = d.senses ?? [];
  if (!senses.some((s) => s.gender)) return undefined;
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.type === "number" || drafts[j]?.a.pos === "adj" || drafts[j]?.a.pos === "num")) j--;
  const det = wordAt(tokens, j)?.text.toLowerCase();
  if (det === undefined || mayBePlural(lex, d, det)) return undefined;
  const allowed = caseGenders(det, drafts[j - 1]?.a.pos);
  const first = senses[0]?.gender;
  if (!allowed || !first || allowed.includes(first)) return undefined;
  const at = senses.findIndex((s) => s.gender !== undefined && allowed.includes(s.gender));
  return at > 0 ? { sense: { sense: at, gloss: 0 } } : undefined;
}

const PERFECT_AUXILIARIES = new Set(["sein", "haben"]);

/**
 * sein and haben beside a past participle are the perfect's (or the state passive's) auxiliary: their
 * first sense, "to be", "to have", whatever prepositions the clause holds ("bei seinem Gespräch sei es um
 * … gegangen" is no bei jdm. sein, "to agree with"; "Er ist von der Reise zurückgekommen" no sein von, "to
 * form"). The copula sein likewise, unless für or gegen is in its clause.
 */
function perfectAuxiliary(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  if (!PERFECT_AUXILIARIES.has(d.a.lemma) || d.a.particle) return undefined;
  const first: MeaningChoice = { sense: { sense: 0, gloss: 0 } };
  // The copula too: sein changes its meaning with für and gegen only ("dafür sein", "gegen etw. sein");
  // with von, bei, mit it is still "to be" ("Das Ziel von Mas Besuch sei gewesen" is no sein von, "to form").
  const words = clauseWords(ctx, d, i);
  if (d.a.lemma === "sein" && !governs(words, "für") && !governs(words, "gegen")) return first;
  const [from, to] = clauseBounds(ctx.tokens, i);
  for (let j = from; j <= to; j++) {
    const t = wordAt(ctx.tokens, j);
    if (!t || j === i || drafts[j]?.a.pos !== "verb") continue;
    const w = t.text.toLowerCase();
    if (verbLemmas(lex, w).some((h) => h.participle && h.inf !== w)) return first;
  }
  return undefined;
}

const SEIN_FORMS = new Set([
  "bin",
  "bist",
  "ist",
  "sind",
  "seid",
  "war",
  "warst",
  "waren",
  "wart",
  "sei",
  "seien",
  "wäre",
  "wären",
]);

/**
 * A participle with sein whose verb Ding gives the perfect with haben only: the verb is used in a sense
 * Ding lists apart from its verb line, as a motion ("Wir sind nach Leipzig gezogen": ziehen "to move
 * somewhere", not "to pull", which is hat gezogen).
 */
function perfectWithSein(lex: Lexicon, ctx: SentenceContext, d: Draft, i: number): MeaningChoice | undefined {
  const entries = lex.entries(d.a.lemma);
  const verbs = entries.filter((e) => e.pos === "verb");
  if (!verbs.length || !verbs.every((e) => e.auxiliaries?.length === 1 && e.auxiliaries[0] === "haben"))
    return undefined;
  if (!lex.conjugation(d.a.lemma)?.A?.includes(d.a.text.toLowerCase())) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let sein = false;
  for (let j = from; j <= to; j++) if (SEIN_FORMS.has(wordAt(ctx.tokens, j)?.text.toLowerCase() ?? "")) sein = true;
  const other = entries.find((e) => e.pos !== "verb" && e.senses[0]?.glosses[0]?.startsWith("to "))?.senses[0];
  return sein && other ? chooseOwn(d, other) : undefined;
}

/**
 * An uninflected adjective right before another that stands without a noun says how much: its adverb's
 * sense, first ("Er ist schwer krank": badly, not "heavy"; "stark verschmutzt").
 */
function degreeAdverb(lex: Lexicon, drafts: readonly (Draft | null)[], d: Draft, i: number) {
  const next = drafts[i + 1];
  if (d.a.text !== d.a.lemma || next?.a.pos !== "adj" || next.a.text !== next.a.lemma) return undefined;
  const after = drafts[i + 2]?.a.pos;
  if (after === "noun" || after === "name" || after === "adj") return undefined;
  const adverb = lex.entries(d.a.lemma).find((e) => e.pos === "adv" && !e.oldSpelling)?.senses[0];
  return adverb ? chooseOwn(d, adverb) : undefined;
}

// The persons who speak or are spoken to: "Bist du sicher?" asks whether you are sure, not safe.
const SPEAKER_PRONOUNS = new Set(["ich", "du", "wir", "ihr"]);
const SAFE_PLACES = new Set(["hier", "dort", "da", "vor", "bei", "in", "im", "zu", "zuhause"]);

/**
 * sicher as the predicate of a person who is certain: with a dative reflexive ("Ich bin mir sicher", "Tom ist
 * sich sicher") or the speaker or the one spoken to as subject ("Bist du sicher?"), it is "sure"; beside the
 * latter a place or a danger keeps "safe" ("Hier bist du sicher", "Wir sind sicher vor …").
 */
function sureSense(
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  if (d.a.lemma !== "sicher" || d.a.text !== "sicher" || !predicative(ctx, i)) return undefined;
  const [from, to] = clauseBounds(ctx.tokens, i);
  let speaker = false;
  let place = false;
  for (let j = from; j <= to; j++) {
    const text = wordAt(ctx.tokens, j)?.text ?? "";
    const w = text.toLowerCase();
    // "Sind Sie sicher?": Sie capitalised inside the sentence is the one spoken to.
    speaker ||= SPEAKER_PRONOUNS.has(w) || (text === "Sie" && j > 0);
    place ||= SAFE_PLACES.has(w);
  }
  // "Bei uns bist du sicher": a pronoun after a preposition is no reflexive.
  const reflexive = clausePronoun(ctx, drafts, i, DATIVE_REFLEXIVES);
  return reflexive || (speaker && !place) ? firstGlossed(d.senses ?? [], (g) => g === "sure") : undefined;
}

/**
 * An uninflected adjective that is no predicate and stands before no noun says how something is done: its
 * adverb line's sense, first ("Kommen Sie allein": alone, where Ding's adjective line says "unescorted").
 */
function adverbialAdjective(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  d: Draft,
  i: number,
): MeaningChoice | undefined {
  if (d.a.text.toLowerCase() !== d.a.lemma.toLowerCase() || predicative(ctx, i)) return undefined;
  const next = drafts[i + 1]?.a.pos;
  if (next === "noun" || next === "name" || next === "adj") return undefined;
  const entries = lex.entries(d.a.lemma).filter((e) => !e.oldSpelling);
  const adverb = entries.find((e) => e.pos === "adv");
  const adjective = entries.find((e) => e.pos === "adj");
  const sense = adverb?.senses[0];
  if (!sense || !adjective || adverb.senses.length <= adjective.senses.length) return undefined;
  return /ly\b/.test(sense.glosses[0] ?? "") ? undefined : chooseOwn(d, sense);
}

// A noun's kinds, told by a verb or another noun of its clause, tried in this order: the first that applies
// decides.
const NOUN_KINDS_BY_VERB = kindList(
  [
    BUILDINGS,
    LIGHTS,
    PAYMENTS,
    LODGINGS,
    SHOPS,
    CROWDS,
    QUEUES,
    REMEDIES,
    FUNDINGS,
    GEARS,
    RECORDED,
    FRACTIONS,
    BUNCHES,
    STALLS,
    AIRCRAFT,
    CONGREGATIONS,
    FOLDED,
    NUTS,
    DICE,
  ],
  (kind) => kind.verbs,
  "verbs",
);
const NOUN_KINDS_BY_NOUN = kindList(
  [
    STAMPS,
    MENUS,
    BORDERS,
    SHIELDS,
    BODY_SPOTS,
    GAME_MOVES,
    PARKS,
    EDITIONS,
    CONDITIONS,
    RACES,
    GAMBLING,
    STOREYS,
    HOSPITALS,
    STAGES,
    TENNIS,
    LEADS,
    ROADS,
    PARLIAMENTS,
    SHIPS,
    SHOES,
    TAPS,
    WINDOWS,
    STRING_INSTRUMENTS,
    PIANOS,
    ARCHERY,
    SEARCHES,
    FOOD,
    SHIFTS,
    SHELLED_ANIMALS,
    SIDE_DISHES,
  ],
  (kind) => kind.nouns,
  "nouns",
);
const RARE_NOUN_KINDS_BY_VERB = kindList(
  [COVERS, MESSAGES, SUBJECTS, TEXT_PARTS, FARMS],
  (kind) => kind.verbs,
  "verbs",
);
// A verb's kinds, told by a noun of its clause: those whose sense may be one of Ding's rarer ones, then those
// of the card's own senses that come after the rules for devices and settings.
const RARE_VERB_KINDS = kindList(
  [RECORDINGS, CANDIDATES, DISCONTINUED, BELONGINGS, POSTED, COSTS, ...VERB_KINDS],
  (kind) => kind.nouns,
  "nouns",
);
const LATE_VERB_KINDS = kindList(
  [
    SERVICED,
    LOCKABLE,
    DWELLINGS,
    READING,
    ARRANGEMENTS,
    PROJECTILES,
    POLICE,
    JOBS,
    BROADCASTS,
    LIQUIDS,
    CLOTHES,
    TERMS,
    ANNIVERSARIES,
  ],
  (kind) => kind.nouns,
  "nouns",
);

/** The meaning chosen from the sentence alone, or undefined to keep the ranked senses. */
export function contextChoice(
  lex: Lexicon,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  if (!d) return undefined;
  if (d.a.pos === "noun")
    return (
      formOfAddress(ctx.tokens, drafts, d, i) ??
      pluralSense(drafts, i) ??
      homeSense(ctx.tokens, drafts, i) ??
      funSense(ctx, drafts, d, i) ??
      genderSense(lex, ctx.tokens, drafts, d, i) ??
      portionSense(ctx, drafts, i) ??
      seriesSense(ctx, drafts, i) ??
      unitSense(ctx, drafts, i) ??
      areaSense(ctx, drafts, i) ??
      ticketSense(ctx, drafts, i) ??
      fieldSense(ctx, drafts, i) ??
      // A verb of rising or falling in the clause is nearer evidence than the passage's compounds: "Die Preise
      // für Lebensmittel sind gestiegen" is prices.
      nounSenseByVerb(AMOUNTS, ctx, drafts, i) ??
      compoundSense(lex, drafts, i) ??
      scoreSense(ctx, drafts, i) ??
      phraseSense(lex, ctx, drafts, i) ??
      nounVerbSense(lex, ctx, drafts, i) ??
      firstKindChoice(NOUN_KINDS_BY_VERB, ctx, drafts, i, (kind) => nounSenseByVerb(kind, ctx, drafts, i)) ??
      firstKindChoice(NOUN_KINDS_BY_NOUN, ctx, drafts, i, (kind) => rareKindSense(lex, kind, ctx, drafts, i)) ??
      firstKindChoice(RARE_NOUN_KINDS_BY_VERB, ctx, drafts, i, (kind) =>
        rareNounSenseByVerb(lex, kind, ctx, drafts, i),
      ) ??
      // Last: an adjective as general as neu pairs with a sense in Ding ("neuer Absatz :: new paragraph"), which
      // a kind of the clause (a shoe's Absatz is a heel) knows better.
      nounAdjectiveSense(lex, drafts, i)
    );
  if (d.a.pos === "adj")
    return (
      degreeAdverb(lex, drafts, d, i) ?? sureSense(ctx, drafts, d, i) ?? adverbialAdjective(lex, ctx, drafts, d, i)
    );
  if (d.a.pos !== "verb") return undefined;
  // An idiom's verb has the idiom's senses: no rule for the plain verb (es gibt, möchte) applies.
  if (d.a.idiom) return verbContext(lex, ctx, drafts, d, i);
  if (d.a.lemma === "werden") return auxiliaryWerden(lex, ctx, drafts, d, i);
  return (
    funSense(ctx, drafts, d, i) ??
    perfectAuxiliary(lex, ctx, drafts, d, i) ??
    perfectWithSein(lex, ctx, d, i) ??
    thereIs(ctx, drafts, d, i) ??
    wouldLike(d) ??
    conjugationSense(drafts, i) ??
    keepSense(ctx, drafts, i) ??
    tellSense(ctx, drafts, d, i) ??
    runOutSense(ctx, drafts, d, i) ??
    // A judging adverb is nearer evidence than a kind of subject: "Die Ernte ist schlecht ausgefallen" turned
    // out poorly, where "Die Ernte ist ausgefallen" failed.
    outcomeSense(ctx, drafts, i) ??
    verbCompoundSense(lex, drafts, i) ??
    quantitySense(ctx, drafts, i) ??
    levelSense(ctx, drafts, i) ??
    kindSense(EVENTS, ctx, drafts, i) ??
    kindSense(RESCHEDULED, ctx, drafts, i) ??
    firstKindChoice(RARE_VERB_KINDS, ctx, drafts, i, (kind) => rareKindSense(lex, kind, ctx, drafts, i)) ??
    deviceSense(lex, ctx, drafts, i) ??
    kindSense(MACHINES, ctx, drafts, i) ??
    settingSense(drafts, ctx, i) ??
    firstKindChoice(LATE_VERB_KINDS, ctx, drafts, i, (kind) => kindSense(kind, ctx, drafts, i)) ??
    earnSense(ctx, drafts, i) ??
    vehicleSense(ctx, drafts, i) ??
    weatherSense(lex, ctx, drafts, i) ??
    transferSense(ctx, drafts, i) ??
    suitSense(ctx, drafts, i) ??
    leaveSense(ctx, drafts, i) ??
    belongSense(ctx, drafts, i) ??
    faringSense(ctx, drafts, i) ??
    possessiveDativeSense(ctx, drafts, i) ??
    supposingSense(ctx, drafts, i) ??
    fieldSense(ctx, drafts, i) ??
    verbContext(lex, ctx, drafts, d, i)
  );
}

/**
 * Where the first sense needs a preposition the clause lacks: a sense without one that has that sense's
 * English verb alone ("Ich muss Tom warnen": not warnen vor "to warn of/against", and not the next sense,
 * [adm.] "to put on notice", but "to warn" of "to alert; to warn").
 */
function plainVerbOf(senses: readonly LexSense[], first: LexSense): MeaningChoice | undefined {
  const verb = /^(to \S+) (?:\S+)$/.exec(first.glosses[0] ?? "")?.[1];
  if (!verb) return undefined;
  for (const [k, s] of senses.entries()) {
    if (k === 0 || s.prep !== undefined || s.reflexive) continue;
    const g = s.glosses.indexOf(verb);
    if (g >= 0) return { sense: { sense: k, gloss: g } };
  }
  return undefined;
}

/**
 * The plain English verb for Ding's reflexive sense glossed only "to X oneself", where an earlier sense of
 * the verb has "to X": English says without the pronoun what German says with sich ("Die Nachricht hat sich
 * schnell verbreitet" is "to spread", not "to spread oneself", which English uses of a person who sprawls
 * or talks at length; "Er hat sich rasiert": "to shave"). A sense with other glosses ("to wash oneself; to
 * have a wash") or without the plain verb ("to injure yourself") stays.
 */
function plainOfReflexive(senses: readonly LexSense[], at: number): MeaningChoice | undefined {
  const glosses = senses[at]?.glosses ?? [];
  const bare = glosses.map((g) => /^to (\S+) oneself$/.exec(g)?.[1]);
  if (!bare.length || bare.some((b) => b === undefined)) return undefined;
  for (const [k, s] of senses.entries()) {
    if (k >= at || s.reflexive || s.prep) continue;
    const g = s.glosses.findIndex((x) => bare.some((b) => x === `to ${b}`));
    if (g >= 0) return { sense: { sense: k, gloss: g } };
  }
  return undefined;
}
