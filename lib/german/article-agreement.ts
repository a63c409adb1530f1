// A noun agrees with its article in gender and number. Where the reading the dictionary gave first does not
// (aus dem Schuppen: not the plural of Schuppe; eine Band: not das Band), another reading of the same form
// that does is taken, or, for a singular no other reading has, the one gender the article allows.
import { articleReadings, determinerReadings, type Reading, singularGenders } from "./determiners";
import { nounLemmas, nouns } from "./lemmatize";
import type { LexEntry, Lexicon } from "./lexicon";
import { isNominalisedAdjective } from "./nominalised";
import { nounDraft } from "./noun-draft";
import { type Draft, wordAt } from "./sentence-context";
import type { Token } from "./types";
import { verbalNounDraft } from "./verbal-noun";
import { lowerFirst, SAME_PLURAL_SHAPE } from "./word-shape";

/** What a determiner (or a preposition fused with one) allows the noun after it to be. Opening the
 * sentence, der is the nominative: Der See ist tief (not die See). */
function allowed(word: string): readonly Reading[] | undefined {
  if (word === COUNT) return ["pl"];
  if (word === STRONG_NEUTER) return ["n"];
  return word === "der-nominative" ? ["m"] : determinerReadings(word);
}

/** Stands for a number above one before the noun, which allows the plural only ("nach sieben Spielen"). */
const COUNT = "count";

/** Whether a number other than one stands right before token i, over adjectives: "sieben Spielen", "3 neuen Spielen". */
function countBefore(tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = tokens[j];
    if (t?.type === "number") return /^\d+$/.test(t.text) && t.text !== "1";
    const d = drafts[j];
    if (d?.a.pos === "adj") continue;
    return d?.a.pos === "num" && !/^ein/.test(d.a.lemma) && /^\p{Ll}+$/u.test(t?.text ?? "");
  }
  return false;
}

/**
 * A nominalised infinitive has no plural (das Spielen): where the dictionary gives it none, its form is no
 * plural, though it is shaped like one. The plural there is another noun's dative (den Spielen: Spiel).
 */
function uncountedInfinitive(lex: Lexicon, e: LexEntry): boolean {
  return e.gender === "n" && e.plurals.length === 0 && e.lemma.endsWith("en") && lex.isVerb(lowerFirst(e.lemma));
}

/** Nouns whose plural, with the dative's -n, is this form: Spielen → Spiel (Spiele). */
function dativePluralOf(lex: Lexicon, text: string): LexEntry[] {
  if (!text.endsWith("en")) return [];
  return lex.pluralOf(text.slice(0, -1)).flatMap((hw) => nouns(lex, hw));
}

// Stands for an adjective in -es with no determiner before it: the strong ending of a neuter singular.
const STRONG_NEUTER = "adjective-es";

/** The readings an entry gives this form: its gender as a singular, "pl" as a plural. */
function readings(lex: Lexicon, e: LexEntry, text: string): Reading[] {
  const full = lex.fullNoun(e.lemma);
  const plurals = [...e.plurals, ...(full?.plural ? [full.plural] : [])];
  const out: Reading[] = [];
  const plural = plurals.some((p) => text === p || text === `${p}n`) || (e.pluralOnly && !e.gender);
  // Zero plurals (der Lehrer, die Lehrer) may be missing from the lists: a form in -er, -el, -en, -chen
  // with no plural given may be one.
  const mayBePlural = plurals.length === 0 && SAME_PLURAL_SHAPE.test(text) && !uncountedInfinitive(lex, e);
  if (plural || mayBePlural) out.push("pl");
  // A singular case form counts as the singular: des, dem, den Funken of the weak Funke.
  const singularCase = Object.values(full?.cases?.singular ?? {}).includes(text);
  if (e.gender && (text === e.lemma || singularCase || !plural)) out.push(e.gender);
  return out;
}

const agrees = (r: readonly Reading[], a: readonly Reading[]) => r.some((x) => a.includes(x));

/**
 * The determiner before token i, over adjectives; undefined where none opens the phrase. With none, an
 * inflected adjective in -es right before the noun ("betreutes Arbeiten", "frisches Brot") has the strong
 * ending only a neuter singular takes (the strong genitive is -en: "guten Weines"): STRONG_NEUTER.
 */
function determinerBefore(tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number): string | undefined {
  const before = drafts[i - 1]?.a;
  const strong =
    before?.pos === "adj" && wordAt(tokens, i - 1) && /es$/.test(before.text) && before.lemma !== before.text
      ? STRONG_NEUTER
      : undefined;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const prev = drafts[j];
    const t = wordAt(tokens, j);
    if (!prev || !t) return strong;
    if (prev.a.pos === "adj" || prev.a.pos === "num") continue;
    const w = t.text.toLowerCase();
    // "die Stadt, die Geld braucht": after a comma der, die, das may be a relative pronoun.
    if (prev.a.pos === "det" && tokens[j - 1]?.text !== ",") return w === "der" && j === 0 ? "der-nominative" : w;
    if (prev.a.pos === "prep" && articleReadings(w)) return w;
    return prev.a.pos === "pron" ? undefined : strong;
  }
  return i <= 3 ? strong : undefined;
}

/**
 * "einen flauschigen Pompon", "eine Deadline": a noun without a gender (no dictionary has it) after an article
 * that allows one reading only, one gender and no plural (einen, eine, das), has that gender.
 */
function genderOfArticle(tokens: readonly Token[], drafts: readonly (Draft | null)[], i: number, d: Draft): void {
  const article = determinerBefore(tokens, drafts, i);
  const can = article && article !== "der-nominative" ? allowed(article) : undefined;
  const only = can?.length === 1 ? can[0] : undefined;
  if (only && only !== "pl" && d.a.lemma === d.a.text) d.a.gender = only;
}

export function agreeWithArticles(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    if (d?.a.pos === "noun" && !d.a.gender) genderOfArticle(tokens, drafts, i, d);
    if (d?.a.pos !== "noun" || !d.a.gender || !d.a.known || isNominalisedAdjective(lex, d.a.lemma)) return;
    const article = determinerBefore(tokens, drafts, i) ?? (countBefore(tokens, drafts, i) ? COUNT : undefined);
    const can = article ? allowed(article) : undefined;
    if (!can) return;
    const text = d.a.text;
    const entries = nounLemmas(lex, text);
    const current = entries.find((e) => e.lemma === d.a.lemma || d.a.lemma.endsWith(e.lemma.toLowerCase()));
    // A lemma none of the form's entries gives (a spelling variant: Prozeß → Prozess) is left as it is.
    if (!current && entries.length > 0) return;
    // A compound the dictionary lacks: any form other than the lemma may be a plural.
    const now: Reading[] = current
      ? readings(lex, current, text)
      : text !== d.a.lemma || text === d.a.plural
        ? ["pl", ...(text === d.a.lemma ? [d.a.gender] : [])]
        : [d.a.gender];
    if (agrees(now, can)) return;
    const others = current && uncountedInfinitive(lex, current) ? [...entries, ...dativePluralOf(lex, text)] : entries;
    const other = others.find((e) => e !== current && agrees(readings(lex, e, text), can));
    if (other) {
      const redrafted = nounDraft(lex, text, other);
      if (redrafted) drafts[i] = redrafted;
      return;
    }
    // "beim Arbeiten", "betreutes Arbeiten": where the phrase wants a neuter singular and the form is a plural
    // (of Arbeit), an infinitive it spells is the verb used as a noun, neuter like every one.
    const verbal = can.includes("n") && !can.includes("pl") ? verbalNounDraft(lex, text) : undefined;
    if (verbal) {
      drafts[i] = verbal;
      return;
    }
    // A singular the dictionary knows in one gender only, where the article allows one other: die Band.
    // Where it allows two, the full-form data's gender decides if it is one of them (am Steuer: n).
    const genders = singularGenders(can) ?? [];
    if (text !== d.a.lemma) return;
    const full = lex.fullNoun(text)?.gender;
    // Opening the sentence, der may still be a feminine dative (Der Frau gefiel es): there only the data's
    // masculine is taken (Der See: the full-form data's der See beside Ding's die See).
    const sure = article !== "der-nominative";
    if (sure && !now.includes("pl") && genders.length === 1 && genders[0]) d.a.gender = genders[0];
    else if (full && genders.includes(full)) d.a.gender = full;
  });
}
