// Compound splitting: modifier parts (with linking elements) + a final noun that may be inflected.
// Fewest parts win, then more frequent parts. A dictionary headword is split only when that helps a
// reader: its gloss shares words with its parts' glosses (Arbeitsplatz "workplace" = work + place), or it
// is rare while its parts are common (Internethändler). Plattform, Unternehmen, Festland stay whole.

import { functionWord } from "./closed-class";
import { gazetteerName, landscapeNamed, placeNamed } from "./gazetteer";
import { dictionaryName } from "./geographic-names";
import { contentWords } from "./gloss-words";
import { adjectives, nounLemmas, nouns, nounsOrFullForm, PARTICLE_SET } from "./lemmatize";
import type { LexEntry, Lexicon, LexSense } from "./lexicon";
import type { CompoundPart } from "./types";
import { capitalise, isCapitalised, lowerFirst } from "./word-shape";

export interface Segment {
  /** Surface text without the linking element. */
  text: string;
  lemma: string;
  link?: string;
  entry?: LexEntry;
  gloss: string;
  name?: boolean;
  /** A place's English name, for the composed gloss (Rhein|brücke: "Rhine bridge"). */
  english?: string;
  /** Finer split of a segment that is itself a compound (Wahlkampf → Wahl + Kampf). */
  sub?: Segment[];
}

export interface CompoundAnalysis {
  lemma: string;
  /** Noun entry of the last part: gender, plural and glosses come from it when the whole lacks them. */
  head?: LexEntry;
  gender?: "m" | "f" | "n";
  plural?: string;
  /** Top-level parts, before sub-compounds are expanded. */
  segments: Segment[];
  parts: CompoundPart[];
  /** Gloss built from the parts, for compounds the dictionary lacks. */
  composedGloss: string;
}

const LINKS = ["nen", "ens", "es", "en", "er", "n", "s", "e", ""];
// Prefixes that look like words but do not stand alone as compound parts (Unter|nehmen, Ver|sprechen).
const BLOCKED = new Set([
  ...PARTICLE_SET,
  "be",
  "ent",
  "er",
  "ge",
  "miss",
  "un",
  "ver",
  "zer",
  "über",
  "unter",
  "durch",
  "hinter",
  "wider",
  "gegen",
  "ur",
]);
const MIN_PART = 3;
const METRIC_PREFIX = /^(?:kilo|milli|zenti|dezi|hekto|mikro|nano|mega|giga|tera)$/;
const UNIT = /^(?:meter|gramm|liter|watt|volt|hertz|byte|bit|joule|kalorie|ampere|sekunde)/;
const NO_LINKING_S = /(?:s|ß|x|z|sch|st)$/;
// Longest modifier part tried, and longest word split at all: the search is quadratic in the part length,
// and no German word is longer than ~80 letters (a 10,000-letter token must not take seconds).
const MAX_PART = 24;
const MAX_COMPOUND = 90;
// Longest hyphenated headword, in pieces ("Rhein-Main-Gebiet", "E-Commerce").
const MAX_HYPHEN_GROUP = 4;
// Derivational endings that are also (rare) nouns: Produkt|ion, Nat|ur.
// "ente(n)" closes Latin nouns in -ent: Konsument is no Konsum + Ente.
const NOT_HEADS = new Set([
  "ion",
  "ionen",
  "ur",
  "tum",
  "nis",
  "ling",
  "heit",
  "keit",
  "schaft",
  "ung",
  "ente",
  "enten",
  "ern",
  "ens",
]);

/**
 * A part's gloss: its first sense's first, or the English word spelled as the German one where that sense
 * has it (Team [sport]: "sports team; team" → "team": Teamsitzung is a team meeting, not a sports team's).
 */
function firstGloss(e: LexEntry | undefined): string {
  const glosses = e?.senses[0]?.glosses ?? [];
  const lemma = e?.lemma.toLowerCase();
  return glosses.find((g) => g.toLowerCase() === lemma) ?? glosses[0] ?? "";
}

interface Option {
  seg: Segment;
  cost: number;
}

function rankCost(lex: Lexicon, lemma: string): number {
  const r = lex.rank(lemma.toLowerCase());
  return r === undefined ? 3 : Math.log10(r) * 0.5;
}

/**
 * A noun spelled as the plural of a far commoner noun is that plural in a compound: Gräber (digger, rank
 * 11,604) is Grab's plural (grave, 1,534) in Gräber|feld and Brand|gräber. Returns the commoner noun.
 */
function commonerPlural(lex: Lexicon, text: string, noun: LexEntry): LexEntry | undefined {
  if (noun.lemma !== text) return undefined;
  const own = lex.rank(noun.lemma.toLowerCase()) ?? Number.POSITIVE_INFINITY;
  return lex
    .pluralOf(text)
    .flatMap((hw) => nouns(lex, hw))
    .find(
      (e) =>
        e.lemma !== text &&
        !e.pluralOnly &&
        e.plurals.includes(text) &&
        (lex.rank(e.lemma.toLowerCase()) ?? Number.POSITIVE_INFINITY) * 3 <= own,
    );
}

function headOption(lex: Lexicon, word: string, lower: string, i: number, minHead = MIN_PART): Option | undefined {
  const seg = lower.slice(i);
  if (seg.length < minHead || NOT_HEADS.has(seg)) return undefined;
  // A separable particle that is also a noun ends compounds as that noun: Sommer|fest, Stadt|teil, Rad|weg.
  if (BLOCKED.has(seg) && !(PARTICLE_SET.has(seg) && lex.entries(capitalise(seg)).some((e) => e.pos === "noun")))
    return undefined;
  // Vorsitzende, Reisende: a nominalised participle (vorsitzen + -end-), not a compound with Ende.
  if (/^ende[nrs]?$/.test(seg) && lex.isVerb(`${lower.slice(0, i)}en`)) return undefined;
  const listed = nounLemmas(lex, capitalise(seg))[0];
  const entry = listed && (commonerPlural(lex, capitalise(seg), listed) ?? listed);
  if (!entry) return undefined;
  const text = word.slice(i);
  return { seg: { text, lemma: entry.lemma, entry, gloss: firstGloss(entry) }, cost: 10 + rankCost(lex, entry.lemma) };
}

function verbOfStem(lex: Lexicon, stem: string): LexEntry | undefined {
  return lex.cached("verb-stem", stem, () => {
    for (const inf of [`${stem}en`, `${stem}n`]) {
      if (!lex.isVerb(inf)) continue;
      const e = lex.entries(inf).find((x) => x.pos === "verb" && !x.oldSpelling);
      if (e) return e;
    }
    return undefined;
  });
}

/** An English verb's -ing forms: wait → waiting, paddle → paddling, stop → stopping. */
function gerunds(verb: string): string[] {
  const out = [`${verb}ing`];
  if (/[^e]e$/.test(verb)) out.push(`${verb.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(verb)) out.push(`${verb}${verb.slice(-1)}ing`);
  return out;
}

/**
 * The verb whose stem `base` is (pack, warte: warten), where the whole's English has that verb's -ing form
 * and no gloss of `noun`, the noun spelled as the stem, is that word: the modifier is then the verb's.
 */
function gerundVerb(
  lex: Lexicon,
  base: string,
  noun: LexEntry,
  english: readonly string[] | undefined,
): LexEntry | undefined {
  if (!english) return undefined;
  const verb = verbOfStem(lex, base);
  if (!verb) return undefined;
  const forms = verb.senses
    .slice(0, 3)
    .flatMap((x) => x.glosses)
    .map((g) => /^to ([a-z]+)$/.exec(g)?.[1])
    .filter((g): g is string => g !== undefined)
    .flatMap(gerunds);
  const used = forms.find((f) => english.includes(f));
  if (!used) return undefined;
  const nounWords = noun.senses
    .flatMap((x) => x.glosses)
    .join(" ")
    .toLowerCase()
    .split(/[^a-z]+/);
  return nounWords.includes(used) ? undefined : verb;
}

/** Whether Ding's combining form means the verb: an -ing gloss (dining, measuring) or a word of the verb's. */
function combOfVerb(comb: LexEntry, verb: LexEntry): boolean {
  const glosses = comb.senses.flatMap((x) => x.glosses);
  if (glosses.some((g) => /^[a-z]+ing$/.test(g))) return true;
  const own = contentWords(verb.senses.slice(0, 3).flatMap((x) => x.glosses));
  return [...contentWords(glosses)].some((w) => w.length >= 3 && own.has(w));
}

/** The verb in -nen or -men whose stem takes an -e- before a compound's head: Rechen- (rechnen), Trocken- (trocknen). */
function epentheticVerb(lex: Lexicon, base: string): LexEntry | undefined {
  const m = /^(.+[^aeiouäöü])e([nm])$/.exec(base);
  return m ? verbOfStem(lex, `${m[1]}${m[2]}`) : undefined;
}

/**
 * A separable particle that is only otherwise a noun starts compounds as that noun (Heim|spiel, Teil|zeit,
 * Los|nummer), except where the word is the particle verb's noun: Heim|kehr (heimkehren), Teil|habe
 * (teilhaben) stay whole. A particle that is also an adjective, adverb or preposition (fest, hoch, weg,
 * aus) stays blocked: Festplatte is no party plate, Ausgang no "Aus" + Gang.
 */
function particleNounModifier(lex: Lexicon, particle: string, rest: string): boolean {
  if (!PARTICLE_SET.has(particle) || lex.entries(particle).length > 0 || functionWord(particle).length > 0)
    return false;
  if (!lex.entries(capitalise(particle)).some((e) => e.pos === "noun")) return false;
  const stem = rest.replace(/(?:ung|e)$/, "");
  return (
    !lex.isVerb(`${particle}${stem}en`) && !lex.isVerb(`${particle}${rest}n`) && !lex.isVerb(`${particle}${rest}en`)
  );
}

/**
 * In a compound the dictionary lacks, a separable particle that is also an adjective starts it as the
 * adjective (Hoch|beet, Frei|fläche): without the split such a word has no meaning at all. Not where the word
 * is the particle verb's noun (Hochladen, Freigabe) or starts with a noun on the particle (Einflug|loch, not
 * ein "one" + Flugloch). Dictionary words keep the stricter test above (Festplatte stays whole).
 */
function particleAdjective(lex: Lexicon, particle: string, rest: string): LexEntry | undefined {
  if (!PARTICLE_SET.has(particle)) return undefined;
  const stem = rest.replace(/(?:ung|e)$/, "");
  if (
    [`${particle}${rest}`, `${particle}${stem}en`, `${particle}${rest}n`, `${particle}${rest}en`].some((v) =>
      lex.isVerb(v),
    )
  )
    return undefined;
  // The particle verb's noun may start the word: Einflug|loch (einfliegen), not ein "one" + Flugloch.
  for (let k = MIN_PART; k <= rest.length - MIN_PART; k++)
    if (nounsOrFullForm(lex, capitalise(particle + rest.slice(0, k))).some((e) => !e.pluralOnly)) return undefined;
  return adjectives(lex, particle)[0];
}

const COMPASS = new Set(["nord", "ost", "süd", "west", "nordost", "nordwest", "südost", "südwest"]);

/**
 * West|ufer, Ost|flügel, Süd|hang: a point of the compass starts a compound as the direction, the noun in -en a
 * reader looks up (Westen, Osten). Ding lists no West, only Weste (waistcoat), and Ost and Süd as no noun, so
 * Westufer read as a waistcoat's shore and Ostufer stayed unsplit.
 */
function compassPoint(lex: Lexicon, seg: string, rest: string): Omit<Segment, "text"> | undefined {
  // Ost|friesland, Süd|tirol: before a region's name the whole is that region's part, a name, not a compound.
  if (!COMPASS.has(seg) || dictionaryName(lex, capitalise(rest)) || placeNamed(capitalise(rest))) return undefined;
  const entry = nouns(lex, `${capitalise(seg)}en`)[0];
  return entry ? { lemma: entry.lemma, entry, gloss: firstGloss(entry).toLowerCase() } : undefined;
}

/** Whether a noun longer than the first `j` letters starts `word` and leaves a head of three letters or more. */
function longerFirstPart(lex: Lexicon, word: string, j: number): boolean {
  for (let k = j + MIN_PART; k <= word.length - MIN_PART; k++)
    if (nouns(lex, capitalise(word.slice(0, k).toLowerCase())).length > 0) return true;
  return false;
}

function modifierOptions(
  lex: Lexicon,
  word: string,
  lower: string,
  i: number,
  j: number,
  open: boolean,
  english?: readonly string[],
): Option[] {
  const seg = lower.slice(i, j);
  const out: Option[] = [];
  const compass = compassPoint(lex, seg, lower.slice(j));
  if (compass) out.push({ seg: { text: word.slice(i, j), ...compass }, cost: 10 });
  for (const link of LINKS) {
    if (!seg.endsWith(link)) continue;
    const base = seg.slice(0, seg.length - link.length);
    if (base.length < MIN_PART) continue;
    // No linking s after a hissing sound or -st: Obst|sorten, Kunst|stoff, Haus|schlüssel, not Obst·s|orten.
    if (link === "s" && NO_LINKING_S.test(base)) continue;
    const text = word.slice(i, i + base.length);
    // Kilo|meter, Milli|gramm, Mega|watt: a unit with its metric prefix is one word (a kilometre), not the
    // noun Kilo (a kilogram) before another; Kilo|preis still is.
    if (link === "" && METRIC_PREFIX.test(base) && UNIT.test(lower.slice(j))) continue;
    if (BLOCKED.has(base) && !particleNounModifier(lex, base, lower.slice(j))) {
      const adj = open && link === "" ? particleAdjective(lex, base, lower.slice(j)) : undefined;
      if (adj)
        out.push({
          seg: { text, lemma: adj.lemma, entry: adj, gloss: firstGloss(adj) },
          cost: 10.5 + rankCost(lex, adj.lemma),
        });
      // A dictionary word whose English opens with the particle's adjective or noun: Frei|wurf "free throw",
      // Fest|zelt "festival tent"; Festplatte "hard disk" and Ausgang "exit" open with neither and stay whole, and
      // a noun that the particle starts is the first part instead (Hochwasser|spiegel "high water level").
      else if (english && link === "" && i === 0 && !longerFirstPart(lex, word, j)) {
        const lead = [...contentWords([english[0] ?? ""])][0];
        const shown = [...adjectives(lex, base), ...nouns(lex, capitalise(base))].find(
          (e) => lead !== undefined && contentWords(e.senses.slice(0, 2).flatMap((x) => x.glosses)).has(lead),
        );
        if (shown)
          out.push({
            seg: { text, lemma: shown.lemma, entry: shown, gloss: firstGloss(shown) },
            cost: 10.5 + rankCost(lex, shown.lemma),
          });
      }
      continue;
    }
    const withLink = (s: Segment): Segment => (link ? { ...s, link } : s);
    // The linking -er is a plural's (Kind|er|garten, Bild|er|buch), so Wand|er|weg is no reading of
    // Wanderweg (Wände). Plural-only nouns are read after this loop.
    const found = nouns(lex, capitalise(base)).find(
      (e) => !e.pluralOnly && (link !== "er" || e.plurals.includes(`${capitalise(base)}er`)),
    );
    const noun = found && link === "" ? (commonerPlural(lex, capitalise(base), found) ?? found) : found;
    if (noun) {
      out.push({
        seg: withLink({ text, lemma: noun.lemma, entry: noun, gloss: firstGloss(noun) }),
        cost: 10 + rankCost(lex, noun.lemma) + (link ? 0.2 : 0),
      });
      // Ding's combining form of the same spelling says compounds do not read the noun: where it is a verb's
      // stem with the -e- that -nen verbs take (Rechen|zentrum: rechnen; not Rechen, rake), the verb.
      const verb = link === "" ? epentheticVerb(lex, base) : undefined;
      if (verb && lex.entries(capitalise(base)).some((e) => e.pos === "comb"))
        out.push({ seg: { text, lemma: verb.lemma, entry: verb, gloss: firstGloss(verb) }, cost: 10 });
      // The whole's English has the verb's -ing form, which no sense of the noun is: Pack|liste "packing list"
      // is packen's (Pack, lot), Wart·e|zeit "waiting time" warten's (Warte, control room), Schlaf|sack
      // "sleeping bag" schlafen's; Bau|stelle "building site" stays Bau's, a building.
      const gerund = link === "" || link === "e" ? gerundVerb(lex, base, noun, english) : undefined;
      if (gerund)
        out.push({ seg: withLink({ text, lemma: gerund.lemma, entry: gerund, gloss: firstGloss(gerund) }), cost: 9.9 });
      // A noun no frequency list ranks, glossed as the ranked noun that adds an -e, is a short form of it
      // (Eck, Austrian for Ecke, corner): the compound is read as the common one's, Eck|balkon as Ecke's.
      // Kohl (cabbage) is no short form of Kohle (coal).
      const rare = link === "" && lex.rank(noun.lemma.toLowerCase()) === undefined;
      const full = rare ? nouns(lex, `${capitalise(base)}e`).find((e) => !e.pluralOnly) : undefined;
      if (full && lex.rank(full.lemma.toLowerCase()) !== undefined && firstGloss(full) === firstGloss(noun))
        out.push({
          seg: { text, lemma: full.lemma, entry: full, gloss: firstGloss(full) },
          cost: 11 + rankCost(lex, full.lemma),
        });
      continue;
    }
    // Grabung·s|leiterin, Lösung·s|weg: a noun in -ung the dictionary lacks is its verb's action (graben,
    // to dig), and such a noun takes the linking -s as a modifier; a part with no meaning to show, read
    // where nothing listed fits.
    const action = link === "s" && /^.{3,}ung$/u.test(base) ? verbOfStem(lex, base.slice(0, -3)) : undefined;
    if (action) out.push({ seg: { text, lemma: capitalise(base), link, gloss: "" }, cost: 14 });
    if (link !== "") continue;
    // A noun only the full-form data knows (Laminat): a modifier where nothing else fits, with no meaning to show.
    const formsOnly = nounsOrFullForm(lex, capitalise(base)).find(
      (e) => e.gender && !e.pluralOnly && !lex.has(e.lemma) && base.length >= 4,
    );
    if (formsOnly) out.push({ seg: { text, lemma: formsOnly.lemma, entry: formsOnly, gloss: "" }, cost: 14 });
    const place =
      base.length >= 4 && !LANDSCAPE_HEAD.test(lower.slice(j)) ? placeModifier(lex, capitalise(base)) : undefined;
    if (place) out.push({ seg: { text, ...place }, cost: 10.5 });
    const comb = lex.entries(capitalise(base)).find((e) => e.pos === "comb");
    const adj = adjectives(lex, base)[0];
    const dropped = nouns(lex, `${capitalise(base)}e`)[0];
    const plural = lex.pluralOf(capitalise(base)).flatMap((hw) => nouns(lex, hw))[0];
    if (adj)
      out.push({
        seg: { text, lemma: adj.lemma, entry: adj, gloss: firstGloss(adj) },
        cost: 10.5 + rankCost(lex, adj.lemma),
      });
    // A verb stem reads better than a combining form: Wander|weg is wandern's, not "peripatetic".
    else if (comb && !verbOfStem(lex, base)) {
      const from = combNoun(lex, comb.lemma);
      // Firmen|kunde: a combining form spelled as a noun's plural (Firmen-, corporate) is named by that noun
      // (Firma), the word a reader looks up, as the plural reading below names it; its gloss stays the form's.
      const named = from
        ? { text: word.slice(i, i + from.noun.lemma.length), lemma: from.noun.lemma, link: from.link }
        : plural
          ? { text, lemma: plural.lemma }
          : { text, lemma: combClipped(lex, comb)?.lemma ?? comb.lemma };
      out.push({ seg: { ...named, entry: comb, gloss: firstGloss(comb) }, cost: 10.5 + rankCost(lex, comb.lemma) });
    }
    if (plural)
      out.push({
        seg: { text, lemma: plural.lemma, entry: plural, gloss: firstGloss(plural) },
        cost: 10.5 + rankCost(lex, plural.lemma),
      });
    if (dropped)
      out.push({
        seg: { text, lemma: dropped.lemma, entry: dropped, gloss: firstGloss(dropped) },
        cost: 11 + rankCost(lex, dropped.lemma),
      });
    // A verb stem: Aufräum|arbeiten (aufräumen), Wasch|maschine (waschen); only where no noun or adjective
    // fits, or where Ding's combining form is the verb's (Ess-: dining, Mess-: measuring; Trag-: load-bearing,
    // to bear): then before the noun that drops its -e (Esse, chimney; Messe, fair; Trage, stretcher).
    const stemVerb = verbOfStem(lex, base);
    const verbsForm = comb !== undefined && stemVerb !== undefined && combOfVerb(comb, stemVerb);
    // Brau|meister: a noun that drops its -e and no frequency list ranks (Braue, eyebrow) leaves the stem to a
    // verb one ranks (brauen), the cheaper reading where nothing else fits.
    const rareDropped =
      dropped !== undefined &&
      !adj &&
      !plural &&
      lex.rank(dropped.lemma.toLowerCase()) === undefined &&
      stemVerb !== undefined &&
      lex.rank(stemVerb.lemma) !== undefined;
    const verb =
      (adj || plural || dropped) &&
      !verbsForm &&
      !rareDropped &&
      !verbShownOverDropped(stemVerb, dropped, adj || plural, english)
        ? undefined
        : stemVerb;
    if (verb)
      out.push({
        seg: { text, lemma: verb.lemma, entry: verb, gloss: firstGloss(verb) },
        cost: verbsForm ? 10 : 11.5 + rankCost(lex, verb.lemma),
      });
  }
  // A plural-only noun is a modifier in its one form (Daten|schutz, Heizkosten|abrechnung), unless it is
  // also the plural of a singular read here that is at least as common: then the singular's reading
  // stands (Kurznachricht·en|plattform: text messages, not the plural-only "news headlines").
  const pluralOnly = nouns(lex, capitalise(seg)).find((e) => e.pluralOnly);
  const rank = (e: LexEntry | undefined) => (e ? (lex.rank(e.lemma.toLowerCase()) ?? Infinity) : Infinity);
  const singularFirst = (o: Option) =>
    o.seg.entry?.pos === "noun" &&
    (o.seg.entry.plurals.includes(pluralOnly?.lemma ?? "") ||
      `${o.seg.text}${o.seg.link ?? ""}`.toLowerCase() === seg) &&
    rank(o.seg.entry) <= rank(pluralOnly);
  // The full-form data may know the plural-only headword as a singular's plural, which is how running text
  // reads it too (Blumen: Blume, Amphibien: Amphibie); then the singular is the modifier, with its plural
  // ending as the link (Amphibie·n|art, Blume·n|zwiebel).
  const singular = pluralOnly ? nounLemmas(lex, capitalise(seg))[0] : undefined;
  if (
    singular &&
    !singular.pluralOnly &&
    singular.lemma.length >= MIN_PART &&
    singular.lemma.length < seg.length &&
    seg.startsWith(singular.lemma.toLowerCase())
  ) {
    const n = singular.lemma.length;
    if (!out.some((o) => o.seg.entry === singular))
      out.push({
        seg: {
          text: word.slice(i, i + n),
          lemma: singular.lemma,
          link: seg.slice(n),
          entry: singular,
          gloss: firstGloss(singular),
        },
        cost: 10 + rankCost(lex, pluralOnly?.lemma ?? singular.lemma) + 0.2,
      });
  } else if (singular && !singular.pluralOnly && umlautedPlural(singular.lemma, seg)) {
    // Gäste|block, Städte|partner: a plural with umlaut is its singular's (Gast, Stadt), as written.
    if (!out.some((o) => o.seg.entry === singular))
      out.push({
        seg: { text: word.slice(i, j), lemma: singular.lemma, entry: singular, gloss: firstGloss(singular) },
        cost: 10 + rankCost(lex, pluralOnly?.lemma ?? singular.lemma) + 0.2,
      });
  } else if (pluralOnly && !out.some(singularFirst))
    out.push({
      seg: { text: word.slice(i, j), lemma: pluralOnly.lemma, entry: pluralOnly, gloss: firstGloss(pluralOnly) },
      cost: 10 + rankCost(lex, pluralOnly.lemma),
    });
  return out;
}

/** Whether `seg` is the plural of `singular` with its vowel umlauted and an ending: gäste of Gast, städte of Stadt. */
function umlautedPlural(singular: string, seg: string): boolean {
  const plain = seg.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
  const lower = singular.toLowerCase();
  return plain !== seg && plain.startsWith(lower) && plain.length > lower.length && plain.length <= lower.length + 2;
}

// Feminine nouns that take a linking -s all the same: Rettung·s|dienst, Gesundheit·s|amt, Geburt·s|tag.
const FEMININE_S = /(?:ung|heit|keit|schaft|ion|tät|t)$/;

/**
 * The noun a combining form is spelled from, with its linking element: Ding's Seiten- (lateral) is Seite + n,
 * Bundes- (federal) Bund + es, Hunde- (canine) Hund + e. A compound's part is that noun, glossed as the
 * combining form (Seiten|lage: Seite, "lateral"), as a reader looks it up. Only a link the noun takes: a
 * plural's (Seiten, Hunde) or a genitive's -s; a combining form that is also an adjective or adverb (links,
 * klein) is no noun's.
 */
function combNoun(lex: Lexicon, comb: string): { noun: LexEntry; link: string } | undefined {
  return lex.cached("comb-noun", comb, () => {
    if (lex.entries(comb.toLowerCase()).some((e) => e.pos === "adj" || e.pos === "adv")) return undefined;
    for (const link of LINKS) {
      const stem = comb.slice(0, comb.length - link.length);
      if (link === "" || !comb.endsWith(link) || stem.length < MIN_PART) continue;
      const genitive = link === "s" || link === "es" || link === "ens";
      const noun = nouns(lex, stem).find(
        (e) =>
          !e.pluralOnly &&
          (genitive ? e.gender !== undefined && (e.gender !== "f" || FEMININE_S.test(stem)) : e.plurals.includes(comb)),
      );
      if (noun) return { noun, link };
    }
    return undefined;
  });
}

/**
 * The noun a combining form is clipped from: Sprach- is Sprache's, Kehl- Kehle's (the -e dropped, as in Schul|weg),
 * Pfingst- Pfingsten's (the -en dropped, where the English says so: pentecostal, Pentecost). The part's lemma is that
 * noun, the word a reader looks up; its gloss stays the combining form's.
 */
function combClipped(lex: Lexicon, comb: LexEntry): LexEntry | undefined {
  return lex.cached("comb-clipped", comb.lemma, () => {
    const e = nouns(lex, `${comb.lemma}e`).find((x) => !x.pluralOnly);
    if (e) return e;
    const en = nouns(lex, `${comb.lemma}en`).find((x) => !x.pluralOnly);
    const combGloss = firstGloss(comb).toLowerCase();
    const nounGlosses = (en?.senses[0]?.glosses ?? []).map((g) => g.toLowerCase());
    return en && nounGlosses.some((g) => g.length >= 4 && combGloss.startsWith(g)) ? en : undefined;
  });
}

/**
 * A dictionary word's English may name the verb where the stem also reads as a noun that drops its -e:
 * Spül|maschine "dishwasher" is spülen's (wash), not Spüle's (sink); Back|ofen "baking oven" backen's, not
 * Backe's (cheek). Only where no sense of that noun is named (Erd|geschoss "ground floor": Erde is ground
 * too) and no adjective or plural reads the stem.
 */
function verbShownOverDropped(
  verb: LexEntry | undefined,
  dropped: LexEntry | undefined,
  other: LexEntry | undefined,
  english: readonly string[] | undefined,
): boolean {
  if (!verb || !dropped || other || !english) return false;
  // Within an English word four letters at least (dishwasher: wash), or its start (baking: bak-): "put"
  // in "deputy" is no sign of stellen in Stell|vertreter.
  const shown = (senses: readonly LexSense[]) =>
    [...contentWords(senses.flatMap((x) => x.glosses))].some(
      (w) => w.length >= 3 && english.some((o) => o.startsWith(w) || (w.length >= 4 && o.includes(w))),
    );
  return shown(verb.senses.slice(0, 2)) && !shown(dropped.senses);
}

interface Split {
  segs: Segment[];
  cost: number;
}

/**
 * Fewest parts first; then the longest head, since German compounds are right-headed and the longer known
 * noun is the better head (Vorstand(s) + Vorsitzende, not Vorstandsvorsitz + Ende); then frequency.
 */
function better(lex: Lexicon, a: Split, b: Split, english?: readonly string[]): boolean {
  if (a.segs.length !== b.segs.length) return a.segs.length < b.segs.length;
  // A dictionary word's English may say which part is the modifier: Tierarzt|praxis is a "veterinary
  // practice", not an animal's Arztpraxis; Hausaufgabe|heft a "homework book".
  if (english) {
    const shownA = partsShown(a.segs, english);
    const shownB = partsShown(b.segs, english);
    if (shownA !== shownB) return shownA > shownB;
  }
  const headA = a.segs[a.segs.length - 1]?.text.toLowerCase() ?? "";
  const headB = b.segs[b.segs.length - 1]?.text.toLowerCase() ?? "";
  if (headA.length !== headB.length && !linkShift(headA, headB) && !rareLongerHead(lex, a, b))
    return headA.length > headB.length;
  return a.cost < b.cost;
}

/** A part's rank, or its combining form's where it has one (Tränen-, not its noun Träne): the form the text has. */
function segmentRank(lex: Lexicon, s: Segment): number | undefined {
  const own = lex.rank(s.lemma.toLowerCase());
  const form = s.entry?.pos === "comb" ? lex.rank(s.entry.lemma.toLowerCase()) : undefined;
  return own === undefined || form === undefined ? (own ?? form) : Math.min(own, form);
}

/**
 * Whether the split with the longer head owes it to a word nobody uses, while every part of the other is
 * in use: Kranke·n|Hauspersonal against Krankenhaus|Personal. Then frequency decides.
 */
function rareLongerHead(lex: Lexicon, a: Split, b: Split): boolean {
  const [longer, shorter] = (a.segs.at(-1)?.text.length ?? 0) > (b.segs.at(-1)?.text.length ?? 0) ? [a, b] : [b, a];
  const ranked = (s: Segment) => segmentRank(lex, s) !== undefined;
  const longHead = longer.segs.at(-1);
  return longHead !== undefined && !ranked(longHead) && shorter.segs.every(ranked);
}

/**
 * Whether two heads differ only by a linking element the other split gives its modifier: Bund|stag and
 * Bund·es|tag. Then the longer head is no better a reading, and frequency decides (Tag, not the rare Stag).
 */
function linkShift(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.endsWith(short) && LINKS.includes(long.slice(0, long.length - short.length));
}

/**
 * Best segmentation of `word` into modifiers + head noun, or undefined. `open`: the word is no dictionary
 * headword, so a particle that is also an adjective may start it.
 */
function segment(lex: Lexicon, word: string, open = false, english?: readonly string[]): Split | undefined {
  const lower = word.toLowerCase();
  const n = lower.length;
  // A two-letter head (Öl, Ei) only for a dictionary word, whose meaning must then show it (Kettenöl: chain
  // oil); in a word the dictionary lacks, such a tail is mostly a suffix or a piece (Bäckerei).
  const minHead = english ? 2 : MIN_PART;
  const memo = new Map<number, Split | null>();
  const best = (i: number): Split | null => {
    const cached = memo.get(i);
    if (cached !== undefined) return cached;
    let result: Split | null = null;
    const head = i > 0 ? headOption(lex, word, lower, i, minHead) : undefined;
    if (head) result = { segs: [head.seg], cost: head.cost };
    for (let j = i + MIN_PART; j <= Math.min(n - minHead, i + MAX_PART); j++) {
      const options = modifierOptions(lex, word, lower, i, j, open && i === 0, english);
      if (options.length === 0) continue;
      const rest = best(j);
      if (!rest) continue;
      for (const o of options) {
        const candidate = { segs: [o.seg, ...rest.segs], cost: o.cost + rest.cost };
        if (!result || better(lex, candidate, result, english)) result = candidate;
      }
    }
    memo.set(i, result);
    return result;
  };
  return best(0) ?? undefined;
}

/** Whether splitting a dictionary headword into `segs` tells a reader something. */
function splitHelps(
  lex: Lexicon,
  whole: LexEntry,
  segs: readonly Segment[],
  surface = whole.lemma,
  { byMeaningOnly = false } = {},
): boolean {
  if (whole.noSplit) return false;
  const own = contentWords(whole.senses.flatMap((s) => s.glosses).slice(0, 4));
  if (own.size === 0) return true;
  // A short form of the whole with its meaning (Schoko, chocolate, in Schokolade) is no evidence of parts.
  const clipped = (s: Segment) =>
    whole.lemma.startsWith(s.lemma) && firstGloss(s.entry) !== "" && firstGloss(s.entry) === firstGloss(whole);
  for (const [k, s] of segs.entries()) {
    if (clipped(s)) continue;
    // The head's third sense too: Land·kreis is a Kreis in its sense "administrative district".
    const senses = (s.entry?.senses ?? []).slice(0, k === segs.length - 1 ? 3 : 2);
    const words = contentWords(senses.flatMap((x) => x.glosses));
    for (const w of words) if (own.has(w)) return true;
  }
  // English compounds hide the parts: weekend = week + end.
  const ownWords = whole.senses
    .flatMap((s) => s.glosses)
    .slice(0, 4)
    .join(" ")
    .toLowerCase()
    .split(/[^a-z]+/);
  const contained = (s: Segment) =>
    [...contentWords((s.entry?.senses ?? []).slice(0, 2).flatMap((x) => x.glosses))].some(
      (w) => w.length >= 3 && ownWords.some((o) => o !== w && o.includes(w)),
    );
  if (segs.every(contained)) return true;
  if (byMeaningOnly) return false;
  if (verbBeforeNoun(lex, whole, segs, ownWords)) return true;
  const partRank = (s: Segment) => segmentRank(lex, s) ?? Infinity;
  // Word-form ranks: the better of lemma and surface (Konsumenten ranks, Konsument hardly does).
  const ranks = [lex.rank(whole.lemma.toLowerCase()), lex.rank(surface.toLowerCase())].filter((r) => r !== undefined);
  const wholeRank = ranks.length ? Math.min(...ranks) : undefined;
  // Rare whole, common parts: Stadtrand (8185) = Stadt (66) + Rand (1319).
  if (wholeRank === undefined) return segs.every((s) => s.text.length >= 4 && partRank(s) <= 20000);
  return segs.every((s) => s.text.length >= 3 && partRank(s) * 3 <= wholeRank);
}

/**
 * A verb's stem before a noun of four letters or more is no chance piece of a word, as platt|form or fest|land
 * may be: one part the English shows by a word of four letters or more is enough (Heiz|körper: heater;
 * Spül|maschine: dishwasher; Impf|pass: vaccination certificate). Shorter words match by chance (Komm|ode),
 * English that keeps the German word shows no part (Lebkuchen: lebkuchen), and a combining form that is not
 * the verb's says the stem is a prefix there (Rück-: back, Fehl-: erroneous).
 */
function verbBeforeNoun(lex: Lexicon, whole: LexEntry, segs: readonly Segment[], ownWords: readonly string[]): boolean {
  const [modifier, head] = segs;
  if (segs.length !== 2 || modifier?.entry?.pos !== "verb" || !head || head.text.length < 4) return false;
  const comb = lex.entries(capitalise(modifier.text)).find((e) => e.pos === "comb");
  if (comb && !combOfVerb(comb, modifier.entry)) return false;
  const english = ownWords.filter((o) => o !== whole.lemma.toLowerCase());
  return segs.some((s) =>
    [...contentWords((s.entry?.senses ?? []).slice(0, 2).flatMap((x) => x.glosses))].some(
      (w) => w.length >= 4 && english.some((o) => o.includes(w)),
    ),
  );
}

/**
 * Splits segments that are compounds themselves when their meaning is made of their parts' (Wahlkampf:
 * election campaign → Wahl + Kampf). A part whose meaning is its own stays whole, however common its
 * pieces: Berg·gasthof (inn, not guest + yard), Büro·kauffrau, Bus·haltestelle.
 */
function refine(lex: Lexicon, segs: Segment[]): Segment[] {
  return segs.map((s, k) => {
    // The head keeps a dictionary compound whole: Haupt|bahnhof (main station), Wander|parkplatz, Netto|kaltmiete.
    // Its meaning is the whole's, which a further split (railway + yard, park + place) would lose.
    if (s.entry?.pos !== "noun" || s.text.length < 6 || k === segs.length - 1) return s;
    const inner = segment(lex, s.text);
    if (
      !inner ||
      inner.segs.length < 2 ||
      !splitHelps(lex, s.entry, inner.segs, s.entry.lemma, { byMeaningOnly: true }) ||
      !modifiersShown(inner.segs, wholeWords(s.entry))
    )
      return s;
    return { ...s, sub: glossedByWhole(refine(lex, inner.segs), wholeWords(s.entry)) };
  });
}

/**
 * Whether every part but the head has a word of its first two senses in `words` (a part's own English): a
 * head always does (a Wertstoff is a material, Stoff), so only the modifiers tell a transparent part
 * (Wahl·kampf: election campaign; Umwelt·schutz: environmental protection) from one whose first part has
 * taken a meaning of the whole's (Wert·stoff: recyclable material, not value), which a reader learns as one
 * word: Wertstoff + Hof.
 */
function modifiersShown(segs: readonly Segment[], words: readonly string[]): boolean {
  return segs.slice(0, -1).every((s) => partShown(s, words));
}

function partShown(s: Segment, words: readonly string[]): boolean {
  return [...contentWords((s.entry?.senses ?? []).slice(0, 2).flatMap((x) => x.glosses))].some(
    (w) => w.length >= 3 && words.some((o) => o.includes(w)),
  );
}

/** Whether a word of the part's first two senses is a whole word of `words` (oil in "chain oil"). */
function exactlyShown(s: Segment, words: readonly string[]): boolean {
  return [...contentWords((s.entry?.senses ?? []).slice(0, 2).flatMap((x) => x.glosses))].some((w) =>
    words.includes(w),
  );
}

/** How many parts have a word of their first two senses in the whole's English. */
function partsShown(segs: readonly Segment[], words: readonly string[]): number {
  return segs.filter((s) => partShown(s, words)).length;
}

/** The whole's English, word by word (lower case), as the parts' glosses are compared with it. */
function wholeWords(whole: LexEntry): string[] {
  return whole.senses
    .slice(0, 4)
    .flatMap((s) => s.glosses)
    .join(" ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Each part glossed with the sense the whole's English uses, when one does: Rad in Radweg (cycleway, cycle
 * path) is "bicycle", not "wheel". A sense counts when one of its glosses is wholly in the whole's English;
 * its first gloss is shown. Otherwise the part keeps its first sense.
 */
function glossedByWhole(segs: readonly Segment[], words: readonly string[]): Segment[] {
  const inWhole = (gloss: string) => {
    const content = [...contentWords([gloss])];
    return content.length > 0 && content.every((w) => w.length >= 3 && words.some((o) => o.includes(w)));
  };
  return segs.map((s) => {
    const used = (s.entry?.senses ?? []).slice(0, 8).find((sense) => sense.glosses.some(inWhole));
    const gloss = used?.glosses[0];
    return gloss ? { ...s, gloss } : s;
  });
}

function flatten(segs: readonly Segment[]): CompoundPart[] {
  const out: CompoundPart[] = [];
  for (const s of segs) {
    if (s.sub) {
      const inner = flatten(s.sub);
      const last = inner[inner.length - 1];
      if (last && s.link) last.link = s.link;
      out.push(...inner);
    } else {
      const part: CompoundPart = { text: s.text, lemma: s.lemma, gloss: s.gloss };
      if (s.link) part.link = s.link;
      out.push(part);
    }
  }
  return out;
}

function compose(segs: readonly Segment[]): string {
  return segs
    .map((s) => (s.name ? (s.english ?? s.text) : s.gloss.replace(/^(?:the|a|an|to) /, "")))
    .filter((g) => g !== "")
    .join(" ");
}

/**
 * The head read as the noun the whole is a form of: Seifenblasen is the plural of Seifenblase, so its head
 * is Blase, not the nominalised infinitive das Blasen; Kübelpflanzen's is Pflanze, not das Pflanzen.
 */
function withWholeHead(lex: Lexicon, segs: Segment[], whole: LexEntry): Segment[] {
  const head = segs[segs.length - 1];
  const lemma = whole.lemma.toLowerCase();
  if (whole.pluralOnly || !head?.entry || lemma.endsWith(head.entry.lemma.toLowerCase())) return segs;
  const entry = nounLemmas(lex, capitalise(head.text)).find((e) => lemma.endsWith(e.lemma.toLowerCase()));
  if (!entry) return segs;
  return [...segs.slice(0, -1), { ...head, lemma: entry.lemma, entry, gloss: firstGloss(entry) }];
}

/** Splits a closed compound (no hyphen). `whole` is its dictionary entry when it has one. */
function splitClosed(lex: Lexicon, word: string, whole: LexEntry | undefined): CompoundAnalysis | undefined {
  const found = segment(lex, word, !whole, whole && wholeWords(whole));
  if (!found || found.segs.length < 2) return undefined;
  if (whole) found.segs = withWholeHead(lex, found.segs, whole);
  if (whole && !splitHelps(lex, whole, found.segs, word)) return undefined;
  // A two-letter head must be a word of the whole's English (Kettenöl: chain oil), not a piece of one (Bäckerei).
  const short = found.segs[found.segs.length - 1];
  if (whole && short && short.text.length < MIN_PART && !exactlyShown(short, wholeWords(whole))) return undefined;
  // The head is the whole's last part: Helferinnen is the plural of Helferin, not Helfe + Rinnen.
  const last = found.segs[found.segs.length - 1]?.entry?.lemma.toLowerCase();
  if (whole && !whole.pluralOnly && last && !whole.lemma.toLowerCase().endsWith(last)) return undefined;
  const refined = refine(lex, found.segs);
  const segs = whole ? glossedByWhole(refined, wholeWords(whole)) : refined;
  const head = segs[segs.length - 1];
  if (!head?.entry) return undefined;
  const prefix = word.slice(0, word.length - head.text.length);
  const headPlural = head.entry.plurals[0];
  // A plural-only headword on the plural of a singular noun: the compound has that singular too
  // (Aufräumarbeiten: Aufräum + Arbeiten → Aufräumarbeit); Großeltern stays as its head Eltern does.
  const singular =
    whole?.pluralOnly &&
    !head.entry.pluralOnly &&
    head.entry.pos === "noun" &&
    head.entry.lemma !== capitalise(head.text)
      ? prefix + lowerFirst(head.entry.lemma)
      : undefined;
  const analysis: CompoundAnalysis = {
    lemma: singular ?? whole?.lemma ?? prefix + lowerFirst(head.entry.lemma),
    head: head.entry,
    segments: segs,
    parts: flatten(segs),
    composedGloss: compose(segs),
  };
  const gender = whole?.gender ?? head.entry.gender;
  if (gender) analysis.gender = gender;
  const plural = singular
    ? whole?.lemma
    : (whole?.plurals[0] ?? (headPlural ? prefix + lowerFirst(headPlural) : undefined));
  if (plural) analysis.plural = plural;
  return analysis;
}

/**
 * Heads that make a place and a common noun into the name of another place (Spree|wald, Peene|strom,
 * Rhein|tal): such a word is left to the names, not split into a river and a forest.
 */
const LANDSCAPE_HEAD = /^(?:wald|tal|strom|see|gebirge|land|heide|aue|bucht|insel|kanal|berg|gau|kreis|mark|hafen)$/;

/**
 * A place as a compound's first part, where no noun is spelled like it: Rhein|brücke, Bodensee|region,
 * Berlin|reise. Ding's names and the gazetteer's cities, Länder, rivers and ranges; its English name glosses it.
 */
function placeModifier(lex: Lexicon, name: string): Omit<Segment, "text"> | undefined {
  const ding = dictionaryName(lex, name);
  const english = ding?.senses[0]?.glosses[0]?.replace(/\s*\(.*\)$/, "");
  if (!ding && !placeNamed(name) && !landscapeNamed(name)) return undefined;
  return { lemma: name, gloss: english ?? name, name: true, english: english ?? name, ...(ding && { entry: ding }) };
}

/** One hyphen-separated piece that is not the head: a name (US, Trump), a noun, an adjective (Online). */
function modifierPiece(lex: Lexicon, text: string): Segment {
  const gaz = gazetteerName(text);
  if (gaz) return { text, lemma: gaz.name, gloss: gaz.gloss ?? text, name: true };
  const name = lex.entries(text).find((e) => e.pos === "name");
  if (name) return { text, lemma: text, entry: name, gloss: firstGloss(name), name: true };
  const noun = nounLemmas(lex, text)[0];
  if (noun) {
    const inner = splitClosed(lex, text, noun);
    return { text, lemma: noun.lemma, entry: noun, gloss: firstGloss(noun), ...(inner && { sub: inner.segments }) };
  }
  const adj = adjectives(lex, text.toLowerCase())[0];
  if (adj) return { text, lemma: adj.lemma, entry: adj, gloss: firstGloss(adj) };
  const closed = splitClosed(lex, text, undefined);
  if (closed) return { text, lemma: closed.lemma, gloss: closed.composedGloss, sub: closed.segments };
  // Unknown capitalised piece: most often a name (Twitter-Kritik).
  return isCapitalised(text) ? { text, lemma: text, gloss: text, name: true } : { text, lemma: text, gloss: "" };
}

function splitHyphenated(lex: Lexicon, word: string): CompoundAnalysis | undefined {
  const pieces = word.split(/[-‑]/).filter((p) => p !== "");
  if (pieces.length < 2) return undefined;
  // Keep hyphenated headwords together: "E-Commerce" in "E-Commerce-Anbieters".
  const groups: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let k = Math.min(pieces.length, i + MAX_HYPHEN_GROUP);
    while (k > i + 1 && !lex.has(pieces.slice(i, k).join("-"))) k--;
    groups.push(pieces.slice(i, k).join("-"));
    i = k;
  }
  const last = groups.pop();
  if (!last || groups.length === 0) return undefined;
  const headEntry = nounLemmas(lex, last)[0];
  const closed = headEntry ? splitClosed(lex, last, headEntry) : splitClosed(lex, last, undefined);
  const head = headEntry ?? closed?.head;
  if (!head) return undefined;
  const headLemma = headEntry?.lemma ?? closed?.lemma ?? last;
  const headSeg: Segment = {
    text: last,
    lemma: headLemma,
    entry: head,
    gloss: firstGloss(headEntry ?? head),
    ...(closed && { sub: closed.segments }),
  };
  if (closed && !headEntry) headSeg.gloss = closed.composedGloss;
  const segs = [...groups.map((g) => modifierPiece(lex, g)), headSeg];
  const prefix = `${groups.join("-")}-`;
  const headPlural = headEntry?.plurals[0] ?? closed?.plural;
  const analysis: CompoundAnalysis = {
    lemma: prefix + headLemma,
    head,
    segments: segs,
    parts: flatten(segs),
    composedGloss: compose(segs),
  };
  const gender = headEntry?.gender ?? closed?.gender;
  if (gender) analysis.gender = gender;
  if (headPlural) analysis.plural = prefix + headPlural;
  return analysis;
}

/**
 * Compound analysis of a capitalised word, or undefined when it is no compound or splitting a dictionary
 * word would not help. `whole` is the word's own noun entry, if any.
 */
export function splitCompound(lex: Lexicon, word: string, whole?: LexEntry): CompoundAnalysis | undefined {
  return lex.cached("compound", `${word}\t${whole?.lemma ?? ""}`, () => {
    if (word.length > MAX_COMPOUND * 2) return undefined;
    if (/[-‑]/.test(word)) return splitHyphenated(lex, word);
    if (word.length < 2 * MIN_PART || word.length > MAX_COMPOUND) return undefined;
    return splitClosed(lex, word, whole);
  });
}
