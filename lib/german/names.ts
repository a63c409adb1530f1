// Proper names. Multi-word names are matched on the sentence text (so tokenisation of "People's" does not
// matter): gazetteer and Ding entries, first name + surname, and runs of capitalised English words.
// Single places come from the gazetteer and the dictionary, read in context (placeInContext); an unknown
// capitalised word is a name only when it is spelled like one (nameShaped) or context says so.
import { functionWord } from "./closed-class";
import { splitCompound } from "./compounds";
import { articleReadings, type Gender, singularGenders } from "./determiners";
import {
  gazetteerName,
  hyphenatedPlaceWithPart,
  landscapeNamed,
  listedFirstName,
  multiWordNames,
  placeGloss,
  placeNamed,
  placeOrTownNamed,
  placesStartingWith,
  townNamed,
} from "./gazetteer";
import { dictionaryName, placeNoun } from "./geographic-names";
import { listedNounLemmas, nounLemmas } from "./lemmatize";
import type { LexEntry, Lexicon } from "./lexicon";
import { kindNoun, namePhrases } from "./name-phrases";
import { type Draft, isSentenceInitial } from "./sentence-context";
import type { Token } from "./types";
import { isImperativeSingular } from "./verb-grammar";
import { capitalise, isAllCaps, SAME_PLURAL_SHAPE } from "./word-shape";

export interface NameSpan {
  /** Token indices covered, first and last inclusive. */
  from: number;
  to: number;
  name: string;
  gloss?: string;
  known: boolean;
  /** Evidence beyond capitals: an English title ("Global Times"), a club's place ("VfL Wolfsburg"). */
  sure?: boolean;
}

const MAX_NAME_WORDS = 8;
const CONNECTORS = new Set(["for", "and", "of", "the", "&", "de", "von", "van", "der"]);
const ENGLISH_CONNECTORS = new Set(["for", "and", "of", "the", "&"]);
const capital = (t: Token | undefined) => t !== undefined && t.type === "word" && /^\p{Lu}/u.test(t.text);

/** Token index after which the text `surface` ends, if the sentence has it starting at token i. */
function matchAt(tokens: readonly Token[], sentence: string, i: number, surface: string): number | undefined {
  const start = tokens[i]?.start ?? 0;
  if (!sentence.startsWith(surface, start)) return undefined;
  const end = start + surface.length;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    const tEnd = t.start + t.text.length;
    if (tEnd === end) return /[\p{L}\p{N}]/u.test(sentence[end] ?? "") ? undefined : j;
    if (tEnd > end) return undefined;
  }
  return undefined;
}

/** Whether a capitalised word is plainly English and not German (Tower, Times, Studies). */
function englishOnly(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return lex.isEnglish(lower) && !germanWord(lex, word);
}

/** Whether a word is a verb's singular imperative (gib, sag, frag), not another of its forms (Will). */
function imperativeShaped(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  return [...lex.verbsOf(lower), ...lex.verbsOf(`${lower}e`)].some((inf) => isImperativeSingular(lex, inf, lower));
}

function germanWord(lex: Lexicon, word: string): boolean {
  return lex.cached("german-word", word, () => isGermanWord(lex, word));
}

function isGermanWord(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  // "DIE GROSSE NACHRICHT": words in capitals are German if their ordinary spelling is.
  // Only spellings that differ recurse: "B981" capitalised is "B981" again.
  if (isAllCaps(word) && word.length >= 3 && !lex.has(word))
    return [capitalise(lower), lower].some((v) => v !== word && germanWord(lex, v));
  return (
    functionWord(lower).length > 0 ||
    lex.has(word) ||
    lex.has(lower) ||
    nounLemmas(lex, word).length > 0 ||
    lex.verbsOf(lower).length > 0 ||
    splitCompound(lex, word) !== undefined
  );
}

/** Gazetteer and Ding multi-word names starting at token i ("New York", "USA Today"). */
function listedNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const { surface, entry } of multiWordNames(t.text)) {
    const to = matchAt(tokens, sentence, i, surface);
    if (to !== undefined)
      return { from: i, to, name: entry.name, known: true, ...(entry.gloss && { gloss: entry.gloss }) };
  }
  let span: NameSpan | undefined;
  for (const surface of placesStartingWith(t.text)) {
    const to = matchAt(tokens, sentence, i, surface);
    const place = placeOrTownNamed(surface);
    if (to !== undefined && place && (!span || to > span.to))
      span = { from: i, to, name: surface, known: true, gloss: placeGloss(place) };
  }
  for (const surface of lex.namesStartingWith(t.text)) {
    const to = matchAt(tokens, sentence, i, surface);
    if (to !== undefined && (!span || to > span.to)) {
      const gloss = lex.entries(surface)[0]?.senses[0]?.glosses[0];
      span = { from: i, to, name: surface, known: true, ...(gloss && { gloss }) };
    }
  }
  return span;
}

/**
 * Multi-word names in a sentence: gazetteer and Ding entries ("New York") first, then a first name
 * followed by a capitalised non-word ("Scott Kennedy"), and runs of capitalised words with English ones
 * ("Trump Tower").
 */
export function findNameSpans(lex: Lexicon, tokens: readonly Token[], sentence: string): NameSpan[] {
  const spans: NameSpan[] = [];
  const covered = new Set<number>();
  const add = (span: NameSpan) => {
    spans.push(span);
    for (let j = span.from; j <= span.to; j++) covered.add(j);
  };
  for (const span of namePhrases(lex, tokens, sentence)) add(span);
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const span = clubAt(tokens, sentence, i);
    if (span) {
      add(span);
      i = span.to;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i]) || covered.has(i)) continue;
    const span = listedNameAt(lex, tokens, sentence, i);
    if (span) {
      add(span);
      i = span.to;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i]) || covered.has(i)) continue;
    const span =
      surnameAfterTitle(lex, tokens, i) ??
      surnameAfterRole(lex, tokens, i) ??
      nobleNameAt(lex, tokens, sentence, i) ??
      personOrEnglishRun(lex, tokens, sentence, i, covered);
    if (span) {
      add(span);
      i = span.to;
    }
  }
  return spans.sort((a, b) => a.from - b.from);
}

// Forms of address, and the academic titles that may stand between them and the name ("Frau Dr. Fischer").
const ADDRESS = new Set(["Herr", "Herrn", "Frau"]);
const ACADEMIC = new Set(["Dr.", "Prof.", "Dr", "Prof"]);
/** Endings of nouns for a person by job or trait: Geoökologin, Hydrogeologe, Restaurator, Pianist, Dozent. */
const PERSON_NOUN_END = /(?:in|e|er|or|ist|ent|ant|eur)$/u;

/** Whether token i follows a form of address ("Herr", "Frau"), directly or across academic titles. */
function followsAddress(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && ACADEMIC.has(tokens[j]?.text ?? "")) j--;
  return ADDRESS.has(tokens[j]?.text ?? "");
}

/** For a form of address at token i, the index of the word it addresses (past "Dr.", "Prof."). */
export function addressee(tokens: readonly Token[], i: number): number | undefined {
  if (!ADDRESS.has(tokens[i]?.text ?? "")) return undefined;
  let j = i + 1;
  while (ACADEMIC.has(tokens[j]?.text ?? "")) j++;
  return j < tokens.length ? j : undefined;
}

/**
 * "Frau Schneider", "Herrn Dr. Bauer": after a form of address a capitalised word is a surname when it is a
 * common German surname (the dictionary's tailor and farmer are not meant) or no German word at all.
 * "Herr Präsident", "Frau Ministerin" keep their nouns: no surname list has them.
 */
function surnameAfterTitle(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const t = tokens[i];
  if (!t || ACADEMIC.has(t.text) || !followsAddress(tokens, i)) return undefined;
  // "Herr Karl Wendt", "Frau Anna Koch": a first name before a surname; the name is both.
  const next = tokens[i + 1];
  if (
    next?.type === "word" &&
    next.start === t.start + t.text.length + 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    givenName(lex, t.text) &&
    (lex.isSurname(next.text.toLowerCase()) || !germanWord(lex, next.text))
  )
    return { from: i, to: i + 1, name: `${t.text} ${next.text}`, known: false, sure: true };
  if (!lex.isSurname(t.text.toLowerCase()) && germanWord(lex, t.text)) return undefined;
  return { from: i, to: i, name: t.text, known: false, sure: true };
}

/** Heads of nouns for a person's office or job, which stand before the person's name like a title. */
const ROLE_HEAD =
  /(?:meister|leiter|rat|chef|trainer|kapitän|pfarrer|minister|präsident|professor|direktor|sprecher|kommissar|anwalt|anwältin|arzt|ärztin|sekretär|intendant|dirigent|bischof|kanzler|vorsitzende|vorsitzender|vorstand|vorständin|geschäftsführer|stürmer|torwart|moderator|autor|regisseur|sänger)(?:in)?$/u;

/**
 * "Bürgermeister Obermüller", "Trainerin Bauerfeind", "Landrat Koch": right after a noun of office, with no
 * article between, a capitalised word that is a surname the list has or no word of the dictionary (it may
 * split into German words: Ober + Müller) is the person's surname.
 */
function surnameAfterRole(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const t = tokens[i];
  const role = tokens[i - 1];
  if (!t || role?.type !== "word" || !/^\p{Lu}/u.test(role.text) || !ROLE_HEAD.test(role.text.toLowerCase()))
    return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || role.start + role.text.length + 1 !== t.start) return undefined;
  // "Moderatorin Sabine Krüger": a given name the list lacks, before a surname it has. "Sportvorstand Jochen
  // Saier": a first name of the open lists that is also a word's form (Jochen, plural of Joch), before a surname
  // or a word that is no German word.
  const next = tokens[i + 1];
  const surname = (w: string) => lex.isSurname(w.toLowerCase());
  if (
    next?.type === "word" &&
    t.start + t.text.length + 1 === next.start &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    ((surname(next.text) && listedNounLemmas(lex, t.text).length === 0) ||
      (listedFirstName(t.text) && (surname(next.text) || !germanWord(lex, next.text)))) &&
    !placeNamed(t.text)
  )
    return { from: i, to: i + 1, name: `${t.text} ${next.text}`, known: false, sure: true };
  // "Präsident Hamburgs" is a genitive; "Trainer Ömer Yıldız" is a first name's own rule.
  if (givenName(lex, t.text) || placeNamed(t.text) || capital(tokens[i + 1])) return undefined;
  if (!lex.isSurname(t.text.toLowerCase()) && !compoundSurname(lex, t.text, false)) return undefined;
  return { from: i, to: i, name: t.text, known: false, sure: true };
}

/** Particles of a surname (von, van, de, di …) and the article that may follow them (von der, van den). */
export const NAME_PARTICLES = new Set(["von", "van", "zu", "de", "di", "da", "del", "du"]);
const PARTICLE_ARTICLES = new Set(["der", "den", "dem", "de", "la", "le"]);
/** Articles, which stand before things and not before a person's name in written German. */
const NAME_ARTICLES = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "eines",
  "einer",
]);

/**
 * "Ursula von der Leyen", "Richard von Weizsäcker", "Ludwig van Beethoven": a first name, a surname's particle
 * (an article may follow it) and a capitalised word that is no German word, no place, or a surname the list
 * has, are one person. "Peter von Berlin", "Anna von der Schule" keep the place and the noun.
 */
function nobleNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const t = tokens[i];
  if (!t || !givenName(lex, t.text)) return undefined;
  // "Johann Wolfgang von Goethe": a second first name may stand before the particle.
  const second = tokens[i + 1];
  const p = second && NAME_PARTICLES.has(tokens[i + 2]?.text ?? "") && givenName(lex, second.text) ? i + 2 : i + 1;
  if (!NAME_PARTICLES.has(tokens[p]?.text ?? "")) return undefined;
  // "vor dem Porsche von Manthey", "einen Ferrari von Maranello": a person's name takes no article; a word
  // spelled like a first name after one is a thing, and von the preposition.
  if (NAME_ARTICLES.has(tokens[i - 1]?.text.toLowerCase() ?? "")) return undefined;
  let j = p + 1;
  if (PARTICLE_ARTICLES.has(tokens[j]?.text ?? "")) j++;
  const surname = tokens[j];
  if (surname?.type !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(surname.text)) return undefined;
  if (sentence.slice(t.start, surname.start).includes(",") || placeNamed(surname.text)) return undefined;
  // "der neueste Roman von Daniel Kehlmann": a first name after von that a capitalised word follows begins
  // the full name of someone else; von is the preposition.
  if (j === p + 1 && givenName(lex, surname.text) && capital(tokens[j + 1])) return undefined;
  const known = lex.isSurname(surname.text.toLowerCase()) || compoundSurname(lex, surname.text, true);
  if (!known && germanWord(lex, surname.text)) return undefined;
  return {
    from: i,
    to: j,
    name: sentence.slice(t.start, surname.start + surname.text.length),
    known: false,
    sure: true,
  };
}

/** A short token of two or more capitals, acronym or mixed case: FC, TSV, VfL, CTV; not GmbH-long words. */
const CLUB_PREFIX = /^\p{Lu}(?=\p{L}*\p{Lu})\p{L}{1,3}$/u;

/**
 * "VfL Wolfsburg", "FC Augsburg", "TV München", "CTV Montreal": a short acronym or mixed-case token right
 * before a place the gazetteer knows names one club, station or branch with it. Alone either is read
 * apart (VfL as an unknown noun, FC as the dictionary's abbreviation).
 */
function clubAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.type !== "word" || next?.type !== "word") return undefined;
  if (CLUB_WORDS.has(t.text)) return clubWordAt(tokens, sentence, i);
  if (!CLUB_PREFIX.test(t.text)) return undefined;
  const club = sportsClubAt(tokens, sentence, i);
  if (club) return club;
  if (sentence.slice(t.start + t.text.length, next.start) !== " " || !placeNamed(next.text)) return undefined;
  return { from: i, to: i + 1, name: `${t.text} ${next.text}`, known: false, sure: true };
}

/**
 * The Latin, Greek and traditional words German-speaking sports clubs are named by before their town:
 * Eintracht Frankfurt, Borussia Dortmund, Werder Bremen, Union Berlin, Fortuna Düsseldorf, Rapid Wien.
 */
const CLUB_WORDS = new Set(
  "Eintracht Union Borussia Fortuna Arminia Alemannia Hertha Werder Dynamo Hansa Kickers Viktoria Victoria Germania Preußen Teutonia Concordia Energie Holstein Rapid Austria Admira Sturm Wacker Rot-Weiß Rot-Weiss Blau-Weiß Blau-Weiss Schwarz-Weiß Grün-Weiß Lokomotive".split(
    " ",
  ),
);

/**
 * "Werder Bremen", "Union Berlin", "Eintracht Frankfurt": a club's word right before a town any list knows is one
 * name with it; alone the word keeps its sense (die Union, in Eintracht, der Sturm).
 */
function clubWordAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || next?.type !== "word" || sentence.slice(t.start + t.text.length, next.start) !== " ") return undefined;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(next.text) || !placeOrTownNamed(next.text)) return undefined;
  return { from: i, to: i + 1, name: `${t.text} ${next.text}`, known: false, sure: true };
}

/**
 * The abbreviations German sports clubs' names start with: Fußball-Club, Turn- und Sportverein, Verein für Leibesübungen,
 * Radfahrverein (RV), Reit- und Fahrverein, Sport-Club (SSC: Schweriner SC, SSC Karlsruhe), and the ice sports clubs'
 * Eissport- or Eishockey-Club (EC Oberstdorf, EC Bad Nauheim), Eishockey-Club (EHC Freiburg), Eissport- und
 * Rollschuh-Club (ERC Ingolstadt), Eislauf- or Eissportverein (EV Landshut), and the ski clubs' Skiklub (SK
 * Nesselwang) and Wintersportverein (WSV Oberhof).
 */
const SPORTS_CLUB =
  /^(?:FC|SC|SV|TSV|VfL|VfB|VfR|TuS|TSG|SG|SpVgg|FSV|SSV|SSC|MTV|BSC|DJK|SuS|TuRa|ESV|PSV|KSV|RSV|RV|RC|RSC|RuV|TV|BV|SpG|EC|EHC|ERC|EV|SK|WSV)$/u;

/** Industriegewerkschaft, as the unions' names start (IG Metall, IG BCE, IG Bauen-Agrar-Umwelt). */
const UNION = "IG";

/**
 * "TSV Eintracht Bardowick", "SC Victoria Hamburg", "FC St. Pauli", "IG Metall": after a sports club's abbreviation the
 * capitalised words that follow are its name, whether or not the gazetteer knows the place (most clubs are
 * from villages and districts it lacks).
 */
function sportsClubAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const first = tokens[i]?.text ?? "";
  if (!SPORTS_CLUB.test(first) && first !== UNION) return undefined;
  let to = i;
  for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
    const a = tokens[j - 1];
    const b = tokens[j];
    if (!a || !b || !/^ ?$/.test(sentence.slice(a.start + a.text.length, b.start))) break;
    // "St. Pauli": the abbreviation's full stop is its own token.
    if (b.text === "." && a.text === "St") continue;
    if (b.type !== "word" || !/^\p{Lu}/u.test(b.text) || functionWord(b.text.toLowerCase()).length > 0) break;
    to = j;
  }
  if (to === i) return undefined;
  const last = tokens[to];
  const name = sentence.slice(tokens[i]?.start ?? 0, (last?.start ?? 0) + (last?.text.length ?? 0));
  return { from: i, to, name, known: false, sure: true };
}

/** "Webers", "Manns": a word on -s whose stem is a surname, a first name or a German word. */
function genitiveOfName(lex: Lexicon, text: string): boolean {
  if (!/s$/.test(text)) return false;
  const stem = text.slice(0, -1);
  return lex.isSurname(stem.toLowerCase()) || givenName(lex, stem) || germanWord(lex, stem);
}

function personOrEnglishRun(
  lex: Lexicon,
  tokens: readonly Token[],
  sentence: string,
  i: number,
  covered: ReadonlySet<number>,
): NameSpan | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  // Adjacent only: "Trump, China" or "Trump China" (two subjects/objects) must not merge by accident.
  const adjacent = (a: Token, b: Token) => sentence.slice(a.start + a.text.length, b.start) === " ";
  // "Dr. Selin Yilmaz": the title keeps its own card (Doktor); the name starts after it.
  if (!t || !next || covered.has(i + 1) || !adjacent(t, next) || ACADEMIC.has(t.text)) return undefined;
  // "die Geoökologin Prof. Dr. Miriam Lanzinger": a person's noun the dictionary lacks (a job in -in, -e, -er, -or,
  // -ist, -ent, -ant, -eur) before a title is no part of the name; the name starts after the title.
  if (ACADEMIC.has(next.text) && PERSON_NOUN_END.test(t.text) && !givenName(lex, t.text)) return undefined;
  // "die Zuspielerin Pia Kästner": so is such a noun right before a first name; the name starts at the first name.
  if (PERSON_NOUN_END.test(t.text) && !givenName(lex, t.text) && givenName(lex, next.text) && !germanWord(lex, t.text))
    return undefined;
  // "Scott Kennedy", "Jack Ma": a first name, or any non-word, before a capitalised non-word (or a word the
  // dictionary knows only as an interjection, like "Ma").
  const firstName = givenName(lex, t.text);
  // "Gib Tom das Buch", "Sag Tom, dass …": a sentence's first word that is a verb's singular imperative is the
  // command's verb before a name, though English knows "gib" and "sag" too.
  // Only before a first name, as a command addresses someone: "Walt Disney" (walten) stays one name.
  if (!firstName && isSentenceInitial(tokens, i) && givenName(lex, next.text) && imperativeShaped(lex, t.text))
    return undefined;
  // "Markus B.", as court reports shorten a surname: a first name, one capital and its full stop.
  const stop = tokens[i + 2];
  if (
    firstName &&
    /^\p{Lu}$/u.test(next.text) &&
    stop?.text === "." &&
    stop.start === next.start + 1 &&
    adjacent(t, next)
  )
    return { from: i, to: i + 2, name: `${t.text} ${next.text}.`, known: false, sure: true };
  if (
    capital(next) &&
    (firstName || !germanWord(lex, t.text)) &&
    (surnameLike(lex, next.text) ||
      (firstName && doubleSurname(lex, next.text)) ||
      // "Obamas Sonderberaterin": a name in the genitive before a noun is no first name.
      ((firstName || !/s$/.test(t.text)) && compoundSurname(lex, next.text, firstName))) &&
    !gazetteerName(t.text)
  ) {
    // "Đặng Thu Hà", "Gabriel García Márquez": further parts of the name, no German words either.
    let to = i + 1;
    for (let j = i + 2; j < Math.min(tokens.length, i + 4) && !covered.has(j); j++) {
      const a = tokens[j - 1];
      const b = tokens[j];
      // "Max Webers Protestantische Ethik": a genitive ends the name, and an adjective starts something else.
      // A part on -s whose stem names no one and is no word is a part of the name: "Johannes Thingnes Bø".
      if (!a || !b || !capital(b) || !adjacent(a, b) || germanWord(lex, b.text) || genitiveOfName(lex, a.text)) break;
      if (/(?:isch|lich|ig)(?:e|en|em|er|es)$/u.test(b.text)) break;
      to = j;
    }
    const last = tokens[to];
    const name = sentence.slice(t.start, (last?.start ?? 0) + (last?.text.length ?? 0));
    // "bei Sabine Krüger": a listed first name before a listed surname is a person, whatever the tagger reads.
    // "Aylin Demir-Schäfer", "Klaus-Dieter Hennig": a double surname or a double first name is as sure.
    const sure =
      firstName &&
      to === i + 1 &&
      (lex.isSurname(next.text.toLowerCase()) || doubleSurname(lex, next.text) || t.text.includes("-"));
    return { from: i, to, name, known: false, ...(sure && { sure }) };
  }
  // A run of name-like capitalised words, with English connectors: "Global Times", "USA Today",
  // "Center for Strategic and International Studies".
  const nameLike = (w: string) =>
    !germanWord(lex, w) ||
    gazetteerName(w) !== undefined ||
    knownName(lex, w) ||
    (lex.isEnglish(w.toLowerCase()) && functionWord(w.toLowerCase()).length === 0);
  if (!nameLike(t.text)) return undefined;
  let to = i;
  let connector = false;
  // Names are short; the cap keeps a long run of capitalised words from being rescanned from every word.
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_NAME_WORDS) && !covered.has(j); j++) {
    const a = tokens[j - 1];
    const b = tokens[j];
    if (!a || !b || b.type !== "word" || !adjacent(a, b)) break;
    if (capital(b) && nameLike(b.text)) to = j;
    else if (CONNECTORS.has(b.text) && capital(tokens[j + 1])) {
      // "Duke von York", but not "Partner der Stealers Wheel": a German connector follows a name, not a German word.
      const english = ENGLISH_CONNECTORS.has(b.text);
      if (!english && germanWord(lex, a.text) && !givenName(lex, a.text)) break;
      // "der Roman von Daniel Kehlmann": a German connector before a first name and its surname is the
      // preposition before another person's full name.
      if (!english && givenName(lex, tokens[j + 1]?.text ?? "") && capital(tokens[j + 2])) break;
      // "Nordirland and England": two names the gazetteer or the dictionary knows, not one.
      const c = tokens[j + 1];
      if (b.text === "and" && knownName(lex, a.text) && c && knownName(lex, c.text)) break;
      connector ||= english;
    } else break;
  }
  const first = tokens[i];
  const last = tokens[to];
  if (to === i || !first || !last) return undefined;
  // Evidence that the run is an English name and not German words side by side ("Trump China", "Die
  // Hand"): an English connector, a plainly English last word, or an English adjective capitalised
  // mid-sentence before an English word ("die Global Times").
  const firstLower = first.text.toLowerCase();
  const englishTitle =
    !isSentenceInitial(tokens, i) &&
    lex.isEnglish(firstLower) &&
    (lex.entries(firstLower).some((e) => e.pos === "adj") || !germanWord(lex, first.text)) &&
    lex.isEnglish(last.text.toLowerCase()) &&
    !knownName(lex, last.text);
  // "Carnegie Hall", "Wembley Stadium": a name that is no German word before an English building's or place's head.
  const englishPlace = ENGLISH_PLACE_HEADS.has(last.text) && !germanWord(lex, first.text);
  if (!connector && !englishOnly(lex, last.text) && !englishTitle && !englishPlace) return undefined;
  const name = sentence.slice(first.start, last.start + last.text.length);
  return { from: i, to, name, known: false, sure: true };
}

/** English heads of buildings and places, some also German words (Hall, Park, Center): Carnegie Hall, Hyde Park. */
const ENGLISH_PLACE_HEADS = new Set(
  "Hall Center Centre Tower Square Park Garden Gardens Bridge Stadium Arena Theatre Theater Palace Castle Abbey Street Avenue Road Lane Station Airport College".split(
    " ",
  ),
);

/**
 * "Bernd Weißhaupt", "Marlene Obermüller", "Anna Koch": after a name, a capitalised word that only splits into
 * German words (weiß + Haupt) and is no word of its own; after a first name also a surname the list has
 * (not after any name: "Lindqvists Sohn").
 */
function compoundSurname(lex: Lexicon, word: string, afterFirstName: boolean): boolean {
  const lower = word.toLowerCase();
  if (afterFirstName && lex.isSurname(lower)) return true;
  return (
    /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
    // Compound nouns of a role or an abstract (Beraterin, Schaffensleistung) are shaped like nouns.
    !germanShaped(word) &&
    !/(?:erin|erinnen)$/u.test(word) &&
    // "Juan Carlos Salas": a first name after a first name starts the pair with the surname instead.
    !lex.isFirstName(lower) &&
    !lex.has(word) &&
    !lex.has(lower) &&
    listedNounLemmas(lex, word).length === 0 &&
    lex.verbsOf(lower).length === 0 &&
    functionWord(lower).length === 0 &&
    placeNamed(word) === undefined
  );
}

/**
 * A first name: the lexicon's list, or the gazetteer's open lists (Helga, Dieter, Kwame) where the word is no
 * ordinary German word as well (Frank, Will, Rose stay words).
 */
export function givenName(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  if (lex.isFirstName(lower) || (listedFirstName(text) && !commonWord(lex, text))) return true;
  // "Klaus-Dieter", "Jan-Philipp", "Anna-Lena": a double first name joins two first names (either list's).
  const parts = text.split("-");
  return (
    parts.length === 2 &&
    parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && (lex.isFirstName(p.toLowerCase()) || listedFirstName(p)))
  );
}

/**
 * "Demir-Schäfer", "Schulze-Hellwig", "Leutheusser-Schnarrenberger": a double surname joins two surnames, each
 * one the list has or no German word (a hyphenated compound noun, Alu-Rad, has a German word in each part).
 */
function doubleSurname(lex: Lexicon, text: string): boolean {
  const parts = text.split("-");
  return (
    parts.length === 2 &&
    parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) &&
    parts.some((p) => lex.isSurname(p.toLowerCase())) &&
    parts.every((p) => lex.isSurname(p.toLowerCase()) || !germanWord(lex, p))
  );
}

/** A name the dictionary or the gazetteer knows (USA, Peking). */
function knownName(lex: Lexicon, word: string): boolean {
  return placeNamed(word) !== undefined || dictionaryName(lex, word) !== undefined;
}

/** A surname after a first name: no German word, or one the dictionary has only as an interjection ("Ma"). */
function surnameLike(lex: Lexicon, word: string): boolean {
  if (!germanWord(lex, word)) return true;
  const lower = word.toLowerCase();
  const entries = [...lex.entries(word), ...lex.entries(lower)];
  return (
    entries.length > 0 &&
    entries.every((e) => e.pos === "other") &&
    nounLemmas(lex, word).length === 0 &&
    lex.verbsOf(lower).length === 0 &&
    functionWord(lower).length === 0
  );
}

/**
 * "ein kleiner Drache namens Funkelzahn", "eine Firma namens Zalando": the capitalised word after "namens" is
 * a name, whatever else it could be (Funkel + Zahn); the passage reads it so wherever it stands.
 */
export function namesCalled(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.text !== "namens" || next?.type !== "word" || !/^\p{Lu}\p{Ll}/u.test(next.text)) return;
    if (functionWord(next.text.toLowerCase()).length === 0) out.push(next.text);
  });
  return out;
}

/** Prepositions of place or direction: "in Kiel", "nach Bayern", "aus Sachsen", "zwischen Kiel und Hamburg". */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "nach",
  "aus",
  "bei",
  "bis",
  "zwischen",
  "um",
  "von",
  "über",
  "durch",
  "ab",
  "gen",
]);
/** Nouns that name the kind of place before its name: "die Stadt Essen", "der Freistaat Sachsen". */
const PLACE_NOUNS = new Set([
  "Stadt",
  "Hansestadt",
  "Landeshauptstadt",
  "Großstadt",
  "Gemeinde",
  "Land",
  "Bundesland",
  "Freistaat",
  "Kanton",
  "Region",
  "Staat",
  "Provinz",
]);
const COORDINATORS = new Set(["und", "oder", "sowie", "bzw."]);
const COMPASS = new Set(["Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten"]);

interface KnownPlace {
  gloss?: string;
  /** A city, country or subdivision of the gazetteer, which the preposition rules read (in Kiel). */
  gazetteer?: boolean;
  /** A river, range or summit of the landscape list: its gender, where known, for the article rule. */
  landscape?: { gender?: "m" | "f" | "n" };
  /** The dictionary lists the word as a name (Lahn, Harz). */
  ding?: boolean;
}

/** A place the gazetteer, the landscape list or the dictionary knows, with its gloss ("Kiel (city in Germany)"). */
export function knownPlace(lex: Lexicon, text: string): KnownPlace | undefined {
  return lex.cached("place", text, () => placeOf(lex, text));
}

function placeOf(lex: Lexicon, text: string): KnownPlace | undefined {
  const place = placeNamed(text);
  const landscape = landscapeNamed(text);
  const ding = dictionaryName(lex, text);
  if (!place && !ding && !landscape) return undefined;
  const english = ding?.senses[0]?.glosses[0];
  const listed = place ?? (landscape && { name: text, kind: landscape.kind, country: "Germany" });
  const gloss = listed ? placeGloss(listed, english ?? text) : english;
  return {
    ...(gloss && { gloss }),
    ...(place && { gazetteer: true }),
    ...(landscape && { landscape: landscape.gender ? { gender: landscape.gender } : {} }),
    ...(ding && { ding: true }),
  };
}

/**
 * "die Dill und die Weil", "an der Lahn", "der Harz": a listed river, range or dictionary name that is also an
 * ordinary word is the name when the article before it cannot go with the word (der Dill, weil, das Harz;
 * "der" after a preposition is dative or genitive, so feminine: an der Lahn, not der Lahn "flattened wire")
 * but can go with the name's gender, where the list gives one (die Lahn). A plural or other inflected form of
 * the word goes with any article, so it stays the word (die Nebel).
 */
export function articleSaysName(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  text: string,
  nameGender?: Gender,
): boolean {
  const article = wordText(tokens, i - 1)?.toLowerCase() ?? "";
  let allowed = singularGenders(articleReadings(article));
  if (!allowed) return false;
  const before = wordText(tokens, i - 2)?.toLowerCase();
  const preposition = (w: string) =>
    functionWord(w).some((r) => r.pos === "prep") || lex.entries(w).some((e) => e.pos === "prep");
  if (article === "der" && before && preposition(before)) allowed = ["f"];
  if (nameGender && !allowed.includes(nameGender)) return false;
  const nouns = [...listedNounLemmas(lex, text), ...nounLemmas(lex, text)];
  // Ding often gives no plural: the full-form data's, or the shape of one like the singular (der/die Nebel).
  const plural = (e: LexEntry) =>
    e.plurals.includes(text) ||
    lex.fullNoun(text)?.plural === text ||
    (!e.plurals.length && SAME_PLURAL_SHAPE.test(text));
  return nouns.every((e) => e.lemma === text && !plural(e) && e.gender !== undefined && !allowed.includes(e.gender));
}

/** Nouns rarer than this rank yield to a name spelled like one of their forms. */
const RARE_NOUN_RANK = 5_000;

/**
 * "die Alpen", "die Dolomiten", "Bayern": a name the dictionary lists whose spelling is only an inflected form
 * of other, rare nouns (Alp, Alpe, Dolomit, Bayer) is the name in any context. A noun spelled as the name
 * itself (Kiel, Halle, Essen, Lahn) leaves the choice to context.
 */
function nameOverRareForm(lex: Lexicon, text: string): boolean {
  if (!dictionaryName(lex, text)) return false;
  const nouns = [...listedNounLemmas(lex, text), ...nounLemmas(lex, text)];
  const rare = (e: LexEntry) => (lex.rank(e.lemma.toLowerCase()) ?? Number.POSITIVE_INFINITY) > RARE_NOUN_RANK;
  return nouns.every(
    (e) =>
      // "das Matterhorn": a place noun is the name itself, not another word.
      placeNoun(lex, e.lemma) !== undefined ||
      (e.lemma !== text && rare(e)) ||
      // "die Zugspitze": a rare compound spelled as the name (Zug + Spitze, "head of the train") yields to it.
      (e.lemma === text && rare(e) && (splitCompound(lex, text, e)?.segments.length ?? 0) > 1),
  );
}

/** Whether a capitalised word is also an ordinary German word (Essen, Halle, Kiel, Bayern as plural of Bayer, Weil). */
export function commonWord(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  return lex.cached(
    "common",
    text,
    () =>
      // A listed noun form, or one whose ending strips to a common noun: Elbe is no "Elb" (elf) + dative -e.
      ((listedNounLemmas(lex, text).length > 0 ||
        nounLemmas(lex, text).some((e) => lex.rank(e.lemma.toLowerCase()) !== undefined)) &&
        !nameOverRareForm(lex, text)) ||
      functionWord(lower).length > 0 ||
      lex.verbsOf(lower).length > 0 ||
      lex.entries(lower).some((e) => e.pos === "adj" || e.pos === "adv"),
  );
}

const wordText = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  return t?.type === "word" ? t.text : undefined;
};

/**
 * Whether the sentence says token i names a place: a preposition of place right before it (so no article:
 * "in Essen", not "im Essen"), a noun of place ("die Stadt Halle"), coordination with another known place
 * ("Bayern und Sachsen"), or the word alone as a dateline or heading ("Kiel. Nach dem Sturm …").
 */
function placeContext(lex: Lexicon, tokens: readonly Token[], i: number, coordinated = true): boolean {
  const prev = wordText(tokens, i - 1);
  if (prev && (PLACE_PREPOSITIONS.has(prev.toLowerCase()) || PLACE_NOUNS.has(prev))) return true;
  // "in Bayern und Sachsen": the other place counts if it is no ordinary word or its own context says place.
  const placeAt = (k: number) => {
    const w = wordText(tokens, k);
    if (w === undefined || !/^\p{Lu}/u.test(w) || knownPlace(lex, w) === undefined) return false;
    return !commonWord(lex, w) || (coordinated && placeContext(lex, tokens, k, false));
  };
  if (prev && COORDINATORS.has(prev) && placeAt(i - 2)) return true;
  const next = wordText(tokens, i + 1);
  if (next && COORDINATORS.has(next) && placeAt(i + 2)) return true;
  return tokens.every((t, k) => k === i || t.type !== "word");
}

/** Whether a number of up to three digits follows token i, not itself before a capitalised word. */
function numbered(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.type !== "number" || !/^\d{1,3}$/u.test(next.text)) return false;
  return !/^\p{Lu}/u.test(wordText(tokens, i + 2) ?? "");
}

/**
 * Token i read as a place name: always when the word is no ordinary German word (Elbe, Jena, Bodensee),
 * otherwise only when context says place (in Kiel, aus Sachsen; but "Der Kiel des Schiffes", "Das Essen").
 */
export function placeInContext(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const text = wordText(tokens, i);
  if (!text || !/^\p{Lu}/u.test(text)) return undefined;
  const place = knownPlace(lex, text);
  if (!place) return townInContext(lex, tokens, i, text);
  // "nach Norden", "im Westen": a point of the compass after a preposition, not the town of Norden.
  if (COMPASS.has(text) && !PLACE_NOUNS.has(wordText(tokens, i - 1) ?? "")) return undefined;
  if (commonWord(lex, text)) {
    // "in Halle 1", "in Tor 3": a number right after the word numbers one of many (a hall, a gate); a town is
    // not numbered so. A year (in Halle 1985) or a count before a noun (in Halle 12 Verletzte) leaves it alone.
    if (numbered(tokens, i)) return undefined;
    // A river or range is named with an article (an der Lahn): "bei Regen" keeps the weather.
    const prepositionOrNoun = (place.gazetteer || place.ding) && placeContext(lex, tokens, i);
    const article =
      (place.landscape || !place.gazetteer) && articleSaysName(lex, tokens, i, text, place.landscape?.gender);
    if (!prepositionOrNoun && !article && !alongRiver(tokens, i, text)) return undefined;
  }
  return { from: i, to: i, name: text, known: true, ...(place.gloss && { gloss: place.gloss }) };
}

/** Words after a river's name that say one follows or crosses its course: "an der Ruhr entlang". */
const ALONG = new Set(["entlang", "flussaufwärts", "flussabwärts", "stromaufwärts", "stromabwärts"]);

/**
 * "mit dem Rad an der Ruhr entlang", "die Mulde flussabwärts": a river of the landscape list, after its
 * article and right before entlang or flussabwärts, is the river, though a noun of the same spelling and
 * gender would go with the article (die Ruhr, dysentery; die Mulde, a hollow): one goes along a river.
 */
function alongRiver(tokens: readonly Token[], i: number, text: string): boolean {
  const article = wordText(tokens, i - 1)?.toLowerCase() ?? "";
  return (
    landscapeNamed(text)?.kind === "river" &&
    articleReadings(article) !== undefined &&
    ALONG.has(wordText(tokens, i + 1)?.toLowerCase() ?? "")
  );
}

/** A part of a place's name: a place, town, river or range any list knows, or a name of the dictionary. */
function placePart(lex: Lexicon, part: string): boolean {
  return (
    placeOrTownNamed(part) !== undefined ||
    landscapeNamed(part) !== undefined ||
    dictionaryName(lex, part) !== undefined
  );
}

const REGION_PREFIX = /^(?:Nord|Süd|Ost|West|Mittel|Ober|Nieder|Unter|Hoch)(\p{Ll}{4,})$/u;
const DISTRICT = /^Kreis(?:es)?$/;

/**
 * A place's name made of places: hyphenated places name a district or region (Marburg-Biedenkopf,
 * Rhein-Main), and before -Kreis a district (des Lahn-Dill-Kreises → Lahn-Dill-Kreis); a point of the
 * compass, Mittel-, Ober-, Nieder-, Unter- or Hoch- before a Land, state or country names part of it (Mittelhessen,
 * Oberbayern, Nordhessen) or of a river or range (Niederrhein, Oberharz, Hochrhein, Hochschwarzwald). Returns the name's base form; the dictionary's words stay theirs (Oberhaus).
 */
export function composedPlace(lex: Lexicon, text: string): string | undefined {
  // Ding lists some regions as nouns with an English name (Nordhessen {n}: North Hesse); other nouns stay.
  const englishName = (e: LexEntry) => e.pos === "noun" && /^(?:the )?\p{Lu}/u.test(e.senses[0]?.glosses[0] ?? "");
  const listed = lex.entries(text);
  if (!listed.every(englishName)) return undefined;
  const form = listed.length === 0 && listedNounLemmas(lex, text).length > 0;
  const parts = text.split("-");
  if (parts.length >= 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p))) {
    if (form) return undefined;
    const last = parts[parts.length - 1] ?? "";
    const places = DISTRICT.test(last) ? parts.slice(0, -1) : parts;
    if (places.length >= 1 && places.every((p) => placePart(lex, p))) {
      return DISTRICT.test(last) ? [...places, "Kreis"].join("-") : text;
    }
    return undefined;
  }
  const rest = REGION_PREFIX.exec(text)?.[1];
  if (!rest) return undefined;
  const place = capitalise(rest);
  // "Oberbayern" is also a plural of Oberbayer, as Bayern is of Bayer: the place wins where it does alone.
  if (form && commonWord(lex, place)) return undefined;
  const region = placeNamed(place);
  if ((region && region.kind !== "city") || landscapeNamed(place)) return text;
  // "bei Obereichstätt", "Oberfranken": Ober-, Unter-, Nieder- or Mittel- before a small town that is no ordinary
  // word (Eichstätt) names a village beside it, and before a region the dictionary names (Franken: Franconia) part
  // of the region. A town that is also a word stays out (Lauf: Mittellauf is a river's middle course).
  const townOrRegion = townNamed(place) !== undefined || dictionaryName(lex, place) !== undefined;
  return UPPER_LOWER.test(text) && townOrRegion && !commonWord(lex, place) ? text : undefined;
}

/** The prefixes that make a village or part of a region from a town's or region's name: Oberursel, Unterfranken. */
const UPPER_LOWER = /^(?:Ober|Unter|Nieder|Mittel)/u;

/**
 * A small town (under 15,000 inhabitants) read as a place. Thousands of them are also words or people's
 * names (Laufen, Wald, Regen, Berg; Hartmann): one that is an ordinary word is a place only after a noun of
 * place ("die Gemeinde Laufen"), since "bei Regen", "aus Holz", "über Berg und Tal" read a preposition
 * before a plain noun; one that is a first name or surname needs a preposition of place ("aus Villmar");
 * any other is a place in any context (Cochem, Runkel, Traben-Trarbach).
 */
function townInContext(lex: Lexicon, tokens: readonly Token[], i: number, text: string): NameSpan | undefined {
  const town = townNamed(text);
  if (!town) return partOfTownInContext(lex, tokens, i, text);
  const ok = commonWord(lex, text)
    ? PLACE_NOUNS.has(wordText(tokens, i - 1) ?? "") || partOfTownBefore(tokens, i)
    : germanWord(lex, text) || givenName(lex, text) || lex.isSurname(text.toLowerCase())
      ? placeContext(lex, tokens, i)
      : true;
  return ok ? { from: i, to: i, name: text, known: true, gloss: placeGloss(town) } : undefined;
}

/** Parts and people of a town, named with von before the town: "der Hafen von Bergen", "die Altstadt von Laufen". */
const TOWN_PARTS =
  /^(?:Hafen|Hafens|Altstadt|Innenstadt|Stadtzentrum|Zentrum|Zentrums|Bahnhof|Bahnhofs|Rathaus|Rathauses|Bürgermeister|Bürgermeisterin|Einwohner|Einwohnerin|Einwohnern|Bürger|Bürgerinnen|Umgebung|Stadtrand|Stadtrands)$/u;

/**
 * "den Hafen von Bergen", "der Bürgermeister von Laufen": a small town that is also an ordinary word (Bergen,
 * of Berg) is the town after von where von follows a part or the people of a town: a harbour, an old town or a
 * mayor is a town's, not the word's ("ein Meer von Bergen" keeps the mountains).
 */
function partOfTownBefore(tokens: readonly Token[], i: number): boolean {
  return wordText(tokens, i - 1) === "von" && TOWN_PARTS.test(wordText(tokens, i - 2) ?? "");
}

/**
 * "bei Waldshut", "aus Garmisch": a part of a hyphenated town (Waldshut-Tiengen, Garmisch-Partenkirchen), which
 * the lists do not hold alone, is the town after a preposition of place, where it is no ordinary word (a
 * compound guessed from pieces, Wald·s·hut, does not count).
 */
function partOfTownInContext(lex: Lexicon, tokens: readonly Token[], i: number, text: string): NameSpan | undefined {
  const town = hyphenatedPlaceWithPart(text);
  if (!town || commonWord(lex, text) || !placeContext(lex, tokens, i)) return undefined;
  return { from: i, to: i, name: text, known: true, gloss: `part of ${placeGloss(town)}` };
}

/** German onsets: a capitalised word starting with another cluster (Tmall, Mbappé) is foreign-looking. */
const GERMAN_ONSET =
  /^(?:[AEIOUÄÖÜ]|Sch|Ch|Qu|Ps|Pf|Th|Ts|[BCDFGKPTW][lrn]?[aeiouyäöü]|[BDFGKP][lr]|Tr|Wr|Zw|S[kptlmnw]|[HJLMNRSVZ][aeiouyäöü])/u;

/**
 * Whether an unknown capitalised word looks like a name rather than an unknown German noun: spelled the way
 * German words are not (Zalando, Alibaba, Lindqvist, Kennedy, Tmall). Unknown German nouns
 * (Sturmschäden, Einzelheiten, Miteinander) are left as nouns.
 */
export function nameShaped(text: string): boolean {
  // Acronyms (BASF, ZDF) name organisations far more often than they abbreviate common nouns.
  if (/^\p{Lu}[\p{Lu}\d]+$/u.test(text)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
  return (
    !GERMAN_ONSET.test(text) ||
    /[aiouy]$/.test(text) ||
    /y|q(?!u)|c(?![hk])|[àáâãåçèéêëìíîïñòóôõøùúûýš]/u.test(text) ||
    foreignLetters(text) ||
    /(?:ov|ev|ski|sky|vic|ić|son|ez|os)$/.test(text)
  );
}

/**
 * Letters German and its common loanwords never use (ł, ś, ę, ı, ş, ğ, ă, đ, ơ, ư, ň, ř …): Śniardwy,
 * Yıldız, Kętrzyn, Đặng. Such a word is a foreign name even after an article ("am Ufer des Śniardwy").
 */
export function foreignLetters(text: string): boolean {
  return /[^A-Za-z\dÄÖÜäöüßàáâãåçèéêëìíîïñòóôõøùúûýšÀÁÂÇÈÉÊÍÎÓÔÚÛŠ'’.-]/u.test(text);
}

/**
 * Whether an unknown capitalised word is spelled like a German noun (Gummeldingen, Schnurpselung): a
 * German plural or derivational ending. Context alone does not make such a word a name; names end in -e
 * or -er as often as nouns do (Osborne, Elsner), so those endings decide nothing.
 */
export function germanShaped(text: string): boolean {
  return /(?:en|ern|eln|chen|lein|ung|heit|keit|schaft|ling|tum|nis)$/u.test(text);
}

/**
 * "Rabins Sohn", "Lennons zänkische Witwe", "die Reformpolitik Jelzins": a name no data knows, ending in -s
 * right before a noun (an adjective may come between) or right after one, with no article of its own, is
 * that name in the genitive: the lemma drops the -s. Known names were read so already (genitiveName). Not
 * after Herr or Frau, nor after a kind of business, whose noun the name is no genitive of ("Herr Albers",
 * "die Bäckerei Kamps").
 */
export function genitiveNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  const isNoun = (k: number) => tokens[k]?.type === "word" && drafts[k]?.a.pos === "noun";
  drafts.forEach((d, i) => {
    const text = tokens[i]?.text ?? "";
    if (d?.a.pos !== "name" || d.a.known || d.a.lemma !== text || !/^\p{Lu}\p{Ll}{2,}s$/u.test(text)) return;
    if (lex.isFirstName(text.toLowerCase()) || /(?:ss|us)$/.test(text)) return;
    // "Sehr geehrter Herr Albers, …": after a form of address the name is the person addressed, as written;
    // after a kind of business the business's name ("die Bäckerei Kamps", "das Autohaus Jacobs").
    if (followsAddress(tokens, i) || kindNoun(wordText(tokens, i - 1) ?? "")) return;
    // "die Raffertys" has an article of its own; "…, die Raffertys Bruder mitschrieb" a relative pronoun.
    const prev = wordText(tokens, i - 1)?.toLowerCase();
    if (prev && functionWord(prev).some((r) => r.pos === "det") && drafts[i - 1]?.a.pos !== "pron") return;
    const adjectiveBetween = /^\p{Ll}+(?:e|en|em|er|es)$/u.test(wordText(tokens, i + 1) ?? "");
    if (isNoun(i - 1) || isNoun(i + 1) || (adjectiveBetween && isNoun(i + 2))) d.a.lemma = text.slice(0, -1);
  });
}
