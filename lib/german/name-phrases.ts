// Names that the words around them make names: titles in quotation marks after "Film" or "Roman", the name
// after "Café", "Hotel" or "Firma", organisations with a legal form (GmbH, AG, e.V.), streets and squares
// used as addresses, landmarks named by a place (Brandenburger Tor) and districts. Each is one unit whose
// lemma is the whole name, as the hand-annotated evaluation texts count it.
import { functionWord } from "./closed-class";
import { splitCompound } from "./compounds";
import { articleReadings, singularGenders } from "./determiners";
import { landscapeNamed, listedFirstName, placeNamed, placeOrTownNamed, placesStartingWith } from "./gazetteer";
import { dictionaryName } from "./geographic-names";
import { adjectiveLemmas, listedNounLemmas, nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import type { NameSpan } from "./names";
import { isSentenceInitial } from "./sentence-context";
import type { Token } from "./types";

const word = (tokens: readonly Token[], i: number) => {
  const t = tokens[i];
  return t?.type === "word" ? t.text : undefined;
};
const capitalised = (text: string | undefined) => text !== undefined && /^\p{Lu}/u.test(text);
/** Where a token ends in the sentence (0 for none). */
const endOf = (t: Token | undefined) => (t ? t.start + t.text.length : 0);
const adjacent = (sentence: string, a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && /^ ?$/.test(sentence.slice(endOf(a), b.start));

/** Words after which a title in quotation marks is a name: „Das Leben der Anderen“, „West Side Story“. */
const TITLE_NOUNS = new Set(
  "Film Films Kinofilm Buch Buches Roman Romans Lied Liedes Song Album Serie Fernsehserie Stück Theaterstück Oper Musical Ausstellung Zeitung Zeitschrift Magazin Sendung Show Spiel Gedicht Titel Motto Projekt Programm Bestseller Dokumentation Hörspiel Podcast Folge Folgen Staffel Episode Ausgabe Kapitel Band".split(
    " ",
  ),
);

/**
 * Genres of a work, alone or as a compound's head, before a title in quotation marks: "das Drama „Stille
 * Wasser“", "die Komödie „Zwei Tage Sylt“", "der Dokumentarfilm „…“", "der Kriminalroman „…“"; and kinds of
 * programme, show, project or periodical as a compound's head: "das Weihnachtsprogramm „Der Stern von
 * Bethlehem“", "die Sonderausstellung „…“", "das Forschungsprojekt „…“".
 */
const TITLE_GENRE =
  /(?:film|roman|buch|drama|komödie|tragödie|thriller|krimi|märchen|novelle|erzählung|sinfonie|symphonie|oper|operette|musical|serie|album|lied|stück|hörspiel|dokumentation|programm|ausstellung|sendung|show|projekt|magazin|zeitung|zeitschrift)s?$/u;

const titleNoun = (w: string) =>
  TITLE_NOUNS.has(w) || (/^\p{Lu}\p{Ll}{3,}$/u.test(w) && TITLE_GENRE.test(w.toLowerCase()));

/** Kinds of business, institution, island or district whose name follows them: "Café Luitpold", "Kino Babylon", "die Insel Rügen". */
const KIND_NOUNS = new Set(
  "Café Cafe Hotel Hotels Restaurant Restaurants Gasthaus Gasthof Gaststätte Wirtshaus Kneipe Bar Pizzeria Bistro Imbiss Kino Kinos Theater Verlag Verlags Firma Unternehmen Pension Bäckerei Metzgerei Konditorei Buchhandlung Galerie Klinik Apotheke Praxis Kanzlei Reederei Spedition Druckerei Gärtnerei Brauerei Kellerei Werft Agentur Hersteller Konzern Zeche Kaufhaus Einkaufszentrum Modehaus Autohaus Club Klub Verein Vereins Stiftung Ensemble Aktion Bündnis Schloss Schlosses Burg Kloster Klosters Palais Insel Inseln Halbinsel Stadtteil Stadtteils Ortsteil Ortsteils Stadtbezirk Bezirk Bezirks Kiez Viertel".split(
    " ",
  ),
);

/**
 * Heads of compounds that name a kind of business or body just as KIND_NOUNS do: "Berggasthof Zum Grünen
 * Hut", "Fahrradhersteller Velotraum", "Bürgerinitiative Pro Ahlten", "Fahrgastverband Pro Bahn", "Grundschule Am Hasenberg",
 * "Tierarztpraxis Weber", "Hausverwaltung Nordblick", "Reederei Nordfriesland"; firms named by what they run,
 * supply or make ("der Netzbetreiber Westnetz", "der Energieversorger Enercity", "der Autozulieferer Mahle",
 * "der Discounter Lidl", "der Spieleentwickler Ubisoft"), a program by its kind ("die Lernsoftware Anton",
 * "die Plattform Ebay") and a ship or boat by its kind ("das Forschungsschiff Polarstern", "der Kutter
 * Seeadler", "das Segelschulschiff Gorch Fock").
 */
const KIND_HEADS =
  /(?:gasthof|gasthaus|hotel|restaurant|café|verlag|hersteller|konzern|händler|anbieter|initiative|schule|verein|verband|firma|marke|werft|brauerei|kellerei|reederei|praxis|kanzlei|verwaltung|agentur|werkstatt|gärtnerei|druckerei|schreinerei|tischlerei|spedition|betreiber|versorger|zulieferer|discounter|dienstleister|entwickler|software|plattform|schiff|fähre|frachter|tanker|dampfer|kutter|yacht|jacht|eisbrecher)$/u;

// A head names the kind alone as well (die Marke Nivea, der Anbieter Vodafone), as in compounds (die Automarke).
export const kindNoun = (w: string) =>
  KIND_NOUNS.has(w) || (/^\p{Lu}\p{Ll}{3,}/u.test(w) && KIND_HEADS.test(w.toLowerCase()));

/** Words that start a business's name the way an article does: "Restaurant Zur Alten Mühle". */
const NAME_PREPOSITIONS = new Set(["Zum", "Zur", "Zu", "Am", "Im", "Bei", "Beim", "Auf", "An", "Unter", "Pro"]);

const OPENING = new Set(["„", '"', "»", "«", "‚", "“"]);
const CLOSING = new Set(["“", '"', "«", "»", "‘", "”"]);
const MAX_TITLE_WORDS = 10;

function span(tokens: readonly Token[], sentence: string, from: number, to: number, lemma?: string): NameSpan {
  const first = tokens[from];
  const last = tokens[to];
  const name = lemma ?? sentence.slice(first?.start ?? 0, endOf(last));
  return { from, to, name, known: false, sure: true };
}

/** „Das Leben der Anderen“ after a word such as Film, Roman or Restaurant: every word inside is the title. */
function quotedTitleAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const open = tokens[i];
  const before = word(tokens, i - 1);
  if (open?.type !== "punct" || !OPENING.has(open.text)) return undefined;
  // "eine neue Folge von „Küchengeflüster“", "ein Kapitel aus „Der Zauberberg“": the kind before von or aus.
  const kindOf = (before === "von" || before === "aus") && titleNoun(word(tokens, i - 2) ?? "");
  const afterKind = before !== undefined && (titleNoun(before) || kindNoun(before) || kindOf);
  for (let j = i + 1; j < Math.min(tokens.length, i + MAX_TITLE_WORDS + 2); j++) {
    const t = tokens[j];
    if (!t) break;
    if (t.type === "punct" && CLOSING.has(t.text)) {
      if (j === i + 1 || !capitalised(word(tokens, i + 1))) return undefined;
      const inner = tokens.slice(i + 1, j);
      // Without a word such as Film before it, quoted words are a title only when all are capitalised (or
      // join a foreign title) and one is no German word: „La La Land“, not „Gute Nacht“ or a quoted remark.
      if (!afterKind && !foreignTitle(lex, inner)) return undefined;
      const firstWord = inner.findIndex((x) => x.type === "word");
      const lastWord = inner.length - 1 - [...inner].reverse().findIndex((x) => x.type === "word");
      const s = span(tokens, sentence, i + 1 + firstWord, i + 1 + lastWord);
      s.name = sentence.slice(open.start + open.text.length, t.start).trim();
      return s;
    }
    if (t.type === "punct" && /^[.!?]$/.test(t.text) && tokens[j + 1] === undefined) break;
  }
  return undefined;
}

/** Short words that join a foreign title's words: "Cinema Paradiso", "La Grande Bellezza", "Lord of the Rings". */
const FOREIGN_JOINERS = new Set([
  "of",
  "the",
  "and",
  "de",
  "la",
  "le",
  "les",
  "di",
  "del",
  "della",
  "da",
  "du",
  "y",
  "e",
  "et",
]);

/** A word no German reading fits, compounds aside: no entry, no noun, adjective, verb or function-word form. */
function noGermanReading(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  return (
    !lex.has(text) &&
    !lex.has(lower) &&
    nounLemmas(lex, text).length === 0 &&
    adjectiveLemmas(lex, lower).length === 0 &&
    lex.verbsOf(lower).length === 0 &&
    functionWord(lower).length === 0
  );
}

/** A word no German reading fits: not listed, no noun or adjective form, no function word, no compound. */
function foreignWord(lex: Lexicon, text: string): boolean {
  return noGermanReading(lex, text) && splitCompound(lex, text) === undefined;
}

function foreignTitle(lex: Lexicon, inner: readonly Token[]): boolean {
  const words = inner.filter((t) => t.type === "word").map((t) => t.text);
  // One quoted word is as often a term in quotes („Raucherraum“) as a title.
  if (words.length < 2 || inner.some((t) => t.type !== "word" && t.text !== "&")) return false;
  const shaped = words.every((w) => capitalised(w) || FOREIGN_JOINERS.has(w));
  return shaped && words.some((w) => foreignWord(lex, w) || (lex.isEnglish(w.toLowerCase()) && !lex.has(w)));
}

/**
 * "der Film Cinema Paradiso", "die Serie Stranger Things": after Film, Roman, Serie … a run of capitalised
 * words (with of, the, la, di …) of which one is no German word at all is the title, all of it.
 */
function foreignTitleAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const kind = word(tokens, i);
  if (!kind || !TITLE_NOUNS.has(kind)) return undefined;
  let to = i;
  let foreign = false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const w = word(tokens, j);
    if (!w || !adjacent(sentence, tokens[j - 1], tokens[j])) break;
    if (FOREIGN_JOINERS.has(w) && j > i + 1 && capitalised(word(tokens, j + 1))) continue;
    if (!capitalised(w) || (j > i + 1 && functionWord(w.toLowerCase()).length > 0 && !foreignWord(lex, w))) break;
    if (j === i + 1 && functionWord(w.toLowerCase()).length > 0 && !FOREIGN_JOINERS.has(w.toLowerCase())) break;
    foreign ||= foreignWord(lex, w) || (lex.isEnglish(w.toLowerCase()) && !lex.has(w));
    to = j;
  }
  return to > i + 1 && foreign ? span(tokens, sentence, i + 1, to) : undefined;
}

/**
 * A capitalised adjective form in a name ("Alten", "Goldenen", "Bayerischer"), also two or three adjectives
 * joined by hyphens of which only the last is inflected ("Römisch-Germanische", "Deutsch-Französischen").
 */
function adjectiveForm(lex: Lexicon, text: string): boolean {
  const pieces = text.split("-");
  const last = pieces.pop() ?? "";
  if (pieces.length > 2 || !pieces.every((p) => plainAdjective(lex, p))) return false;
  return /^\p{Lu}\p{Ll}+(?:e|en|em|er|es)$/u.test(last) && adjectiveBase(lex, last) !== undefined;
}

/** A capitalised adjective in its base form, as the first pieces of "Römisch-Germanisch" are. */
function plainAdjective(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(text)) return false;
  if (adjectiveLemmas(lex, lower).some((e) => e.lemma === lower)) return true;
  return /(?:isch|lich|ig)$/u.test(lower) && nounLemmas(lex, text).length === 0;
}

/**
 * The base form of an inflected adjective: the dictionary's, or for one it lacks, the derived adjective's
 * stem on -isch, -lich or -ig (Kassenärztlichen → kassenärztlich, Mecklenburgischen → mecklenburgisch).
 */
function adjectiveBase(lex: Lexicon, text: string): string | undefined {
  const lower = text.toLowerCase();
  const listed = adjectiveLemmas(lex, lower)[0]?.lemma;
  if (listed) return listed;
  const derived = /^(\p{Ll}{3,}(?:isch|lich|ig))(?:e|en|em|er|es)$/u.exec(lower)?.[1];
  return derived && nounLemmas(lex, text).length === 0 ? derived : undefined;
}

/** A common German noun, frequent enough that after "Kino" it is more likely an object than a name. */
function commonNoun(lex: Lexicon, text: string): boolean {
  const lemmas = [...listedNounLemmas(lex, text), ...nounLemmas(lex, text)];
  return lemmas.some((e) => (lex.rank(e.lemma.toLowerCase()) ?? Number.POSITIVE_INFINITY) < 5_000);
}

/**
 * "Café Luitpold", "Kino Babylon", "Restaurant Zur Alten Mühle", "Verlag Kiepenheuer & Witsch", "im
 * Stadtteil Ehrenfeld", "die Brauerei Rothaus", "die Zeche Zollverein": the capitalised words right after a
 * kind of business or district are its name. A common noun there is an object ("im Kino Filme sehen"),
 * unless an adjective or "Zur" leads to it. Band, Chor and Orchester are left out: an instrument follows
 * them as often ("spielt in der Band Schlagzeug"), and instruments are not all frequent nouns.
 */
function nameAfterKind(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const kind = word(tokens, i);
  if (!kind || !kindNoun(kind) || functionWord(kind.toLowerCase()).length > 0) return undefined;
  if (pluralFirm(tokens, i, kind)) return undefined;
  const first = word(tokens, i + 1);
  if (!capitalised(first) || !adjacent(sentence, tokens[i], tokens[i + 1]) || !first) return undefined;
  const joined = kindWithNoun(lex, tokens, sentence, i, kind, first);
  if (joined) return joined;
  const leads = (w: string) => NAME_PREPOSITIONS.has(w) || adjectiveForm(lex, w);
  // "Tierarztpraxis Weber", "Bäckerei Müller": a surname the list has names the business, though also a noun.
  const surname = lex.isSurname(first.toLowerCase());
  if (!leads(first) && ((commonNoun(lex, first) && !surname) || functionWord(first.toLowerCase()).length > 0))
    return undefined;
  // "die Inseln Rügen und Usedom", "die Hotels Adlon und Ritz": after a plural, und joins two names, not one's words.
  const plural = nounLemmas(lex, kind).some((e) => e.lemma !== kind && e.plurals.includes(kind));
  let to = i + 1;
  for (let j = i + 2; j < Math.min(tokens.length, i + 8); j++) {
    const w = tokens[j]?.text === "&" ? "&" : word(tokens, j);
    const prev = tokens[j - 1]?.text ?? "";
    if (!w || !adjacent(sentence, tokens[j - 1], tokens[j])) break;
    if (plural && w === "und") break;
    if (w === "&" || (w === "und" && capitalised(word(tokens, j + 1)) && !commonNoun(lex, word(tokens, j + 1) ?? "")))
      continue;
    if (!capitalised(w)) break;
    // "Gasthaus Werdenfelser Hof": a place's -er adjective before a landmark's head is a name of its own.
    const landmark = LANDMARK_HEADS.has(w) && placeAdjective(prev, lex);
    if (!leads(prev) && !landmark && prev !== "&" && prev !== "und" && commonNoun(lex, w)) break;
    to = j;
  }
  // "Café Alte" leads to nothing; "im Gasthof Schiefer" is no adjective (schief) but a noun, a surname, whole.
  const wholeWord = (w: string) =>
    lex.isSurname(w.toLowerCase()) || lex.entries(w).some((e) => e.pos === "noun" && !e.oldSpelling);
  if (to === i + 1 && leads(first) && !(adjectiveForm(lex, first) && wholeWord(first))) return undefined;
  return span(tokens, sentence, i + 1, legalFormAt(tokens, sentence, to + 1) ?? to);
}

// Firms named by what they do, in -er, whose plural is spelled as the singular (der/die Netzbetreiber).
const FIRM_IN_ER = /(?:betreiber|versorger|zulieferer|discounter|dienstleister|entwickler)$/u;
const PLURAL_DETERMINERS = new Set([
  "die",
  "alle",
  "viele",
  "einige",
  "mehrere",
  "beide",
  "manche",
  "keine",
  "zwei",
  "drei",
]);

/**
 * "weil die Versorger Flüssiggas liefern": after such a firm's noun in the plural the next word is what they
 * do something with, not one firm's name ("der Versorger Enercity").
 */
function pluralFirm(tokens: readonly Token[], i: number, kind: string): boolean {
  return FIRM_IN_ER.test(kind.toLowerCase()) && PLURAL_DETERMINERS.has(word(tokens, i - 1)?.toLowerCase() ?? "");
}

/** Kinds of body whose name is the kind and a noun together: Stiftung Warentest, Ensemble Resonanz, Aktion Mensch. */
const KIND_WITH_NOUN = new Set(["Stiftung", "Ensemble", "Aktion", "Initiative", "Bündnis"]);

/**
 * "die Stiftung Warentest", "das Ensemble Resonanz": a foundation, ensemble or campaign named by a common noun
 * written right after it, with no article between, is one name with that noun (Warentest alone names nothing).
 * A frequent noun there is more likely an object ("der Stiftung Geld geben") and is left alone, as is a word
 * with a capitalised word after it.
 */
function kindWithNoun(
  lex: Lexicon,
  tokens: readonly Token[],
  sentence: string,
  i: number,
  kind: string,
  first: string,
): NameSpan | undefined {
  if (!KIND_WITH_NOUN.has(kind) || capitalised(word(tokens, i + 2)) || adjectiveForm(lex, first)) return undefined;
  if (nounLemmas(lex, first).length === 0 || commonNoun(lex, first) || nameWord(lex, first)) return undefined;
  return span(tokens, sentence, i, i + 1, `${kind} ${first}`);
}

/**
 * "die Hapag-Lloyd Stiftung", "der Rowohlt Verlag": a name written apart before Stiftung or Verlag is one
 * name with it (German writes an ordinary modifier into the compound: Familienstiftung, Schulbuchverlag).
 */
function nameBeforeKindAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const kind = word(tokens, i + 1);
  if (!text || !kind || !/^(?:Stiftung|Verlag|Verlags)$/u.test(kind) || !adjacent(sentence, tokens[i], tokens[i + 1]))
    return undefined;
  if (!/^\p{Lu}/u.test(text) || isSentenceInitial(tokens, i) || !nameWord(lex, text)) return undefined;
  return span(tokens, sentence, i, i + 1, `${text} ${singularOfGenitive(lex, kind)}`);
}

/** Legal forms that end an organisation's name: "Krüger Haustechnik GmbH", "Freunde des Stadtparks e.V.". */
const LEGAL_FORM = /^(?:GmbH|gGmbH|AG|KG|OHG|SE|UG|KGaA|mbH|e\.\s?V\.|e\.\s?G\.)/u;
const NAME_CONNECTORS = new Set(["des", "der", "für", "und", "von", "&"]);

function legalFormAt(tokens: readonly Token[], sentence: string, i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const m = LEGAL_FORM.exec(sentence.slice(t.start));
  if (!m || /[\p{L}\p{N}]/u.test(sentence[t.start + m[0].length] ?? "")) return undefined;
  const end = t.start + m[0].length;
  let j = i;
  while (tokens[j + 1] && (tokens[j + 1]?.start ?? 0) < end) j++;
  return j;
}

/**
 * "die Firma Krüger Haustechnik GmbH", "der Verein Freunde des Stadtparks e.V.": capitalised words before a
 * legal form, with des/der/für/und between them only when a kind of organisation stands before the name.
 */
function organisationAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const end = legalFormAt(tokens, sentence, i);
  if (end === undefined || i === 0) return undefined;
  let from = i;
  let firmFrom = i;
  for (let j = i - 1; j >= 0 && j > i - 8; j--) {
    const w = tokens[j]?.text === "&" ? "&" : word(tokens, j);
    if (!w || !adjacent(sentence, tokens[j], tokens[j + 1])) break;
    if (KIND_NOUNS.has(w)) {
      firmFrom = from;
      break;
    }
    if (NAME_CONNECTORS.has(w) && w !== "&") continue;
    if (w !== "&" && (!capitalised(w) || functionWord(w.toLowerCase()).some((r) => r.pos === "det"))) break;
    from = j;
  }
  // Without a kind before it, the name is the capitalised run right before the legal form.
  let start = firmFrom;
  if (firmFrom === i) {
    start = i;
    for (let j = i - 1; j >= from; j--) {
      const w = word(tokens, j) ?? "";
      if (NAME_CONNECTORS.has(w) && w !== "&") break;
      start = j;
    }
  }
  if (start === i) return undefined;
  return span(tokens, sentence, start, end);
}

/** Heads of street and square names, with the gender that gives a leading adjective its ending. */
const STREET_HEADS: readonly [string, "e" | "er" | "es"][] = [
  ["straße", "e"],
  ["strasse", "e"],
  ["gasse", "e"],
  ["allee", "e"],
  ["chaussee", "e"],
  ["promenade", "e"],
  ["passage", "e"],
  ["arkaden", "e"],
  ["galerie", "e"],
  ["brücke", "e"],
  ["weg", "er"],
  ["platz", "er"],
  ["ring", "er"],
  ["damm", "er"],
  ["markt", "er"],
  ["steig", "er"],
  ["pfad", "er"],
  ["wall", "er"],
  ["ufer", "es"],
];
const ADDRESS_BEFORE = new Set([
  "am",
  "an",
  "in",
  "auf",
  "vom",
  "zum",
  "zur",
  "im",
  "Ecke",
  "der",
  "dem",
  "die",
  "den",
]);

/** Classes of road that a number follows: die Bundesstraße 239, die Landesstraße 3. */
const ROAD_CLASS = /^(?:Bundes|Landes|Kreis|Staats|Gemeinde)stra(?:ß|ss)e$/u;

function streetHead(text: string): (typeof STREET_HEADS)[number] | undefined {
  const lower = text.toLowerCase();
  return STREET_HEADS.find(([h]) => lower.endsWith(h));
}

/**
 * "Brandenburger", "Dresdner": an -er adjective of a place the gazetteer knows. With `lex`, also an -er word
 * no dictionary knows ("Wolgaster", "Kummerower"): the gazetteer lacks most small towns and villages, and
 * an unknown capitalised -er word before a street or a lake is their adjective.
 */
function placeAdjective(text: string, lex?: Lexicon): boolean {
  const stem = /^(\p{Lu}\p{Ll}+)er$/u.exec(text)?.[1];
  if (!stem) return false;
  // Thüringer → Thüringen, Göttinger → Göttingen: places on -en drop it before -er.
  const candidates = [stem, `${stem}e`, `${stem}en`, stem.endsWith("n") ? `${stem.slice(0, -1)}en` : ""];
  if (candidates.some((s) => s && placeNamed(s))) return true;
  return lex !== undefined && stem.length >= 3 && unknownWord(lex, text);
}

/** A word no German reading fits (compounds aside) and no first name. */
function unknownWord(lex: Lexicon, text: string): boolean {
  return noGermanReading(lex, text) && !lex.isFirstName(text.toLowerCase());
}

/**
 * A street or square as an address: "Bergmannstraße", "Karl-Marx-Allee", "in der Alten Poststraße 14",
 * "am Lindenweg". A compound on -straße, -weg, -platz … is a name when hyphenated from capitalised parts,
 * followed by a house number, led by a capitalised adjective (whose lemma takes the base ending: Alte
 * Poststraße, Neuer Markt), or, not being a dictionary word, after am / in der / an der and the like.
 */
function streetAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || !capitalised(text)) return undefined;
  const head = streetHead(text);
  if (!head) return undefined;
  const next = tokens[i + 1];
  const number = next?.type === "number" && /^\d{1,4}[a-z]?$/.test(next.text);
  const hyphenated = /^(?:\p{Lu}[\p{L}.]*-)+\p{L}+$/u.test(text);
  const prev = word(tokens, i - 1);
  if (prev && i > 0 && adjacent(sentence, tokens[i - 1], tokens[i])) {
    if (placeAdjective(prev, lex)) return { ...span(tokens, sentence, i - 1, i), known: true };
    if (capitalised(prev) && adjectiveForm(lex, prev) && i - 1 > 0) {
      const base = adjectiveBase(lex, prev) ?? "";
      const lemma = `${base.charAt(0).toUpperCase()}${base.slice(1)}${head[1]} ${text}`;
      return span(tokens, sentence, i - 1, i, lemma);
    }
  }
  // A bare "Ring" or "Platz" is a name only with a modifier before it (Großer Ring, Potsdamer Platz).
  if (text.length <= head[0].length + 2) return undefined;
  // "die Bundesstraße 239": a class of road before its number is no street's name.
  if (number && ROAD_CLASS.test(text)) return undefined;
  // "einen Tiefgaragenstellplatz": a compound on a common compound of the head (Stellplatz) is a kind of
  // that thing however unknown its first part, as "am Wanderparkplatz" is (commonHead).
  if (number || hyphenated || (nameModifier(lex, text, head[0]) && !commonHead(lex, text, head[0])))
    return span(tokens, sentence, i, i);
  const listed = listedNounLemmas(lex, text).length > 0 || lex.entries(text).length > 0;
  // Markets, bridges and arcades are mostly common compounds (auf dem Wohnungsmarkt): they need more evidence.
  const weak = /(?:markt|brücke|passage|promenade|pfad|steig)$/.test(head[0]);
  if (!listed && !weak && !commonHead(lex, text, head[0]) && prev && ADDRESS_BEFORE.has(prev))
    return span(tokens, sentence, i, i);
  return undefined;
}

/**
 * "am Wanderparkplatz", "am Rundwanderweg", "am Kinderspielplatz": a compound whose last part is itself a
 * common compound on the street's head (Parkplatz, Wanderweg, Spielplatz) is a kind of that thing, as "am
 * Parkplatz" is, not a street's name (Rathausplatz, Lindenweg end in the bare head).
 */
function commonHead(lex: Lexicon, text: string, head: string): boolean {
  const last = splitCompound(lex, text)?.segments.at(-1);
  return last?.entry !== undefined && last.text.length > head.length;
}

/** "Goethestraße", "Mädlerpassage": the part before the head is no German word, so a person's or place's name. */
function nameModifier(lex: Lexicon, text: string, head: string): boolean {
  const stem = text.slice(0, text.length - head.length).replace(/-$/, "");
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(stem)) return false;
  const bare = stem.endsWith("s") ? stem.slice(0, -1) : stem;
  // Verkäufer is no "Verkä" + Ufer, Holzfachmarkt no name + Markt: the word itself and its stem must be unknown.
  if (nounLemmas(lex, text).length > 0 || lex.isEnglish(stem.toLowerCase())) return false;
  if (splitCompound(lex, stem) !== undefined) return false;
  return [stem, bare].every(
    (w) =>
      !lex.has(w) &&
      !lex.has(w.toLowerCase()) &&
      nounLemmas(lex, w).length === 0 &&
      adjectiveLemmas(lex, w.toLowerCase()).length === 0,
  );
}

/**
 * Landmarks, lakes, landscapes, newspapers and bodies named by a place's -er adjective: Brandenburger Tor,
 * Kölner Dom, Prenzlauer Berg, Kummerower See, Lüneburger Heide, Stuttgarter Zeitung, Greifswalder Tafel,
 * the mountain huts and glaciers named by their valley (Todtnauer Hütte, Stubaier Gletscher), inns and hotels
 * (Werdenfelser Hof, Frankfurter Hof), a town's festival week (Kieler Woche), and the art hall, stock exchange,
 * trade fair, opera house and palace a city is known by (Hamburger Kunsthalle, Frankfurter Börse, Leipziger
 * Messe, Wiener Staatsoper, Würzburger Residenz).
 * (Other heads are ordinary nouns a place's adjective describes: die Kölner Polizei, das Bonner Ministerium.)
 */
const LANDMARK_HEADS = new Set(
  "Tor Tores Tors Dom Doms Mauer Hütte Hof Hofs Hofes Berg Gletscher Gletschers Woche Schloss Münster Turm Hafen See Sees Bucht Förde Heide Wald Forst Moor Meer Kanal Alpen Schweiz Land Höhe Zeitung Rundschau Nachrichten Anzeiger Tageblatt Morgenpost Allgemeine Tafel Zoo Stadion Arena Philharmonie Philharmoniker Symphoniker Kunsthalle Börse Messe Oper Staatsoper Schauspielhaus Residenz".split(
    " ",
  ),
);

/**
 * A city's trade fair or newspaper of a kind, written as a compound: Leipziger Buchmesse, Frankfurter Buchmesse,
 * Leipziger Volkszeitung. (Not every landmark head names one so: der Memminger Flughafen, das Münchner Bootshaus
 * are a town's airport and boathouse.)
 */
const COMPOUND_LANDMARK = /^\p{Lu}\p{Ll}{2,}(?:messe|zeitung)$/u;

function landmarkAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const next = word(tokens, i + 1);
  if (!text || !next || !(LANDMARK_HEADS.has(next) || COMPOUND_LANDMARK.test(next))) return undefined;
  if (!placeAdjective(text, lex)) return undefined;
  if (!adjacent(sentence, tokens[i], tokens[i + 1])) return undefined;
  const s = span(tokens, sentence, i, i + 1, `${text} ${singularOfGenitive(lex, next)}`);
  // The place is known; so the tagger's rule for place adjectives ("das Kölner Unternehmen") leaves it.
  s.known = true;
  return s;
}

/**
 * "Doms" → "Dom", "Klinikums" → "Klinikum"; a compound the dictionary lacks by its last part ("Motorsportclubs" →
 * "Motorsportclub", as Clubs → Club); a plural (Alpen, Nachrichten) or any other form stays as written.
 */
function singularOfGenitive(lex: Lexicon, text: string): string {
  const genitiveOf = (form: string, lemma: string) => form === `${lemma}s` || form === `${lemma}es`;
  const lemma = nounLemmas(lex, text).find((e) => genitiveOf(text, e.lemma))?.lemma;
  if (lemma) return lemma;
  const last = nounLemmas(lex, text).length === 0 ? splitCompound(lex, text)?.segments.at(-1) : undefined;
  if (!last?.entry || !genitiveOf(last.text.toLowerCase(), last.entry.lemma.toLowerCase())) return text;
  return text.slice(0, text.length - last.text.length) + last.text.slice(0, last.entry.lemma.length);
}

/** Heads that make an unknown compound after "in", "nach", "aus" a place: Kreuzberg, Ehrenfeld, Schwabing. */
const PLACE_HEAD =
  /(?:berg|feld|felde|dorf|heim|hausen|burg|stadt|bach|tal|hagen|rode|stedt|kirchen|au|ing|see|hof|garten|horst)$/u;
const PLACE_PREPOSITIONS = new Set(["in", "nach", "aus", "von", "bis", "durch"]);

/** "nach Kreuzberg", "aus Ehrenfeld": a word no dictionary lists, shaped like a place, after a preposition of place. */
function districtAt(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const prev = word(tokens, i - 1);
  if (!text || !prev || !PLACE_PREPOSITIONS.has(prev) || !/^\p{Lu}\p{Ll}{3,}$/u.test(text)) return undefined;
  if (!PLACE_HEAD.test(text) || listedNounLemmas(lex, text).length > 0 || lex.entries(text).length > 0)
    return undefined;
  return { from: i, to: i, name: text, known: false, sure: true };
}

/** The gender of a noun, listed or the head of a compound (Baumanagement: das Management). */
function nounGender(lex: Lexicon, text: string): "m" | "f" | "n" | undefined {
  const listed = [...nounLemmas(lex, text), ...lex.entries(text)].find((e) => e.gender)?.gender;
  if (listed) return listed;
  const comp = splitCompound(lex, text);
  return comp?.segments[comp.segments.length - 1]?.entry?.gender;
}

const BASE_ENDING = { m: "er", f: "e", n: "es" } as const;

/** A name, a place or a word no German reading fits: words that carry a name on (Niedersachsen, Hannover). */
function nameWord(lex: Lexicon, text: string): boolean {
  return (
    placeNamed(text) !== undefined ||
    dictionaryName(lex, text) !== undefined ||
    /^\p{Lu}[\p{Lu}\d]+$/u.test(text) ||
    (unknownWord(lex, text) && splitCompound(lex, text) === undefined)
  );
}

/** "Bad Salzuflen", "Frankfurt am Main": where a place of several words the gazetteer knows, starting at token k, ends. */
function multiWordPlaceEnd(tokens: readonly Token[], sentence: string, k: number): number | undefined {
  const t = tokens[k];
  if (!t || !capitalised(t.text)) return undefined;
  for (const surface of placesStartingWith(t.text)) {
    if (!sentence.startsWith(surface, t.start) || /[\p{L}\p{N}]/u.test(sentence[t.start + surface.length] ?? ""))
      continue;
    const end = tokens.findIndex((x, j) => j > k && endOf(x) === t.start + surface.length);
    if (end > k) return end;
  }
  return undefined;
}

/**
 * "die Kassenärztliche Vereinigung Niedersachsen", "zum Hohen Licht", "in der Mecklenburgischen Schweiz",
 * "die Lange Nacht der Wissenschaften": inside a sentence German writes adjectives small, so a capitalised
 * one before a capitalised noun belongs to a name. The name runs on over names and places (Niedersachsen)
 * and over der/des before a capitalised word (der Wissenschaften). Its lemma puts the adjectives in the base
 * form with the ending the head's gender gives (Hohes Licht, Lange Nacht), as streets do (Alte Poststraße).
 */
function adjectiveNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || !adjectiveForm(lex, text) || isSentenceInitial(tokens, i)) return undefined;
  // "Golden Gate": an uninflected form is no German attributive adjective.
  if (adjectiveLemmas(lex, text.toLowerCase()).some((e) => e.lemma === text.toLowerCase())) return undefined;
  // "der Deutschen Bahn": a name the dictionary lists keeps its entry and gloss (the name finder's next step).
  const at = tokens[i]?.start ?? 0;
  if (lex.namesStartingWith(text).some((n) => sentence.startsWith(n, at))) return undefined;
  let head = i + 1;
  while (adjectiveForm(lex, word(tokens, head) ?? "") && adjacent(sentence, tokens[head - 1], tokens[head])) head++;
  const headText = word(tokens, head);
  if (!headText || !capitalised(headText) || !adjacent(sentence, tokens[head - 1], tokens[head])) return undefined;
  if (functionWord(headText.toLowerCase()).length > 0 || adjectiveForm(lex, headText)) return undefined;
  let to = head;
  // "das Sächsische Staatsministerium für Wissenschaft": a body's name runs on over what it is "für".
  const body = FOR_HEAD.test(singularOfGenitive(lex, headText).toLowerCase());
  let joined = false;
  for (let k = head + 1; k < Math.min(tokens.length, i + 8); k++) {
    const w = word(tokens, k);
    if (!w || !adjacent(sentence, tokens[k - 1], tokens[k])) break;
    // … and over und between such words (für Unterricht und Kultus).
    const joins = w === "für" ? to === head : w === "und" && joined;
    if (body && joins && k === to + 1 && capitalised(word(tokens, k + 1))) {
      if (!adjacent(sentence, tokens[k], tokens[k + 1])) break;
      to = k + 1;
      k++;
      joined = true;
      continue;
    }
    const genitive = (w === "der" || w === "des") && capitalised(word(tokens, k + 1)) && k === to + 1;
    if (genitive && adjacent(sentence, tokens[k], tokens[k + 1])) {
      to = k + 1;
      k++;
      continue;
    }
    const place = multiWordPlaceEnd(tokens, sentence, k);
    if (place !== undefined) {
      to = place;
      k = place;
      continue;
    }
    if (!capitalised(w) || !nameWord(lex, w) || abbreviationOfName(tokens, sentence, k)) break;
    to = k;
  }
  // "das Weiße Haus", "der Pazifische Ozean", "die Katholische Kirche": the treebanks keep an adjective and a
  // common noun apart even where they name one thing, and so does the card; a name or place in the span
  // (die Mecklenburgische Schweiz, Kassenärztliche Vereinigung Niedersachsen) makes the whole a name.
  // A genitive (der USA, Argentiniens) or a person after a role (Stellvertretenden Generalsstabschef Cao) is
  // no such evidence: only the head or a place the gazetteer or dictionary knows right after it.
  const after = word(tokens, head + 1);
  const listedPlace = (w: string | undefined) =>
    w !== undefined && (placeNamed(w) !== undefined || dictionaryName(lex, w) !== undefined);
  // "des Heiligen Rastislav": before a person's name the adjective is an epithet, so the head must be listed.
  const gender = nounGender(lex, headText);
  const headLemma = singularOfGenitive(lex, headText);
  // A compound the dictionary lacks (Staatsministerium) is singular when its last part is.
  const lastPart = splitCompound(lex, headText)?.segments.at(-1);
  const singular =
    headLemma !== headText ||
    nounLemmas(lex, headText).some((e) => e.lemma === headText) ||
    (nounLemmas(lex, headText).length === 0 && lastPart?.lemma.toLowerCase() === lastPart?.text.toLowerCase());
  // "die „Wartende Frau“", "den „Grünen Pfeil“": an article before quotation marks around just the two
  // words makes them a title or a name, whatever the head.
  const quoted = to === head && quotedAfterArticle(tokens, i, head);
  // "die Lange Nacht der Wissenschaften": a genitive after the head that the name runs over (a capitalised
  // adjective, a noun, der and another noun) is a title's shape; "der Zweite Weltkrieg" has none. (With des
  // as well the treebank lost words: "des" follows the adjective-and-noun names it keeps apart.)
  const genitiveNoun = word(tokens, head + 2);
  const titled =
    to > head + 1 &&
    word(tokens, head + 1) === "der" &&
    genitiveNoun !== undefined &&
    !listedPlace(genitiveNoun) &&
    nounLemmas(lex, genitiveNoun).length > 0;
  const organisation = (ORGANISATION_HEAD.test(headLemma.toLowerCase()) || titled) && !placeAdjective(text, lex);
  if (!listedPlace(headText) && !(to > head && listedPlace(after)) && !quoted && !organisation) return undefined;
  // "für die Freien Wähler": after die, an adjective on -en is plural (die Freie Wählerin is singular).
  // The stem as written keeps what the base form would lose: Hohen → Hohes (not "Hoches"), Dunklen → Dunkles.
  const adjectivesWith = (ending: string) => tokens.slice(i, head).map((t) => `${adjectiveStem(t.text)}${ending}`);
  const plural = /en$/u.test(text) && /^(?:die|alle|keine)$/iu.test(word(tokens, i - 1) ?? "");
  if (plural && nounLemmas(lex, headText).some((e) => e.lemma === headText)) {
    const rest = sentence.slice(tokens[head]?.start ?? 0, endOf(tokens[to]));
    return span(tokens, sentence, i, to, [...adjectivesWith("e"), rest].join(" "));
  }
  // "in der Mecklenburgischen Schweiz": a place with no noun gender takes the adjective as after its article
  // (die Mecklenburgische Schweiz).
  if (!gender && to === head && listedPlace(headText)) {
    return span(tokens, sentence, i, to, [...adjectivesWith("e"), headText].join(" "));
  }
  // "von den Staatlichen Kunstsammlungen Dresden": a plural head after den or der is named in the nominative
  // plural, its adjectives with -e (Staatliche Kunstsammlungen Dresden; den Freien Wählern → Freie Wähler).
  const pluralAfter = /en$/u.test(text) && /^(?:den|der)$/iu.test(word(tokens, i - 1) ?? "");
  if (!singular && pluralAfter && nounLemmas(lex, headText).length > 0) {
    const nominative = /(?:er|el)n$/u.test(headText) ? headText.slice(0, -1) : headText;
    const rest = to > head ? sentence.slice(tokens[head + 1]?.start ?? 0, endOf(tokens[to])) : "";
    return span(tokens, sentence, i, to, [...adjectivesWith("e"), nominative, rest].filter(Boolean).join(" "));
  }
  if (!gender || !singular) return span(tokens, sentence, i, to);
  const rest = to > head && tokens[to] ? sentence.slice(tokens[head + 1]?.start ?? 0, endOf(tokens[to])) : "";
  return span(
    tokens,
    sentence,
    i,
    to,
    [...adjectivesWith(BASE_ENDING[gender]), headLemma, rest].filter(Boolean).join(" "),
  );
}

/**
 * "Die Europäische Weltraumorganisation ESA", "das Technische Hilfswerk THW": a body's abbreviation after its
 * full name is a second name for it in apposition, not a word of the name; a legal form (AG, KG, SE) and a
 * Roman numeral (II) belong to the name.
 */
function abbreviationOfName(tokens: readonly Token[], sentence: string, k: number): boolean {
  const w = word(tokens, k) ?? "";
  return /^\p{Lu}{2,}$/u.test(w) && !/^[IVXLC]+$/u.test(w) && legalFormAt(tokens, sentence, k) === undefined;
}

/** An inflected adjective without its ending, as written: Hohen → Hoh, Technischen → Technisch. */
function adjectiveStem(text: string): string {
  return text.replace(/(?:en|em|er|es|e)$/u, "");
}

/**
 * Heads of an organisation's name after a capitalised adjective: Technisches Hilfswerk, Deutscher Alpenverein,
 * offices (Auswärtiges Amt, Statistisches Bundesamt, Bayerisches Landesamt für Denkmalpflege),
 * Deutsche Post, Europäische Kommission, Freiwillige Feuerwehr, Deutsche Forschungsgemeinschaft, Europäische
 * Weltraumorganisation; museums, galleries, collections and libraries
 * (Neues Museum, Alte Pinakothek, Staatliche Kunstsammlungen, Deutsche Nationalbibliothek), Rotes Kreuz, and churches
 * as bodies (Evangelische Kirche in Deutschland, Evangelische Landeskirche in Württemberg, Neuapostolische Kirche),
 * unions (Junge Union, Deutsche Eislauf-Union), hospitals (Evangelisches Klinikum Bethel, Städtisches Krankenhaus),
 * agencies, authorities and institutes (Europäische Arzneimittel-Agentur, Deutsche Presse-Agentur, Deutsches
 * Institut für Wirtschaftsforschung) and places of learning (Technische Universität, Evangelische Akademie):
 * the capital of the adjective makes it a name; "die katholische Kirche" stays an adjective and a noun.
 */
const ORGANISATION_HEAD =
  /(?:amt|verein|werk|bund|verband|partei|post|bahn|wähler|vereinigung|gesellschaft|gemeinschaft|organisation|stiftung|genossenschaft|gewerkschaft|liga|wacht|dienst|rundfunk|allianz|kommission|wehr|zeitung|ministerium|staatskanzlei|museum|galerie|nationalgalerie|pinakothek|sammlung|sammlungen|kunsthalle|staatsoper|bibliothek|kreuz|kirche|union|klinikum|klinik|krankenhaus|agentur|behörde|institut|universität|hochschule|akademie)$/u;

/**
 * Heads of a body's name that say what it is for with "für": Sächsisches Staatsministerium für Wissenschaft,
 * Deutsche Gesellschaft für Ernährung, Bayerisches Landesamt für Umwelt.
 */
const FOR_HEAD =
  /(?:ministerium|amt|gesellschaft|stiftung|verband|verein|vereinigung|kommission|bund|agentur|behörde|institut|hochschule|akademie)$/u;

/** Whether tokens i to head stand in quotation marks right after an article ("die „Wartende Frau“"). */
function quotedAfterArticle(tokens: readonly Token[], i: number, head: number): boolean {
  const open = tokens[i - 1];
  const close = tokens[head + 1];
  const article = word(tokens, i - 2)?.toLowerCase() ?? "";
  return (
    open?.type === "punct" &&
    OPENING.has(open.text) &&
    close?.type === "punct" &&
    CLOSING.has(close.text) &&
    functionWord(article).some((r) => r.pos === "det")
  );
}

/**
 * "Erich-Kästner-Stadion", "Otto-Mayr-Hütte", "Robert-Koch-Institut": a compound of three or more
 * capitalised parts whose first is a first name or no German word is named after someone, whatever its head
 * (streets have their own rule), named in its base form (des Erich-Kästner-Stadions). "Nord-Süd-Verbindung"
 * starts with a German word and stays a noun.
 */
function personCompoundAt(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || !/^(?:\p{Lu}\p{Ll}+-){2,}\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  const parts = text.split("-");
  const first = parts[0] ?? "";
  const head = parts[parts.length - 1] ?? "";
  if (nounLemmas(lex, head).length === 0) return undefined;
  const named = lex.isFirstName(first.toLowerCase()) || dictionaryName(lex, first) !== undefined;
  if (!named && !(unknownWord(lex, first) && splitCompound(lex, first) === undefined)) return undefined;
  // "des Erich-Kästner-Stadions", "des Lahn-Dill-Kreises": the name in its base form.
  const name = [...parts.slice(0, -1), singularOfGenitive(lex, head)].join("-");
  return { from: i, to: i, name, known: false, sure: true };
}

/**
 * A first name in a compound's first part, bare or in the old genitive: Alexander(platz), Nikolai(viertel),
 * Marien(platz) and Theresien(wiese) of Maria and Theresia, Pauls(kirche), Karls(tor).
 */
function givenNameStem(lex: Lexicon, stem: string): boolean {
  const forms = [stem, stem.replace(/s$/u, ""), stem.replace(/ien$/u, "ia"), stem.replace(/n$/u, "")];
  return forms.some((f) => /^\p{Lu}\p{Ll}{2,}$/u.test(f) && (lex.isFirstName(f.toLowerCase()) || listedFirstName(f)));
}

/**
 * Heads of places and buildings that compounds on a person's or a foreign name name: Pergamonmuseum, Élysée-Palast;
 * districts named after a prince (Johannstadt, Friedrichstadt) and regions after their river (Emsland, Havelland);
 * broadcasters named after the land or the quarter of it they serve (Deutschlandfunk, Südwestrundfunk).
 */
const BUILDING_HEAD =
  /(platz|straße|allee|brücke|viertel|quartier|wiese|kirche|kapelle|dom|turm|tor|park|garten|museum|palast|theater|stadion|arena|halle|philharmonie|zelt|bahn|pass|stadt|land|rundfunk|funk|radio)(es|s)?$/u;

/** A point of the compass as a compound's first part: Nord, Südwest, Nordost. */
const COMPASS_STEM = /^(?:Nord|Süd|Ost|West)(?:west|ost)?$/u;

/**
 * "am Alexanderplatz", "im Nikolaiviertel", "im Humpis-Quartier", "auf der Theresienwiese", "des
 * Pergamonmuseums", "im Élysée-Palast", "über den Reschenpass": a compound the dictionary lacks, on the head of a place or a
 * building, whose first part is a first name (Alexander, Marien of Maria) or, before a hyphen or a museum or
 * palace, no German word at all, names that one place, in its base form; so does a river's or a land's name
 * before a concert hall, hall, park or stadium (Elbphilharmonie, Neckarhalle, Hessenpark). "Parkplatz",
 * "Stadtmuseum", "Marktplatz", "Stadthalle" start with German words and stay nouns.
 */
function namedBuildingAt(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const text = word(tokens, i);
  // "in der Sankt-Nikolai-Kirche": Sankt before the saint's name, hyphenated, is part of the name.
  if (!text || !/^(?:Sankt-)?\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?$/u.test(text)) return undefined;
  const head = BUILDING_HEAD.exec(text.toLowerCase());
  // Ding lists some as a noun whose English is the name itself (Alexanderplatz: Alexanderplatz).
  const entries = lex.entries(text);
  const asName = entries.length > 0 && entries.every((e) => e.senses[0]?.glosses[0] === text);
  if (!head || (!asName && (entries.length > 0 || listedNounLemmas(lex, text).length > 0))) return undefined;
  // "Schottenhamel-Festzelt": before a hyphen the first part is the whole modifier.
  const hyphen = text.lastIndexOf("-");
  const stem = (hyphen > 0 ? text.slice(0, hyphen) : text.slice(0, text.length - head[0].length)).replace(
    /^Sankt-/u,
    "",
  );
  if (stem.length < 3) return undefined;
  const name = text.slice(0, text.length - (head[2]?.length ?? 0));
  // A closed compound on an unknown word is as often an unknown common noun; a hyphen or a museum's or
  // palace's head says name (over all heads, the held-out treebank lost two nouns to names).
  const foreignStem =
    (hyphen > 0 || /^(?:museum|palast)$/u.test(head[1] ?? "")) &&
    unknownWord(lex, stem) &&
    splitCompound(lex, stem) === undefined &&
    !lex.isEnglish(stem.toLowerCase());
  // "die Zugspitzbahn", "die Wendelsteinbahn": a railway or cable car named by the summit, range or river it serves.
  const landscapeRailway = head[1] === "bahn" && [stem, `${stem}e`].some((s) => landscapeNamed(s) !== undefined);
  // "die Elbphilharmonie", "in die Neckarhalle", "im Hessenpark": a hall, park or stadium named by the river or
  // land it stands by (Elb of Elbe); bridges and banks so named are common nouns (die Rheinbrücke, am Rheinufer).
  // "im Emsland", "das Havelland": so is the land along a river.
  const placeBuilding =
    /^(?:philharmonie|park|stadion|arena|halle|land)$/u.test(head[1] ?? "") &&
    [stem, `${stem}e`].some(
      (s) => placeNamed(s) !== undefined || landscapeNamed(s) !== undefined || dictionaryName(lex, s) !== undefined,
    );
  // "über den Reschenpass", "mit der Tegelbergbahn": a pass is named by the place it crosses and a cable car
  // by its summit (-berg, -horn, -kopf, -stein, -joch); neither stem is a German word (Reisepass, Hausbergbahn
  // and Skipass start with one, and the dictionary lists many).
  const mountainStem =
    /^\p{Lu}\p{Ll}{3,}$/u.test(stem) &&
    unknownWord(lex, stem) &&
    (head[1] === "pass"
      ? splitCompound(lex, stem) === undefined
      : head[1] === "bahn" &&
        /(?:berg|horn|kopf|stein|joch)$/u.test(stem) &&
        unknownWord(lex, stem.replace(/(?:berg|horn|kopf|stein|joch)$/u, "")));
  // "der Deutschlandfunk", "beim Südwestrundfunk": a broadcaster named by its land or a quarter of the country;
  // Hörfunk, Mobilfunk and Polizeifunk start with other words.
  const broadcaster =
    /^(?:rundfunk|funk|radio)$/u.test(head[1] ?? "") &&
    (placeNamed(stem) !== undefined || dictionaryName(lex, stem) !== undefined || COMPASS_STEM.test(stem));
  const named =
    givenNameStem(lex, stem) || foreignStem || landscapeRailway || placeBuilding || mountainStem || broadcaster;
  return named ? { from: i, to: i, name, known: false, sure: true } : undefined;
}

/**
 * Events, fairs and sites that a town's or a firm's name written apart before them names, as English does: der
 * Frankfurt Marathon, die Hannover Messe, die Meyer Werft, die Seidensticker Halle.
 */
const SITE_OR_EVENT =
  /^(?:Marathon|Marathons|Lauf|Laufs|Festival|Festivals|Messe|Werft|Halle|Arena|Stadion|Stadions|Cup|Pokal|Pokals|Open|Turnier|Turniers|Rallye)$/u;

/**
 * "beim Frankfurt Marathon", "auf der Hannover Messe", "auf der Meyer Werft": a town's or a firm's name written
 * apart right before a fair's, an event's or a site's noun, both after an article that goes with that noun, is
 * one name with it: German writes an ordinary modifier into the compound (Stadtmarathon, Frankfurt-Marathon),
 * and an article before a bare name could not go with a town (der, die: Hannover is das). Only a town, a
 * surname no dictionary has or a word the dictionary lacks, a compound of its words among them ("in die
 * Seidensticker Halle": a firm named after its founder; a modifier of the kind would be written into the
 * compound): a country may take its own article ("in der Türkei Halle …"), and a first name may be a person's
 * after a colloquial article ("der Anna"); a word the dictionary has stays ("in der Stadt Halle").
 */
function nameBeforeSiteAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const head = word(tokens, i + 1);
  const article = word(tokens, i - 1)?.toLowerCase() ?? "";
  if (!text || !head || !SITE_OR_EVENT.test(head) || !/^\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  if (!adjacent(sentence, tokens[i - 1], tokens[i]) || !adjacent(sentence, tokens[i], tokens[i + 1])) return undefined;
  if (capitalised(word(tokens, i + 2)) && adjacent(sentence, tokens[i + 1], tokens[i + 2])) return undefined;
  const genders = singularGenders(articleReadings(article));
  const gender = nounGender(lex, head);
  if (!genders || !gender || !genders.includes(gender)) return undefined;
  const town = placeOrTownNamed(text);
  const named =
    (town !== undefined && (town.kind === "city" || town.kind === "town")) ||
    (lex.isSurname(text.toLowerCase()) && noGermanReading(lex, text)) ||
    unknownWord(lex, text);
  if (!named || lex.isFirstName(text.toLowerCase()) || listedFirstName(text)) return undefined;
  return span(tokens, sentence, i, i + 1, `${text} ${singularOfGenitive(lex, head)}`);
}

/** Articles before a word that make it a common noun's phrase ("das Wetter an der Ruhr"), not a town's name. */
const TOWN_ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines"]);

/**
 * "im Schloss Neuburg am Inn", "in Wangen im Allgäu", "nach Wetter an der Ruhr": a town of the gazetteer, then
 * am or im before a river, range or region of masculine or neuter gender, or an der or in der before a feminine
 * one, is one name: German tells towns of one name apart by where they lie (Neuburg an der Donau), and the
 * gazetteer lists only the larger. A town that is also a common noun is one only after a preposition of
 * place ("das Wetter an der Ruhr" is the weather); "an der Ruhr entlang" is the river's course.
 */
function townOnRiverAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const prep = word(tokens, i + 1);
  if (!text || !prep || !/^\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  const town = placeOrTownNamed(text);
  if (town?.kind !== "city" && town?.kind !== "town") return undefined;
  const fused = prep === "am" || prep === "im";
  const feminine = (prep === "an" || prep === "in") && word(tokens, i + 2) === "der";
  if (!fused && !feminine) return undefined;
  const to = fused ? i + 2 : i + 3;
  const where = word(tokens, to);
  if (!where || !/^\p{Lu}\p{Ll}+$/u.test(where)) return undefined;
  for (let k = i + 1; k <= to; k++) if (!adjacent(sentence, tokens[k - 1], tokens[k])) return undefined;
  if (capitalised(word(tokens, to + 1)) && adjacent(sentence, tokens[to], tokens[to + 1])) return undefined;
  if (ALONG_COURSE.has(word(tokens, to + 1) ?? "")) return undefined;
  // A country or a lake says where a town lies, beside its name ("Romanshorn in der Schweiz", "Lindau am Bodensee").
  const landscape = landscapeNamed(where);
  const land = placeNamed(where) || /see$/u.test(where) ? undefined : dictionaryName(lex, where);
  if (!landscape && !land) return undefined;
  const gender = landscape?.gender ?? land?.gender;
  if (gender && (gender === "f") !== feminine) return undefined;
  const before = word(tokens, i - 1)?.toLowerCase() ?? "";
  if (TOWN_ARTICLES.has(before)) return undefined;
  if (commonNoun(lex, text) && !PLACE_PREPOSITIONS.has(before)) return undefined;
  return span(tokens, sentence, i, to);
}

/** Words after a river's name that say one follows its course: "an der Ruhr entlang". */
const ALONG_COURSE = new Set(["entlang", "flussaufwärts", "flussabwärts", "stromaufwärts", "stromabwärts"]);

/** English heads of sports events, German writes them apart as English does: Grand Prix, Open, Masters, Cup. */
const ENGLISH_EVENT = /^(?:Grand Prix|Open|Masters|Cup|Trophy|Classic|Championships?)$/u;

/** Words an event's name opens after: an article or a preposition fused with one (beim, im, zum). */
const BEFORE_EVENT = new Set(["der", "die", "das", "den", "dem", "des", "beim", "im", "am", "vom", "zum", "ins"]);

/**
 * "beim Porsche Tennis Grand Prix", "die BMW International Open": capitalised words written apart right
 * before an English event's head, after an article, are that event's name with it, as in English: a German
 * modifier would be written into a compound (Tennisturnier). "Grand Prix" takes one word or more before it
 * (the sponsor's), the shorter heads two or more, as one word before them is nameBeforeSiteAt's.
 */
function englishEventAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  if (!BEFORE_EVENT.has(word(tokens, i - 1)?.toLowerCase() ?? "") || !adjacent(sentence, tokens[i - 1], tokens[i]))
    return undefined;
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const text = word(tokens, k);
    if (!text || !adjacent(sentence, tokens[k - 1], tokens[k])) return undefined;
    const grand = text === "Grand" && word(tokens, k + 1) === "Prix" && adjacent(sentence, tokens[k], tokens[k + 1]);
    const head = grand ? "Grand Prix" : text;
    if (k > i && ENGLISH_EVENT.test(head) && (grand || k - i >= 2)) {
      const to = grand ? k + 1 : k;
      if (capitalised(word(tokens, to + 1)) && adjacent(sentence, tokens[to], tokens[to + 1])) return undefined;
      return span(tokens, sentence, i, to);
    }
    // An inflected adjective ("Der Deutsche Grand Prix") would need its base form as the name's: left alone.
    const lower = text.toLowerCase();
    if (!/^\p{Lu}[\p{L}\p{N}-]*$/u.test(text) || functionWord(lower).length > 0) return undefined;
    if (/(?:e|em|en|er|es)$/u.test(lower) && adjectiveLemmas(lex, lower).length > 0) return undefined;
  }
  return undefined;
}

/** Heads of events named after a person or a place: Festtage, Festspiele, Festival, Marathon, Preis, Pokal. */
const EVENT_HEAD =
  /^(?:Festtage|Festtagen|Festspiele|Festspielen|Festival|Festivals|Fest|Festes|Festwoche|Marathon|Marathons|Lauf|Laufs|Preis|Preises|Pokal|Pokals|Cup|Turnier|Turniers|Rallye|Tage|Tagen|Woche|Wochen)$/u;

/**
 * "bei den Mendelssohn-Festtagen", "beim Peene-Marathon", "der Büchner-Preis", "die Bach-Woche": a person's or a
 * place's name before a hyphen and an event's head name that one event (the Marathon of the Peene, not a
 * kind of marathon), in its base form (des Büchner-Preises, den Mendelssohn-Festtagen → -Festtage).
 */
function namedEventAt(lex: Lexicon, tokens: readonly Token[], i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const m = text ? /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(text) : null;
  const [, first = "", head = ""] = m ?? [];
  if (!m || !EVENT_HEAD.test(head)) return undefined;
  const named =
    lex.isFirstName(first.toLowerCase()) ||
    // Sommer and Winter are surnames too: a surname that is a common noun names a season's festival.
    // … and the small towns the gazetteer holds are often words (Herbst, Laufen).
    ((lex.isSurname(first.toLowerCase()) || placeOrTownNamed(first) !== undefined) &&
      nounLemmas(lex, first).length + listedNounLemmas(lex, first).length === 0) ||
    placeNamed(first) !== undefined ||
    landscapeNamed(first) !== undefined ||
    dictionaryName(lex, first) !== undefined ||
    (unknownWord(lex, first) && splitCompound(lex, first) === undefined);
  if (!named) return undefined;
  // A plural's dative (Festtagen, Festspielen) names the event in its nominative plural.
  const base = /(?:tage|spiele)n$/u.test(head) ? head.slice(0, -1) : singularOfGenitive(lex, head);
  return { from: i, to: i, name: `${first}-${base}`, known: false, sure: true };
}

/**
 * "das Leibniz-Institut für Plasmaforschung", "am Fraunhofer-Institut für Solare Energiesysteme", "das
 * Helmholtz-Zentrum für Umweltforschung", "die Max-Planck-Gesellschaft": an institute, research centre, society,
 * academy or university named after someone (a hyphenated compound whose first part is a name or
 * no German word) is a name, and so is what it is "für" (capitalised words up to the first small one).
 */
function namedInstituteAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || !/^(?:\p{Lu}\p{Ll}+-)+\p{Lu}\p{Ll}+$/u.test(text)) return undefined;
  const parts = text.split("-");
  const first = parts[0] ?? "";
  const head = singularOfGenitive(lex, parts[parts.length - 1] ?? "");
  if (
    !/^(?:Institut|Zentrum|Gesellschaft|Universität|Hochschule|Akademie|Klinikum|Gymnasium|Museum|Stiftung)$/u.test(
      head,
    )
  )
    return undefined;
  // "die Johannes Gutenberg-Universität": a first name before it, written apart, says the first part is a surname.
  const given = word(tokens, i - 1) ?? "";
  const from =
    /^\p{Lu}\p{Ll}+$/u.test(given) &&
    (lex.isFirstName(given.toLowerCase()) || listedFirstName(given)) &&
    adjacent(sentence, tokens[i - 1], tokens[i])
      ? i - 1
      : i;
  const named =
    from < i ||
    lex.isFirstName(first.toLowerCase()) ||
    lex.isSurname(first.toLowerCase()) ||
    dictionaryName(lex, first) !== undefined ||
    (unknownWord(lex, first) && splitCompound(lex, first) === undefined);
  if (!named) return undefined;
  let to = i;
  // "die Johannes Gutenberg-Universität Mainz": a university's seat right after it belongs to the name.
  const seat = word(tokens, i + 1);
  if (
    /^(?:Universität|Hochschule|Akademie|Klinikum)$/u.test(head) &&
    seat !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(seat) &&
    placeOrTownNamed(seat) !== undefined &&
    adjacent(sentence, tokens[i], tokens[i + 1]) &&
    !capitalised(word(tokens, i + 2))
  )
    to = i + 1;
  if (word(tokens, i + 1) === "für" && capitalised(word(tokens, i + 2))) {
    for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
      const w = word(tokens, k);
      if (!capitalised(w) || !adjacent(sentence, tokens[k - 1], tokens[k])) break;
      to = k;
    }
  }
  const rest = to > i ? sentence.slice(tokens[i + 1]?.start ?? 0, endOf(tokens[to])) : "";
  const compound = [...parts.slice(0, -1), head].join("-");
  return span(tokens, sentence, from, to, [from < i ? given : "", compound, rest].filter(Boolean).join(" "));
}

/** Articles after a preposition that starts a name: Unter den Linden, An der Alster, Auf dem Kreuzberg. */
const NAME_ARTICLES = new Set(["den", "der", "dem", "die", "das"]);

/**
 * "der Boulevard Unter den Linden", "wir wohnen An der Alster 5": inside a sentence German writes a
 * preposition small, so a capitalised one (its article may follow) before a capitalised word starts a name,
 * a street's or a house's, which runs over the capitalised words after it. After a colon, a quotation mark or
 * at a sentence's start the capital says nothing.
 */
function prepositionNameAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || !NAME_PREPOSITIONS.has(text) || isSentenceInitial(tokens, i) || tokens[i - 1]?.type !== "word")
    return undefined;
  let j = i + 1;
  if (NAME_ARTICLES.has(word(tokens, j) ?? "") && adjacent(sentence, tokens[i], tokens[j])) j++;
  if (!capitalised(word(tokens, j)) || !adjacent(sentence, tokens[j - 1], tokens[j])) return undefined;
  let to = j;
  while (capitalised(word(tokens, to + 1)) && adjacent(sentence, tokens[to], tokens[to + 1])) to++;
  return span(tokens, sentence, i, to);
}

/** A federal or state authority's noun: Bundesagentur, Bundesamt, Landesamt, Bundesministerium, Bundeszentrale. */
const AUTHORITY =
  /^(?:Bundes|Landes)\p{Ll}*(?:agentur|amt|amtes|amts|anstalt|ministerium|ministeriums|zentrale|behörde)$/u;

/**
 * "das Bundeskartellamt", "beim Bundeskriminalamt", "das Bundesverfassungsgericht", "der Bundesgerichtshof": a
 * federal office or court whose compound says what it does (a part between Bundes and the head) is the one body
 * of that name; a bare Bundesamt or Landgericht is a kind of body.
 */
const FEDERAL_BODY =
  /^Bundes\p{Ll}{4,}(?:amt|amtes|amts|gericht|gerichts|gerichtes|gerichtshof|gerichtshofs|gerichtshofes)$/u;

/**
 * "die Bundesagentur für Arbeit", "beim Bundesamt für Migration und Flüchtlinge": a federal or state authority
 * and what it is "für" (capitalised words, joined by und) are one name, in its base form (des Bundesamtes).
 */
function authorityAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (text && FEDERAL_BODY.test(text) && word(tokens, i + 1) !== "für")
    return span(tokens, sentence, i, i, singularOfGenitive(lex, text));
  if (!text || !AUTHORITY.test(text) || word(tokens, i + 1) !== "für" || !capitalised(word(tokens, i + 2)))
    return undefined;
  let to = i + 2;
  for (let k = i + 3; k < Math.min(tokens.length, i + 7); k++) {
    const w = word(tokens, k);
    if (!w || !adjacent(sentence, tokens[k - 1], tokens[k])) break;
    if (w === "und" && capitalised(word(tokens, k + 1))) continue;
    if (!capitalised(w) || functionWord(w.toLowerCase()).length > 0) break;
    to = k;
  }
  const rest = sentence.slice(tokens[i + 1]?.start ?? 0, endOf(tokens[to]));
  return span(tokens, sentence, i, to, `${singularOfGenitive(lex, text)} ${rest}`);
}

/**
 * "Brenner & Söhne", "Müller & Co.", "Kiepenheuer & Witsch": two capitalised words joined by an ampersand
 * name a firm (German writes "und" between ordinary words), whatever the words are on their own.
 */
function ampersandNameAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const amp = tokens[i + 1];
  if (!capitalised(word(tokens, i)) || amp?.text !== "&" || !capitalised(word(tokens, i + 2))) return undefined;
  if (!/^ & $/.test(sentence.slice(endOf(tokens[i]), tokens[i + 2]?.start))) return undefined;
  // "Müller & Co.": the abbreviation's full stop is part of the name.
  const stop = tokens[i + 3];
  const to =
    word(tokens, i + 2) === "Co" && stop?.text === "." && adjacent(sentence, tokens[i + 2], stop) ? i + 3 : i + 2;
  return span(tokens, sentence, i, legalFormAfter(tokens, sentence, to) ?? to);
}

/**
 * "Hahn & Kolb Medizintechnik GmbH", "Müller & Co. KG": capitalised words after a firm's name that end in a
 * legal form belong to it. Returns the legal form's last token, if one ends the run after token `to`.
 */
function legalFormAfter(tokens: readonly Token[], sentence: string, to: number): number | undefined {
  for (let j = to + 1; j < Math.min(tokens.length, to + 4); j++) {
    if (!adjacent(sentence, tokens[j - 1], tokens[j])) return undefined;
    const end = legalFormAt(tokens, sentence, j);
    if (end !== undefined) return end;
    if (!capitalised(word(tokens, j))) return undefined;
  }
  return undefined;
}

/**
 * Institutions, bodies and events that take a place's name into their own: "Universität Greifswald",
 * "Polizeiinspektion Anklam", "Studierendenwerk Greifswald", "Landesbank Baden-Württemberg", "Filmfest
 * Hamburg", "Naturschutzbund Deutschland", "Kupferstichkabinett Berlin", "Zoo Leipzig",
 * "Staatsweingut Meersburg", "Tennisclub Freiburg", "Flughafen Rostock-Laage", and a zoo by
 * its other names ("Tiergarten Nürnberg", "Wildpark Gangelt").
 */
const BODY_HEAD =
  /(?:universität|hochschule|akademie|institut|klinikum|flughafen|inspektion|präsidium|direktion|werk|bank|bund|verband|club|klub|fest|festival|messe|museum|oper|orchester|philharmonie|galerie|sammlung|sammlungen|kunsthalle|kabinett|zoo|tierpark|tiergarten|wildpark|vogelpark|weingut)$/u;

/** Compounds that already say whose they are (Stadtbibliothek, Kreisverwaltung, Landkreis): the place after them names the town. */
const OWNED_BY_PLACE = /^(?:Stadt|Kreis|Land|Gemeinde|Dorf)(?!es)\p{Ll}/u;

/**
 * "die Universität Greifswald", "beim Filmfest Hamburg", "des Klinikums Region Hannover": a noun naming an
 * institution, body or event, right before a place the gazetteer knows (a Region or Kreis between), is one
 * name with it, in its base form (des Klinikums → Klinikum). "die Stadtbibliothek Heilbronn" keeps its
 * noun: the compound says already that the town's library is meant; so do the court and the savings bank
 * every district has, named by their seat (das Amtsgericht Bielefeld, die Sparkasse Marburg-Biedenkopf).
 */
function bodyOfPlaceAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const kind = word(tokens, i);
  // "das Gürzenich-Orchester Köln", "die Gutenberg-Universität Mainz": a hyphenated compound on such a noun too.
  if (!kind || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(kind) || OWNED_BY_PLACE.test(kind)) return undefined;
  // The place after it first: most capitalised words have none, and the checks on the body's word below
  // look it up in the lexicon.
  let at = i + 1;
  if (/^(?:Region|Kreis)$/u.test(word(tokens, at) ?? "") && adjacent(sentence, tokens[i], tokens[at])) at++;
  const place = word(tokens, at);
  if (!place || !adjacent(sentence, tokens[at - 1], tokens[at])) return undefined;
  const parts = place.split("-");
  // "das Klinikum Lippe", "die Hochschule Harz": a river, range or region the body serves names it too.
  const known = (w: string) =>
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w) &&
    (placeOrTownNamed(w) !== undefined || landscapeNamed(w) !== undefined);
  if (!known(place) && !parts.every(known)) return undefined;
  // "die Bank Hamburgs Werften" aside, a capitalised word right after the place belongs to something else.
  if (capitalised(word(tokens, at + 1)) && adjacent(sentence, tokens[at], tokens[at + 1])) return undefined;
  // An institute named after someone is namedInstituteAt's, which takes a first name written before it too.
  if (kind.includes("-") && namedInstituteAt(lex, tokens, sentence, i)) return undefined;
  const base = singularOfGenitive(lex, kind);
  const head = BODY_HEAD.exec(base.toLowerCase())?.[0];
  // A bare Bund, Werk or Fest is the word; only a compound on it names a body (Naturschutzbund, Filmfest).
  if (!head || (/^(?:werk|bank|bund|fest)$/u.test(head) && base.length === head.length)) return undefined;
  if (nounLemmas(lex, kind).length + listedNounLemmas(lex, kind).length === 0 && !splitCompound(lex, kind))
    return undefined;
  const rest = sentence.slice(tokens[i + 1]?.start ?? 0, endOf(tokens[at]));
  return span(tokens, sentence, i, at, `${base} ${rest}`);
}

/**
 * "Karl der Große", "Katharina die Große", "Ludwig der Fromme": a first name, der or die and a capitalised
 * adjective in its weak -e form name one ruler or saint, their epithet part of the name. The adjective must
 * end the phrase: before a capitalised noun it starts a name of its own ("als Paul die Große Mauer sah").
 */
function epithetNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const given = word(tokens, i);
  const article = word(tokens, i + 1);
  const epithet = word(tokens, i + 2);
  if (!given || !/^\p{Lu}\p{Ll}+$/u.test(given) || (article !== "der" && article !== "die")) return undefined;
  if (!epithet || !/^\p{Lu}\p{Ll}+e$/u.test(epithet) || !adjectiveForm(lex, epithet)) return undefined;
  if (!adjacent(sentence, tokens[i], tokens[i + 1]) || !adjacent(sentence, tokens[i + 1], tokens[i + 2]))
    return undefined;
  if (!lex.isFirstName(given.toLowerCase()) && !listedFirstName(given)) return undefined;
  const after = tokens[i + 3];
  if (after?.type === "word" && capitalised(after.text) && adjacent(sentence, tokens[i + 2], after)) return undefined;
  return span(tokens, sentence, i, i + 2);
}

/**
 * "an Hersteller wie Gazelle und Riese & Müller", "Konzerne wie Bosch": a capitalised word right after wie
 * that follows a kind of business names one of that kind, an example given by its name, though a noun is
 * spelled so (die Gazelle, an antelope): a kind is illustrated by its members, and a noun after wie would
 * compare ("schnell wie eine Gazelle") with its article.
 */
function kindExampleAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  if (!text || word(tokens, i - 1) !== "wie" || !kindNoun(word(tokens, i - 2) ?? "")) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || functionWord(text.toLowerCase()).length > 0) return undefined;
  if (!adjacent(sentence, tokens[i - 2], tokens[i - 1]) || !adjacent(sentence, tokens[i - 1], tokens[i]))
    return undefined;
  // "Hersteller wie Riese & Müller": the firm's whole name is the ampersand rule's.
  if (capitalised(word(tokens, i + 1)) || tokens[i + 1]?.text === "&") return undefined;
  return span(tokens, sentence, i, i);
}

/** Romance particles that join a town to the island, region or saint it is of; German has none of them as words. */
const PLACE_PARTICLES = new Set(["de", "del", "di", "do", "dos"]);

/**
 * "nach Palma de Mallorca": a town of the gazetteer, a Romance particle and a capitalised word are one town's
 * name, where the lists hold only the town (Palma): Spanish, Portuguese and Italian name a town by what it is
 * of (Palma of Mallorca, Santiago de Compostela), and no German word is spelled as the particle.
 */
function romancePlaceAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const town = word(tokens, i);
  const after = word(tokens, i + 2);
  if (!town || !after || !PLACE_PARTICLES.has(word(tokens, i + 1) ?? "")) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(town) || !/^\p{Lu}\p{Ll}+$/u.test(after)) return undefined;
  if (!adjacent(sentence, tokens[i], tokens[i + 1]) || !adjacent(sentence, tokens[i + 1], tokens[i + 2]))
    return undefined;
  const place = placeOrTownNamed(town);
  if (!place || (place.kind !== "city" && place.kind !== "town")) return undefined;
  return { ...span(tokens, sentence, i, i + 2), known: true };
}

/** Name phrases in a sentence, found before the name finder's other rules, which skip the words they cover. */
/** Ding's labels of an animal's senses: zoology, birds, fish, insects. */
const ANIMAL_DOMAINS = new Set(["zool.", "ornith.", "ichth.", "entom."]);

/**
 * "Die Eisbären Regensburg", "gegen die Löwen Frankfurt", "die Adler Mannheim": a sports club named by an animal
 * in the plural and its town. The plural of a noun whose first sense is an animal's, written right before a city
 * or town with nothing between, is that club, one name. "die Städte Hamburg und Bremen", "die Verlage Suhrkamp"
 * name no animal; "die Wölfe Brandenburgs" is a genitive, no town's name as written.
 */
function animalClubAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const text = word(tokens, i);
  const town = word(tokens, i + 1);
  if (!text || !town || !capitalised(text) || !capitalised(town) || !adjacent(sentence, tokens[i], tokens[i + 1]))
    return undefined;
  if (!placeOrTownNamed(town)) return undefined;
  const animal = nounLemmas(lex, text).some(
    (e) => e.plurals.includes(text) && (e.senses[0]?.domains ?? []).some((d) => ANIMAL_DOMAINS.has(d)),
  );
  return animal ? span(tokens, sentence, i, i + 1, `${text} ${town}`) : undefined;
}

/**
 * A sponsor's name before a club's: an acronym (MHP, EWE) or a capitalised word that is no common noun and
 * no adjective, verb or function word (Telekom, a rare noun; Brose, no word at all).
 */
function sponsorWord(lex: Lexicon, text: string): boolean {
  const lower = text.toLowerCase();
  if (/^\p{Lu}{2,5}$/u.test(text)) return functionWord(lower).length === 0;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(text) || commonNoun(lex, text) || placeOrTownNamed(text)) return false;
  // A compound says what the team is ("der Gastgeber", "die Schachfreunde"); a sponsor's word is simple.
  if (splitCompound(lex, text)) return false;
  return (
    adjectiveLemmas(lex, lower).length === 0 && lex.verbsOf(lower).length === 0 && functionWord(lower).length === 0
  );
}

/**
 * "die Telekom Baskets Bonn", "gegen die MHP Riesen Ludwigsburg", "die EWE Baskets Oldenburg": a club that
 * carries its sponsor's name is the sponsor (an acronym or a word German has not), the team's name in the
 * plural (a noun's plural or a foreign word on -s) and its town, one name of three words. A capitalised word
 * right after the town belongs to something else; a known town first ("Bonn Riesen") is no sponsor.
 */
function sponsorClubAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const sponsor = word(tokens, i);
  const team = word(tokens, i + 1);
  const town = word(tokens, i + 2);
  if (!sponsor || !team || !town) return undefined;
  // The shape of the three words first: every capitalised word of a text is tried, and sponsorWord looks
  // each up in the lexicon.
  if (!/^\p{Lu}\p{Ll}+$/u.test(team) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(town)) return undefined;
  if (!adjacent(sentence, tokens[i], tokens[i + 1]) || !adjacent(sentence, tokens[i + 1], tokens[i + 2]))
    return undefined;
  if (!placeOrTownNamed(town) || !sponsorWord(lex, sponsor)) return undefined;
  // A common plural is what the sponsor has ("die ADAC Mitglieder"); a club calls itself Riesen, Baskets, Haie.
  const of = nounLemmas(lex, team).filter((e) => e.plurals.includes(team));
  const rare = of.every((e) => (lex.rank(e.lemma.toLowerCase()) ?? Number.POSITIVE_INFINITY) >= 5_000);
  // A compound is a thing the sponsor runs ("die KVB Ersatzbusse Köln"): a team takes a simple word.
  const plural = (of.length > 0 && rare && !splitCompound(lex, team)) || (team.endsWith("s") && foreignWord(lex, team));
  if (!plural || placeOrTownNamed(team)) return undefined;
  const after = tokens[i + 3];
  if (after?.type === "word" && capitalised(after.text) && adjacent(sentence, tokens[i + 2], after)) return undefined;
  return span(tokens, sentence, i, i + 2);
}

/**
 * "der Förderpreis Neues Deutsches Kino", "der Filmpreis Bester Nachwuchs": a capitalised adjective in the
 * middle of a sentence right after a compound on -preis (a prize), with the capitalised noun it goes with, is
 * the prize's name, and the prize's own word belongs to it (the adjective would be written small after a
 * common noun). The lemma is the prize in its base form (des Förderpreises → Förderpreis) and the rest as
 * written. A bare Preis is as often a price ("der Preis Neuer Wagen", a misprint) and is left alone.
 */
function prizeNameAt(lex: Lexicon, tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const prize = word(tokens, i);
  if (!prize || !/^\p{Lu}\p{Ll}*preis(?:es|s)?$/u.test(prize)) return undefined;
  const base = singularOfGenitive(lex, prize);
  if (!/preis$/u.test(base)) return undefined;
  let head = i + 1;
  while (adjectiveForm(lex, word(tokens, head) ?? "") && adjacent(sentence, tokens[head - 1], tokens[head])) head++;
  const noun = word(tokens, head);
  if (head === i + 1 || !noun || !/^\p{Lu}\p{Ll}+$/u.test(noun) || !adjacent(sentence, tokens[head - 1], tokens[head]))
    return undefined;
  if (functionWord(noun.toLowerCase()).length > 0 || nounLemmas(lex, noun).length === 0) return undefined;
  const rest = sentence.slice(tokens[i + 1]?.start ?? 0, endOf(tokens[head]));
  return span(tokens, sentence, i, head, `${base} ${rest}`);
}

/** Words a firm's acronym is written before, apart, in its name: "DZ Bank", "ING Group", "BMW Group". */
const ACRONYM_FIRM_HEAD = new Set(["Bank", "Bankengruppe", "Gruppe", "Group", "Holding"]);

/**
 * "die DZ Bank", "der BMW Group": an acronym written apart right before Bank, Gruppe or Holding is a firm's
 * name with it (German would join a common noun to it with a hyphen: die EU-Kommission). A capitalised word
 * right after belongs to something else.
 */
function acronymFirmAt(tokens: readonly Token[], sentence: string, i: number): NameSpan | undefined {
  const acronym = word(tokens, i);
  const head = word(tokens, i + 1);
  if (!acronym || !head || !/^\p{Lu}{2,4}$/u.test(acronym) || !ACRONYM_FIRM_HEAD.has(head)) return undefined;
  if (!adjacent(sentence, tokens[i], tokens[i + 1]) || functionWord(acronym.toLowerCase()).length > 0) return undefined;
  const after = tokens[i + 2];
  if (after?.type === "word" && capitalised(after.text) && adjacent(sentence, tokens[i + 1], after)) return undefined;
  return span(tokens, sentence, i, i + 1);
}

export function namePhrases(lex: Lexicon, tokens: readonly Token[], sentence: string): NameSpan[] {
  const spans: NameSpan[] = [];
  let end = -1;
  for (let i = 0; i < tokens.length; i++) {
    let found =
      quotedTitleAt(lex, tokens, sentence, i) ??
      foreignTitleAt(lex, tokens, sentence, i) ??
      organisationAt(tokens, sentence, i) ??
      animalClubAt(lex, tokens, sentence, i) ??
      sponsorClubAt(lex, tokens, sentence, i) ??
      acronymFirmAt(tokens, sentence, i) ??
      ampersandNameAt(tokens, sentence, i) ??
      nameBeforeKindAt(lex, tokens, sentence, i) ??
      epithetNameAt(lex, tokens, sentence, i) ??
      prizeNameAt(lex, tokens, sentence, i) ??
      nameAfterKind(lex, tokens, sentence, i) ??
      bodyOfPlaceAt(lex, tokens, sentence, i) ??
      romancePlaceAt(tokens, sentence, i) ??
      kindExampleAt(tokens, sentence, i) ??
      englishEventAt(lex, tokens, sentence, i) ??
      nameBeforeSiteAt(lex, tokens, sentence, i) ??
      landmarkAt(lex, tokens, sentence, i) ??
      streetAt(lex, tokens, sentence, i) ??
      adjectiveNameAt(lex, tokens, sentence, i) ??
      namedInstituteAt(lex, tokens, sentence, i) ??
      authorityAt(lex, tokens, sentence, i) ??
      prepositionNameAt(tokens, sentence, i) ??
      personCompoundAt(lex, tokens, i) ??
      namedBuildingAt(lex, tokens, i) ??
      namedEventAt(lex, tokens, i) ??
      townOnRiverAt(lex, tokens, sentence, i) ??
      districtAt(lex, tokens, i);
    if (!found || found.from <= end) continue;
    // "im Schloss Neuburg am Inn": the town a kind noun names may lie on a river by name.
    const onRiver = found.from === found.to ? townOnRiverAt(lex, tokens, sentence, found.from) : undefined;
    if (onRiver) found = onRiver;
    // "die Rhein-Neckar-Verkehr GmbH": a legal form right after a name, whichever rule found it, ends that name.
    const legal = adjacent(sentence, tokens[found.to], tokens[found.to + 1])
      ? legalFormAt(tokens, sentence, found.to + 1)
      : undefined;
    if (legal !== undefined) {
      const form = sentence.slice(tokens[found.to + 1]?.start ?? 0, endOf(tokens[legal]));
      found = { ...found, to: legal, name: `${found.name} ${form}` };
    }
    spans.push(found);
    end = found.to;
    i = found.to;
  }
  return spans;
}
