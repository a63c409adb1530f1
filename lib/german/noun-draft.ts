// Noun analyses: dictionary nouns with their compound parts, compounds the dictionary lacks, and unknown
// nouns whose ending fixes gender and plural.
import { type CompoundAnalysis, type Segment, splitCompound } from "./compounds";
import { articleReadings } from "./determiners";
import { draft, fromEntry, rankOf, unknownDraft } from "./draft";
import { infinitives, nounLemmas, nouns, PARTICLES } from "./lemmatize";
import type { LexEntry, Lexicon } from "./lexicon";
import { isNominalisedAdjective } from "./nominalised";
import { ordinalGlosses, ordinalLemma, ordinalValue } from "./numbers";
import { type Draft, wordAt } from "./sentence-context";
import type { CompoundPart, Token } from "./types";
import { capitalise, lowerFirst } from "./word-shape";

/** Rank of a compound: its rarest top-level part (names do not count); undefined if a part is unranked. */
export function compoundRank(lex: Lexicon, segs: readonly Segment[]): number | undefined {
  let worst = 0;
  for (const s of segs) {
    if (s.name) continue;
    const r = rankOf(lex, s.lemma, s.text) ?? (s.sub ? compoundRank(lex, s.sub) : undefined);
    if (r === undefined) return undefined;
    worst = Math.max(worst, r);
  }
  return worst || undefined;
}

function withCompound(lex: Lexicon, d: Draft, comp: CompoundAnalysis | undefined): Draft {
  if (!comp) return d;
  d.a.parts = comp.parts;
  d.segments = comp.segments;
  if (d.a.rank === undefined) {
    const r = compoundRank(lex, comp.segments);
    if (r !== undefined) {
      d.a.rank = r;
      d.a.band = draft("", "", "noun", r, true).a.band;
    }
  }
  return d;
}

// Feminine nouns with these endings form the plural regularly (Fehde → Fehden, Schaffung → Schaffungen):
// safe to state when the dictionary gives none.
const REGULAR_FEMININE: [RegExp, string][] = [
  [/(?:ung|heit|keit|schaft|ion|ität|ik|ur|ei)$/, "en"],
  [/e$/, "n"],
  [/in$/, "nen"],
];

function regularPlural(lemma: string, gender: string | undefined): string | undefined {
  if (gender !== "f") return undefined;
  for (const [ending, suffix] of REGULAR_FEMININE) if (ending.test(lemma)) return lemma + suffix;
  return undefined;
}

/** A dictionary noun (any case or plural form), with its compound parts when splitting helps. */
export function nounDraft(lex: Lexicon, text: string, entry?: LexEntry): Draft | undefined {
  const found = entry ?? nounLemmas(lex, text)[0];
  const e = found && adjectivalEntry(lex, found);
  if (e) {
    // Short lemmas are no compounds, whatever their inflected form looks like (Kindern is no Kind + Ern).
    const comp = e.lemma.length >= 6 || text.includes("-") ? splitCompound(lex, text, e) : undefined;
    const d = fromEntry(lex, text, e, "noun");
    // A plural-only headword whose head noun has a singular (Aufräumarbeiten): the compound's singular.
    const singular = e.pluralOnly && comp && comp.lemma !== e.lemma ? comp.lemma : undefined;
    if (singular) d.a.lemma = singular;
    const gender = e.gender ?? comp?.gender;
    const plural =
      e.pluralOnly && !singular ? e.lemma : (e.plurals[0] ?? comp?.plural ?? regularPlural(d.a.lemma, gender));
    if (gender) d.a.gender = gender;
    if (plural) d.a.plural = plural;
    if (e.senses.length === 0 && comp) {
      d.senses = [{ glosses: [comp.composedGloss], domains: [] }];
      d.composed = true;
      d.a.known = true;
    }
    return withCompound(lex, d, comp);
  }
  return undefined;
}

/**
 * A nominalised adjective or participle (die Reisenden, den Einheimischen) whose -e lemma the dictionary
 * has without meaning, gender or singular (the full-form data's guess, a plural-only headword) takes
 * Ding's headword in -er (Reisender, Einheimischer: m, "traveller", "local") under the -e lemma; the
 * article corrects the gender later. Ding's plural of that headword in -e or -en shows the adjectival
 * declension, so Meister (plural Meister) is no "Meiste".
 */
function adjectivalEntry(lex: Lexicon, e: LexEntry): LexEntry {
  // Ding's headword in -er itself (die Reisende, ein Reisender): the card names it by the -e form, whose
  // gender the article then gives.
  const stem = e.lemma.endsWith("er") ? e.lemma.slice(0, -1) : undefined;
  if (
    stem &&
    e.gender === "m" &&
    e.plurals.some((p) => p === stem || p === `${stem}n`) &&
    isNominalisedAdjective(lex, stem)
  )
    return { ...e, lemma: stem, plurals: [`${stem}n`] };
  // Ding's neuter headword in -es (Erbrochenes, Gehacktes): the strong form of the adjective or participle made
  // a noun; the card names it by the -e form, as every nominalised adjective (das Erbrochene, etwas Neues: Neue).
  const neuter = e.lemma.endsWith("es") && e.gender === "n" ? e.lemma.slice(0, -1) : undefined;
  if (neuter && isNominalisedAdjective(lex, neuter)) return { ...e, lemma: neuter };
  if (!e.lemma.endsWith("e") || (e.senses.length && e.gender && !e.pluralOnly)) return e;
  if (!isNominalisedAdjective(lex, e.lemma)) return e;
  const declined = [e.lemma, `${e.lemma}n`];
  const masculine = nouns(lex, `${e.lemma}r`).find(
    (x) => x.gender === "m" && x.senses.length && x.plurals.some((p) => declined.includes(p)),
  );
  if (!masculine) return e;
  return { ...masculine, lemma: e.lemma, plurals: [`${e.lemma}n`] };
}

/**
 * An ordinal used as a noun ("Sie wurde Vierte", "der Zweite von links"): the place it names, in English;
 * the article gives the gender.
 */
export function ordinalNounDraft(text: string): Draft | undefined {
  const lower = text.toLowerCase();
  const n = ordinalValue(lower);
  if (n === undefined) return undefined;
  return draft(text, capitalise(ordinalLemma(lower)), "noun", undefined, true, [
    { glosses: ordinalGlosses(n), domains: [] },
  ]);
}

/** A noun the dictionary lacks but whose parts it knows: Staatszeitung = Staat(s) + Zeitung. */
export function compoundDraft(lex: Lexicon, text: string): Draft | undefined {
  const comp = splitCompound(lex, text);
  if (!comp) return undefined;
  const d = draft(
    text,
    comp.lemma,
    "noun",
    undefined,
    true,
    comp.composedGloss ? [{ glosses: [comp.composedGloss], domains: [] }] : [],
  );
  if (comp.composedGloss) d.composed = true;
  if (comp.gender) d.a.gender = comp.gender;
  const plural = comp.plural ?? regularPlural(comp.lemma, comp.gender);
  if (plural) d.a.plural = plural;
  return withCompound(lex, d, comp);
}

// Endings that fix gender and plural even when the word is not in the dictionary.
const NOUN_SUFFIXES: [RegExp, "m" | "f" | "n", (lemma: string) => string][] = [
  [/(?:ung|heit|keit|schaft|tion|ität)$/, "f", (l) => `${l}en`],
  // Aquaristik, Sensorik, Rhetorik, Akustik (not -lik, -fik, -aik: der Katholik, der Pazifik, das Mosaik).
  [/\p{Ll}{3}(?:tik|nik|rik|sik)$/u, "f", (l) => `${l}en`],
  [/(?:chen|lein)$/, "n", (l) => l],
  [/ismus$/, "m", (l) => l.replace(/us$/, "en")],
  // Saibling, Engerling, Sämling: -ling makes masculine nouns of things and beings (surnames on -ling are
  // read before this, from the surname list or a first name before them).
  [/^\p{Lu}\p{Ll}{3,}ling$/u, "m", (l) => `${l}e`],
  // Panthenol, Bisabolol, Aerosol: -ol names a chemical substance, neuter and without plural in use.
  [/^\p{Lu}\p{Ll}{4,}[^aeiouäöü]ol$/u, "n", (l) => `${l}e`],
  // Hotline, Deadline, Pipeline, Praline, Mandoline: nouns on -line, English or not, are feminine.
  [/^\p{Lu}\p{Ll}{2,}line$/u, "f", (l) => `${l}s`],
  // Essenerin, Bonnerin, Zuspielerin: -in on a noun in -er (an inhabitant, an agent) makes a woman of it.
  [/^\p{Lu}\p{Ll}{2,}erin$/u, "f", (l) => `${l}nen`],
];

/** An honest card for an unknown noun whose ending tells gender and plural (Administration, f). */
export function suffixNounDraft(text: string): Draft | undefined {
  const stem = text.replace(/(?<=(?:ung|heit|keit|schaft|tion|ität))en$/, "");
  for (const [ending, gender, plural] of NOUN_SUFFIXES) {
    if (!ending.test(stem)) continue;
    const d = unknownDraft(text, stem, "noun");
    d.a.gender = gender;
    d.a.plural = plural(stem);
    return d;
  }
  return undefined;
}

/**
 * Heads that end names of places, people and landmarks as often as common nouns (Rosenberg, Kaltenbach,
 * Hirschhorn, Palmengarten, Reschenpass): a compound on them with an unknown first part may be a name.
 */
const NAME_LIKE_HEAD =
  /(?:berg|burg|bach|feld|felde|dorf|heim|hausen|haus|stadt|stedt|stein|wald|horn|kopf|hagen|brunn|brunnen|garten|wiese|platz|straße|allee|brücke|viertel|kirche|turm|park|museum|palast|theater|stadion|arena|bahn|pass|insel|spitze|weg|hütte|schlucht|see)$/u;

/**
 * "mit Sheabutter und Hyaluronsäure": an unknown word that ends in a common noun of the dictionary (Butter,
 * Säure; five letters or more) after a first part of three letters or more is that kind of thing, a noun with
 * the head's gender and the two parts (Shea + Butter), not a name, unless the head is one that names places and landmarks end in too. Where
 * the word is a noun already (after an article), a head in another form (a plural, a genitive) counts too
 * and gives the compound its lemma: "der Wiesnwirte" is der Wiesnwirt. Elsewhere such a word may still be a
 * name (a surname on -s, a place), and the head must be a headword.
 */
export function unknownModifierDraft(lex: Lexicon, text: string, inflected = false): Draft | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || NAME_LIKE_HEAD.test(text)) return undefined;
  for (let k = 3; k <= text.length - 5; k++) {
    const head = `${text.charAt(k).toUpperCase()}${text.slice(k + 1)}`;
    const entry =
      lex.entries(head).find((e) => e.pos === "noun" && e.gender !== undefined) ??
      (inflected ? nounLemmas(lex, head).find((e) => e.gender !== undefined && e.lemma !== head) : undefined);
    if (!entry?.gender) continue;
    const lemma = entry.lemma === head ? text : `${text.slice(0, k)}${lowerFirst(entry.lemma)}`;
    // The lemma's own head must name a place or landmark no more than the form did (Hütten → Hütte).
    if (NAME_LIKE_HEAD.test(lemma)) return undefined;
    const d = unknownDraft(text, lemma, "noun");
    d.a.gender = entry.gender;
    // Its parts, as a compound's: Shea + Butter. The first part has no meaning to show, as a part the
    // full-form data alone knows (Laminat|boden) has none.
    const agent = particleAgent(lex, text.slice(0, k), head);
    if (agent) {
      d.a.parts = agent;
      return d;
    }
    const first = text.slice(0, k);
    d.a.parts = [
      { text: first, lemma: first, gloss: "" },
      { text: text.slice(k), lemma: entry.lemma, gloss: entry.senses[0]?.glosses[0] ?? "" },
    ];
    return d;
  }
  return undefined;
}

/**
 * A head in -er after a separable particle may be the agent noun of the particle verb, not of the bare one:
 * Wasser|aufbereiter is a device that aufbereitet (treats) water, not "Wasserauf" + Bereiter (a horse
 * trainer). Then the particle belongs to the head, and the first part is the noun before it (Wasser, water).
 */
function particleAgent(lex: Lexicon, first: string, head: string): CompoundPart[] | undefined {
  const stem = /^(\p{L}{3,})er$/u.exec(head.toLowerCase())?.[1];
  if (!stem) return undefined;
  const lower = first.toLowerCase();
  const particle = PARTICLES.find(
    (p) => lower.endsWith(p) && lower.length - p.length >= 3 && infinitives(lex, p + stem).length > 0,
  );
  if (!particle) return undefined;
  const before = first.slice(0, first.length - particle.length);
  const noun = nouns(lex, before).find((e) => !e.pluralOnly);
  return [
    { text: before, lemma: noun?.lemma ?? before, gloss: noun?.senses[0]?.glosses[0] ?? "" },
    {
      text: first.slice(before.length) + head.toLowerCase(),
      lemma: `${capitalise(particle)}${head.toLowerCase()}`,
      gloss: "",
    },
  ];
}

/** Articles and determiners that never stand before a neuter singular noun: die, den, der, keine, alle … */
const NOT_NEUTER_SINGULAR =
  /^(?:die|der|den|(?:dies|jen|kein|mein|dein|sein|ihr|unser|eur|all|solch|welch)(?:e|en|er)|beide[n]?|einige[n]?|mehrere[n]?|viele[n]?|wenige[n]?)$/;

/**
 * "die Steuern", "den Pflanzen": after an article no neuter singular takes, a form that is both a neuter
 * noun of its own (das Steuern, a verb used as a noun) and another noun's plural is the plural (in place).
 * With no article at all, so is a verb used as a noun that has no plural of its own in the full-form data
 * (das Pumpen, a mass noun): "zwei Pumpen", "mit Pumpen", "Pflanzen brauchen Licht"; das Essen and das
 * Leben, nouns with plurals, stay themselves.
 */
export function pluralsAfterArticles(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    if (d?.a.pos !== "noun" || d.a.lemma !== d.a.text) return;
    const [first, ...rest] = nounLemmas(lex, d.a.text);
    if (first?.lemma !== d.a.text || first.gender !== "n") return;
    const plural = rest.find((e) => e.lemma !== d.a.text && e.gender !== "n");
    if (!plural) return;
    const toPlural = () => {
      const other = nounDraft(lex, d.a.text, plural);
      if (other) drafts[i] = other;
    };
    const massVerbalNoun = verbalNoun(lex, d) && !lex.fullNoun(d.a.text)?.plural;
    // "Hohe Steuern", "aus tropischen Pflanzen": with no article, an adjective in -e or -en is no neuter
    // singular's (that would be hohes, tropischem).
    let strongPlural = false;
    for (let j = i - 1; j >= Math.max(-1, i - 3); j--) {
      const prev = j >= 0 ? drafts[j] : null;
      const t = j >= 0 ? wordAt(tokens, j) : undefined;
      if (prev?.a.pos === "adj" && t) {
        strongPlural ||= j === i - 1 && /\p{L}(?:e|en)$/u.test(t.text) && !/(?:em|er|es)$/.test(t.text);
        // Lautes Pumpen, nach zähem Kämpfen: the adjective's ending is a singular's.
        if (j === i - 1 && /(?:em|es)$/.test(t.text)) return;
        continue;
      }
      if (prev?.a.pos === "num") continue;
      // beim, zum, vom Pumpen: a preposition fused with an article is that article.
      if (prev?.a.pos === "prep" && t && articleReadings(t.text.toLowerCase())) return;
      if (prev?.a.pos === "det" && t) {
        if (NOT_NEUTER_SINGULAR.test(t.text.toLowerCase())) toPlural();
        return;
      }
      // Only where the phrase plainly starts there (sentence, punctuation, preposition, verb, conjunction):
      // in "das 2014 mit der Regierung geschlossene Abkommen" the article stands further back.
      const opens = !prev || ["prep", "verb", "conj"].includes(prev.a.pos);
      // A verb used as a noun as a mass noun needs an article or an adjective in -es or -em to be itself.
      if ((strongPlural && opens) || (massVerbalNoun && !besideVerbalNoun(lex, tokens, drafts, i))) toPlural();
      return;
    }
  });
}

/** "Laufen und Kämpfen": a verb used as a noun joined by und or oder to another is one too. */
function besideVerbalNoun(lex: Lexicon, tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number) {
  const joined = (k: number) => ["und", "oder"].includes(wordAt(tokens, k)?.text ?? "");
  return (joined(i - 1) && verbalNoun(lex, drafts[i - 2])) || (joined(i + 1) && verbalNoun(lex, drafts[i + 2]));
}

/** A neuter noun spelled as a verb's infinitive, with itself as lemma: das Pumpen, das Laufen. */
function verbalNoun(lex: Lexicon, d: Draft | null | undefined): boolean {
  return d?.a.pos === "noun" && d.a.gender === "n" && d.a.lemma === d.a.text && lex.isVerb(lowerFirst(d.a.text));
}
