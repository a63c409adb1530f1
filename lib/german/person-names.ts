// One person, one card: a first name and the name right after it are one name, as the name finder's spans
// are ("Olaf Lies", "Ruud van Dijkstra"), also where each word was found on its own (the surname by the
// tagger, after the first name; a surname that is also a German word, lies, is no span of the name finder).
// A surname that is also a noun for a person stands alone as the name where the noun could not ("sagte Koch").
import { draft, fromEntry, nameDraft } from "./draft";
import { listedFirstName } from "./gazetteer";
import { nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { MONTH_WORDS } from "./months";
import { givenName, knownPlace, NAME_PARTICLES } from "./names";
import { clauseBounds, type Draft, isSentenceInitial } from "./sentence-context";
import type { Token } from "./types";
import { capitalise } from "./word-shape";

/** A capitalised word read as a name on its own, lemma itself. */
const single = (d: Draft | null | undefined, t: Token | undefined): t is Token =>
  d?.a.pos === "name" && t?.type === "word" && d.a.lemma === t.text && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** A capitalised word the lexicon does not know, read as a noun ("van Dijkstra" where the tagger read a noun). */
const unknownNoun = (d: Draft | null | undefined, t: Token | undefined): t is Token =>
  d?.a.pos === "noun" && !d.a.known && t?.type === "word" && d.a.lemma === t.text && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * Joins into one name, lemma the whole, a name read alone and a name right after it: after a first name of
 * the lists ("Olaf Lies"), or after a surname's particle ("Ruud van Dijkstra"), where an unknown word the
 * tagger read as a noun is the surname too. A place the lists know stays a name of its own ("als Paula
 * Potsdam erreichte"); so does a name across punctuation.
 */
export function personNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const homograph = nounFirstName(lex, tokens, drafts, i);
    if (!single(drafts[i], tokens[i]) && !homograph) continue;
    const particle = NAME_PARTICLES.has(tokens[i + 1]?.text ?? "");
    const j = particle ? i + 2 : i + 1;
    const last = tokens[j];
    const listedSurname = homograph && !particle && nounSurname(lex, drafts[j], last);
    const surname = single(drafts[j], last) || (particle && unknownNoun(drafts[j], last)) || listedSurname;
    if (!surname || !last || (drafts[j]?.a.known && !listedSurname) || knownPlace(lex, last.text) !== undefined)
      continue;
    if (!particle && !homograph && !givenName(lex, tokens[i]?.text ?? "")) continue;
    // "vor dem Porsche von Manthey": a name after an article is a thing's, and von the preposition.
    if (particle && drafts[i - 1]?.a.pos === "det") continue;
    if (homograph && !adjacentWords(tokens[i], last)) continue;
    const whole = tokens
      .slice(i, j + 1)
      .map((t) => t.text)
      .join(" ");
    for (let k = i; k <= j; k++) {
      const t = tokens[k];
      if (t?.type === "word") drafts[k] = nameDraft(t.text, whole, undefined, false);
    }
    i = j;
  }
}

/**
 * "der Tenor Klaus Florian Vogt", "Hans Peter Müller": a name of two first names is a person's first names, and
 * the surname follows: a name read alone or a listed surname that is also a noun (Vogt "reeve") right after it
 * joins the name. A place or a third first name stays apart ("als Anna Maria Potsdam erreichte").
 */
export function surnamesAfterFirstNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const d = drafts[i];
    const t = tokens[i];
    const next = tokens[i + 1];
    if (d?.a.pos !== "name" || t?.type !== "word" || next?.type !== "word" || !adjacentWords(t, next)) continue;
    const words = d.a.lemma.split(" ");
    if (words.length !== 2 || words[1] !== t.text || drafts[i - 1]?.a.lemma !== d.a.lemma) continue;
    if (!words.every((w) => givenName(lex, w))) continue;
    if (!single(drafts[i + 1], next) && !nounSurname(lex, drafts[i + 1], next)) continue;
    if (givenName(lex, next.text) || knownPlace(lex, next.text) !== undefined) continue;
    const whole = `${d.a.lemma} ${next.text}`;
    for (const k of [i - 1, i, i + 1]) {
      const w = tokens[k];
      if (w?.type === "word") drafts[k] = nameDraft(w.text, whole, undefined, false);
    }
  }
}

/** An opening quotation mark: a title after a person's genitive ("Richard Wagners „Lohengrin“"). */
const OPENING_QUOTES = new Set(["„", '"', "»", "‚"]);

/**
 * "Richard Wagners „Lohengrin“", "Thomas Manns Roman": a first name and a name in -s right before a noun, an
 * adjective or a title is a person's genitive, named in its base form ("Richard Wagner", "Thomas Mann"). Not
 * before a verb ("Hans Peters sagte"), nor where the stem ends in a hissing sound, whose genitive takes an
 * apostrophe (Marx').
 */
export function genitivePersons(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  for (let i = 0; i < tokens.length - 2; i++) {
    const t = tokens[i];
    const n = tokens[i + 1];
    const after = tokens[i + 2];
    if (t?.type !== "word" || n?.type !== "word" || !adjacentWords(t, n)) continue;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(n.text) || !givenName(lex, t.text) || givenName(lex, n.text)) continue;
    const d = drafts[i]?.a;
    const s = drafts[i + 1]?.a;
    if (d?.pos !== "name" || s?.pos !== "name" || (d.lemma !== t.text && d.lemma !== `${t.text} ${n.text}`)) continue;
    const stem = n.text.slice(0, -1);
    if (stem.length < 3 || /(?:s|ß|x|z)$/u.test(stem)) continue;
    const next = drafts[i + 2]?.a.pos;
    const title = after?.type === "punct" && OPENING_QUOTES.has(after.text);
    if (!title && (after?.type !== "word" || (next !== "noun" && next !== "adj"))) continue;
    const whole = `${t.text} ${stem}`;
    drafts[i] = nameDraft(t.text, whole, undefined, false);
    drafts[i + 1] = nameDraft(n.text, whole, undefined, false);
  }
}

/** Prepositions a month stands bare after: "seit Juli", "bis August", "Anfang Juli". */
const TIME_PREPOSITIONS = new Set([
  "seit",
  "ab",
  "bis",
  "vor",
  "nach",
  "von",
  "gegen",
  "für",
  "anfang",
  "mitte",
  "ende",
]);

/** Prepositions fused with an article ("im Juli", "am Kern"): a noun after them has its article. */
const FUSED_ARTICLE = new Set(["am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "durchs", "fürs", "ums"]);

/**
 * "die Schauspielerin Iris Berben", "mit Juli Zeh": a first name of the lists that is also a noun (Iris, Juli,
 * Mark, Rose), read as the noun, where nothing before it makes it one: a singular noun needs an article, an
 * adjective or a number before it ("die Iris", "im Juli", "500 Mark"); a first name stands bare.
 */
function nounFirstName(lex: Lexicon, tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number): boolean {
  const d = drafts[i];
  const t = tokens[i];
  if (d?.a.pos !== "noun" || t?.type !== "word" || d.a.lemma !== t.text || !/^\p{Lu}\p{Ll}+$/u.test(t.text))
    return false;
  if (!lex.isFirstName(t.text.toLowerCase()) && !listedFirstName(t.text)) return false;
  const before = drafts[i - 1]?.a.pos;
  if (before === "det" || before === "adj" || before === "num" || tokens[i - 1]?.type === "number") return false;
  // "seit Juli", "ab August": a month stands bare after a preposition of time.
  const prep = tokens[i - 1]?.text.toLowerCase() ?? "";
  if (MONTH_WORDS.has(t.text.toLowerCase()) && (TIME_PREPOSITIONS.has(prep) || before === "noun")) return false;
  return !FUSED_ARTICLE.has(prep);
}

/** A surname of the lists read as a noun in its base form (Zeh "toe", Kern "core"): after a first name, the surname. */
function nounSurname(lex: Lexicon, d: Draft | null | undefined, t: Token | undefined): boolean {
  return (
    d?.a.pos === "noun" &&
    t?.type === "word" &&
    d.a.lemma === t.text &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    lex.isSurname(t.text.toLowerCase())
  );
}

/** Two tokens with one space between them, no punctuation. */
const adjacentWords = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && b.start === a.start + a.text.length + 1;

/** Verbs after which a noun for a person is the predicate, bare in German: "wird Koch", "bleibt Richter". */
const COPULAS = new Set(["sein", "werden", "bleiben"]);

/**
 * Whether the dictionary or the full-form data lists a feminine of the noun in -in, with or without umlaut
 * (Köchin, Bäuerin, Fischerin): German forms those of nouns for persons and animals only, never of Hunger,
 * Wein or Glück.
 */
function personNoun(lex: Lexicon, text: string): boolean {
  const stems = [
    text,
    ...[...text].flatMap((c, k) =>
      /[aou]/.test(c) ? [`${text.slice(0, k)}${{ a: "ä", o: "ö", u: "ü" }[c]}${text.slice(k + 1)}`] : [],
    ),
  ];
  const feminine = (w: string) =>
    lex.entries(w).some((e) => e.pos === "noun" && e.gender === "f") || lex.fullNoun(w)?.gender === "f";
  return stems.some((s) => feminine(`${s}in`));
}

/**
 * Whether token i follows a finite verb of the singular that is no copula ("gleicht Müller aus", "sagte
 * Bauer"), or a reporting "so" after a comma (", so Richter"). German plural and infinitive forms end in -n.
 */
function subjectSlot(tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number): boolean {
  const prev = tokens[i - 1];
  const verb = drafts[i - 1]?.a;
  if (prev?.type !== "word") return false;
  if (prev.text === "so") return tokens[i - 2]?.type === "punct" && tokens[i - 2]?.text === ",";
  return (
    verb?.pos === "verb" &&
    /^\p{Ll}+[^n]$/u.test(prev.text) &&
    !COPULAS.has(verb.lemma) &&
    !subjectBefore(tokens, drafts, i - 1)
  );
}

/** "Koch betonte, …", "Müller traf zum 1:0": opening the sentence right before a finite verb of the singular. */
function openingSubject(tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number): boolean {
  const next = tokens[i + 1];
  const verb = drafts[i + 1]?.a;
  return (
    isSentenceInitial(tokens, i) &&
    next?.type === "word" &&
    verb?.pos === "verb" &&
    /^\p{Ll}+[^n]$/u.test(next.text) &&
    !COPULAS.has(verb.lemma)
  );
}

/**
 * Whether the clause has a subject before its verb at token v: a pronoun, or a noun or name no preposition
 * governs. "Die Firma sucht Schneider" has one, so Schneider is a plural object there.
 */
function subjectBefore(tokens: readonly Token[], drafts: readonly (Draft | null)[], v: number): boolean {
  const [from] = clauseBounds(tokens, v);
  let governed = false;
  for (let k = from; k < v; k++) {
    const pos = drafts[k]?.a.pos;
    if (pos === "prep") governed = true;
    else if (pos === "pron" && drafts[k]?.a.lemma !== "sich") return true;
    else if ((pos === "noun" || pos === "name") && !governed) return true;
    else if (pos !== "det" && pos !== "adj" && pos !== "num" && pos !== "noun" && pos !== "name") governed = false;
  }
  return false;
}

/**
 * "Kurz vor der Pause gleicht Müller aus", "„…“, sagte Koch": a singular noun for a person needs an article,
 * so a listed surname that is also such a noun (Müller, Koch, Richter) is the surname where it stands bare as
 * the subject after its verb or opening the sentence before it ("Koch betonte, …"); "wird Koch", "als Richter",
 * "der Koch", "Fischer protestierten", "Koch ist ein Beruf" stay the noun.
 * Not before another capitalised word, where the noun is a title ("sagte Richter Hans Meier"). A surname the
 * passage gave a person earlier (`surnames`: "Dr. Matthias Kern") counts whatever noun it also is (Kern "core").
 */
export function bareSurnames(
  lex: Lexicon,
  tokens: readonly Token[],
  drafts: (Draft | null)[],
  surnames: ReadonlySet<string> = new Set(),
): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    const next = tokens[i + 1];
    // "Kern folgt auf …" after "Dr. Matthias Kern" earlier in the passage: the person's surname, any noun.
    const named = t?.type === "word" && surnames.has(t.text);
    if (d?.a.pos !== "noun" || (d.a.gender !== "m" && !named) || t?.type !== "word" || d.a.lemma !== t.text) return;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || (next?.type === "word" && /^\p{Lu}/u.test(next.text))) return;
    if (!subjectSlot(tokens, drafts, i) && !openingSubject(tokens, drafts, i)) return;
    if (!named && (!lex.isSurname(t.text.toLowerCase()) || !personNoun(lex, t.text))) return;
    drafts[i] = nameDraft(t.text, t.text, undefined, false);
  });
}

/** Nouns for a family or a couple, which name the people by their surname right after them: "Familie Koch". */
const FAMILY = new Set(["Familie", "Ehepaar", "Eheleute", "Geschwister"]);

/**
 * "Die Familie Koch wohnt nebenan", "dem Ehepaar Weber": right after a noun for a family or a couple, a listed
 * surname that is also a noun for a person (Koch, Weber, Bauer) is the family's name, as after Herr or Frau;
 * another noun there is an object ("Am Abend isst die Familie Fisch").
 */
export function familyNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    const family = tokens[i - 1];
    if (d?.a.pos !== "noun" || t?.type !== "word" || d.a.lemma !== t.text || !FAMILY.has(family?.text ?? "")) return;
    if (!family || family.start + family.text.length + 1 !== t.start) return;
    if (lex.isSurname(t.text.toLowerCase()) && personNoun(lex, t.text))
      drafts[i] = nameDraft(t.text, t.text, undefined, false);
  });
}

/**
 * "siegte der Deutsche Jonas Schomburg", "der Grüne Cem Özdemir", "der Schweizer Marco Odermatt": inside a
 * sentence German writes adjectives small, and none stands before a person's full name, so a capitalised
 * adjective after an article, right before a first name and a surname, names the person: the nominalised
 * adjective (Deutsche, Grüne; the article gives the gender), or the inhabitant's noun for a place in -er
 * (Schweizer, Münchner). "der Schweizer Käse", "der Berliner Senat" keep the adjective.
 */
export function nounsBeforePersons(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    const next = tokens[i + 1];
    const person = drafts[i + 1]?.a;
    if (d?.a.pos !== "adj" || t?.type !== "word" || next?.type !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return;
    if (drafts[i - 1]?.a.pos !== "det" || isSentenceInitial(tokens, i) || !adjacentWords(t, next)) return;
    if (person?.pos !== "name" || !person.lemma.startsWith(`${next.text} `) || !givenName(lex, next.text)) return;
    // An inhabitant's noun in -er is the word as written (der Schweizer); another adjective's person has its
    // -e form (der Deutsche, die Grüne).
    const inhabitant = d.a.lemma === t.text;
    const lemma = inhabitant ? t.text : capitalise(d.a.lemma.endsWith("e") ? d.a.lemma : `${d.a.lemma}e`);
    const entry = nounLemmas(lex, t.text).find((e) => e.lemma === lemma);
    const noun = entry ? fromEntry(lex, t.text, entry, "noun") : draft(t.text, lemma, "noun", undefined, false);
    if (inhabitant) noun.a.gender = "m";
    else if (entry?.gender) noun.a.gender = entry.gender;
    drafts[i] = noun;
  });
}
