// The sense of an ambiguous noun from another noun of its sentence, through the compound Ding lists of the
// two. German fixes the pairs that go together as compounds, and Ding's English for the compound names the
// noun's sense in it: "Der Absatz meines Schuhs ist abgebrochen" (Schuhabsatz "heel"), "die Decke im Zimmer"
// (Zimmerdecke "ceiling"), "Die Bank hat den Kredit abgelehnt" (Bankkredit "bank loan").
import { joinRareSense } from "./kind-sense";
import type { Lexicon, LexSense } from "./lexicon";
import type { MeaningChoice, SenseChoice } from "./meaning";
import type { Draft } from "./sentence-context";

/**
 * How a noun may begin a compound: as it is, with a linking s or es, without its final e (Kirch|platz), or
 * as its plural (Jacken|futter, Radwege|netz, Firmen|sitz).
 */
function modifierForms(lex: Lexicon, lemma: string): string[] {
  const forms = new Set([lemma, `${lemma}s`, `${lemma}es`]);
  if (lemma.endsWith("e")) forms.add(lemma.slice(0, -1));
  for (const e of lex.entries(lemma)) if (e.pos === "noun") for (const p of e.plurals) forms.add(p);
  return [...forms];
}

// The compounds' glosses per lexicon, by modifier and head: pairs of words recur in a text and across texts.
const compoundCaches = new WeakMap<Lexicon, Map<string, readonly string[]>>();
const COMPOUND_LIMIT = 20_000;

/** The glosses of the compounds of `modifier` + `head` Ding lists as nouns, lower case. */
function compoundGlosses(lex: Lexicon, modifier: string, head: string): readonly string[] {
  let cache = compoundCaches.get(lex);
  if (!cache) {
    cache = new Map();
    compoundCaches.set(lex, cache);
  }
  const key = `${modifier}\t${head}`;
  let out = cache.get(key);
  if (out) return out;
  const found: string[] = [];
  for (const form of modifierForms(lex, modifier))
    for (const e of lex.entries(`${form}${head.toLowerCase()}`))
      if (e.pos === "noun") for (const s of e.senses) for (const g of s.glosses) found.push(g.toLowerCase());
  out = found;
  if (cache.size >= COMPOUND_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}

/** A gloss without "to", an article or a bracketed note, lower case. */
function plain(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/^(?:to|a|an|the) /, "")
    .trim();
}

/**
 * Whether the compound's English holds the sense's gloss as words of its own ("head of department":
 * head) or as the end of a closed English compound of four letters or more ("schoolyard": yard).
 */
function names(compound: string, gloss: string): boolean {
  if (gloss.length < 3) return false;
  const words = ` ${compound.replace(/[^\p{L}]+/gu, " ").trim()} `;
  if (words.includes(` ${gloss} `)) return true;
  return (
    !gloss.includes(" ") &&
    gloss.length >= 4 &&
    words.split(" ").some((w) => w.length > gloss.length && w.endsWith(gloss))
  );
}

/**
 * The sense and gloss the compounds' English names by the longest gloss, the earlier sense on a tie: the
 * longer gloss says more (Theaterstück "work for the stage" names Stück "stage play", not "workpiece; work").
 */
function namedGloss(senses: readonly LexSense[], compounds: readonly string[]): SenseChoice | undefined {
  let top = 0;
  let out: SenseChoice | undefined;
  senses.forEach((s, sense) => {
    s.glosses.forEach((g, gloss) => {
      const p = plain(g);
      if (p.length > top && compounds.some((c) => names(c, p))) {
        top = p.length;
        out = { sense, gloss };
      }
    });
  });
  return out;
}

/** The other common nouns of the sentence, and the last part of each compound (Bildschirmdiagonale: Diagonale). */
function otherNouns(drafts: readonly (Draft | null)[], i: number, lemma: string): Set<string> {
  const out = new Set<string>();
  drafts.forEach((d, j) => {
    if (j === i || d?.a.pos !== "noun" || d.a.name) return;
    for (const n of [d.a.lemma, d.a.parts?.at(-1)?.lemma])
      if (n && n !== lemma && /^\p{Lu}\p{Ll}+$/u.test(n)) out.add(n);
  });
  return out;
}

// Verbs of grammar, no content of their own to compound with.
export const FUNCTION_VERBS: ReadonlySet<string> = new Set([
  "sein",
  "haben",
  "werden",
  "können",
  "müssen",
  "dürfen",
  "sollen",
  "wollen",
  "mögen",
  "lassen",
]);

/**
 * The stems of the sentence's other verbs, as they begin a compound (sitzen: Sitz|bank, steigen:
 * Steig|leiter, unterrichten: Unterricht·s|fach) or end one, as the verb's noun, the stem or stem + -ung
 * (ausfallen: Strom|ausfall "electricity outage", spielen: Rollen|spiel "role play", einstellen:
 * Verfahrens|einstellung "discontinuation of proceedings"): "Sie saßen auf einer Bank" is a bench, "Der
 * Strom ist ausgefallen" electricity, not a current, "Das Verfahren wurde eingestellt" proceedings, not a
 * method.
 */
function verbStems(drafts: readonly (Draft | null)[], i: number): Set<string> {
  const out = new Set<string>();
  drafts.forEach((d, j) => {
    if (j === i || d?.a.pos !== "verb" || FUNCTION_VERBS.has(d.a.lemma)) return;
    const stem = nounStem(d.a.lemma);
    if (stem) out.add(stem);
  });
  return out;
}

/**
 * The nouns the sentence's other strong verbs make from their participle's stem (participleStem), as they end
 * a compound with the noun: "Im Winter geht die Sonne spät auf" (Sonnen|aufgang). Not as a compound's first
 * part: Fund|stelle ("place of discovery", finden) says nothing of the Stelle that was found.
 */
function participleNouns(lex: Lexicon, drafts: readonly (Draft | null)[], i: number): Set<string> {
  const out = new Set<string>();
  drafts.forEach((d, j) => {
    if (j === i || d?.a.pos !== "verb" || FUNCTION_VERBS.has(d.a.lemma)) return;
    const stem = participleStem(lex, d.a.lemma);
    if (stem) out.add(stem);
  });
  return out;
}

/**
 * A strong verb's noun from its past participle's stem, where the vowel changes (aufgehen: auf|ge|gang|en,
 * Aufgang; verstehen: Verstand; angreifen: Angriff): German names the act of many strong verbs so (Sonnen|aufgang
 * "sunrise", Ein|gang, Zu|gang). Undefined for a weak verb's participle (-t) or where it is the stem already.
 */
function participleStem(lex: Lexicon, verb: string): string | undefined {
  return lex.cached("participleStem", verb, () => {
    const participle = lex.conjugation(verb)?.A?.[0];
    const particle = lex.verb(verb)?.particle ?? "";
    if (!participle?.endsWith("en") || !participle.startsWith(particle)) return undefined;
    const rest = participle.slice(particle.length, -2);
    const stem = nounStem(`${particle}${rest.startsWith("ge") ? rest.slice(2) : rest}en`);
    return stem !== nounStem(verb) ? stem : undefined;
  });
}

/** A verb's stem as a compound writes it, capitalised (sitzen: Sitz); undefined without -n or under three letters. */
function nounStem(verb: string): string | undefined {
  const stem = verb.replace(/e?n$/, "");
  return stem.length >= 3 && stem !== verb ? `${stem[0]?.toUpperCase()}${stem.slice(1)}` : undefined;
}

/**
 * The sense a compound of the noun and another noun of its sentence names, either way round (Schuh|absatz,
 * Bank|kredit), by its longest gloss named; the earlier sense on a tie, so the first sense stays if named.
 * In the first sense the gloss named comes first (namedChoice): Radwegenetz "network of bicycle paths" makes
 * Netz "network", not "net".
 */
export function compoundSense(lex: Lexicon, drafts: readonly (Draft | null)[], i: number): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2) return undefined;
  const lemma = d.a.lemma;
  const compounds: string[] = [];
  for (const other of otherNouns(drafts, i, lemma))
    compounds.push(...compoundGlosses(lex, other, lemma), ...compoundGlosses(lex, lemma, other));
  for (const stem of verbStems(drafts, i))
    compounds.push(
      ...compoundGlosses(lex, stem, lemma),
      ...compoundGlosses(lex, lemma, stem),
      ...compoundGlosses(lex, lemma, `${stem}ung`),
    );
  for (const noun of participleNouns(lex, drafts, i)) compounds.push(...compoundGlosses(lex, lemma, noun));
  return namedChoice(senses, compounds);
}

/**
 * The choice the English of compounds or phrases makes among the senses (namedGloss), undefined where it
 * names nothing or the first gloss of the first sense. A later sense is shown by its first gloss; in the
 * first sense the gloss named comes first, as the first sense is the default reading and the English only
 * says which of its words fits.
 */
export function namedChoice(senses: readonly LexSense[], english: readonly string[]): MeaningChoice | undefined {
  const named = english.length ? namedGloss(senses, english) : undefined;
  if (!named || (named.sense === 0 && named.gloss === 0)) return undefined;
  return { sense: named.sense === 0 ? named : { sense: named.sense, gloss: 0 } };
}

// How English derives a noun from a verb's stem (calculat|ion, fail|ure, settl|ement, renew|al, increas|e).
const NOUN_SUFFIXES = /^(?:e|s|es|ing|ion|ions|ation|ment|ement|al|ure|er|ers)?$/;

/** A one-word verb gloss's stem ("to calculate": calculat), undefined for a phrase or a short verb. */
function verbGlossStem(gloss: string): string | undefined {
  const verb = plain(gloss);
  return verb.includes(" ") || verb.length < 4 ? undefined : verb.replace(/e$/, "");
}

/**
 * A verb's sense from the compound of another noun of its sentence and the verb's own noun (its stem, or
 * stem + -ung), as Ding glosses it: "Wir müssen die Kosten genau berechnen" is berechnen "to calculate"
 * (Kostenberechnung "cost calculation"), not "to charge"; "Der Müll muss getrennt werden" trennen "to
 * segregate" (Mülltrennung "waste segregation"); "Der Strom ist ausgefallen" ausfallen "to fail"
 * (Stromausfall "power failure"). The compound's English names the verb by its noun. Senses that need a
 * preposition or the reflexive pronoun are left to the clause's own evidence; the first sense stays where
 * a compound names it.
 */
export function verbCompoundSense(
  lex: Lexicon,
  drafts: readonly (Draft | null)[],
  i: number,
): MeaningChoice | undefined {
  const d = drafts[i];
  const senses = d?.senses ?? [];
  if (!d || senses.length < 2 || FUNCTION_VERBS.has(d.a.lemma)) return undefined;
  const head = nounStem(d.a.lemma);
  if (!head) return undefined;
  const heads = [head, `${head}ung`, participleStem(lex, d.a.lemma) ?? []].flat();
  const words = new Set<string>();
  for (const noun of otherNouns(drafts, i, d.a.lemma))
    for (const h of heads)
      for (const c of compoundGlosses(lex, noun, h)) for (const w of c.split(/[^\p{L}]+/u)) if (w) words.add(w);
  if (!words.size) return undefined;
  // The verb's noun begins an English word (calculat|ion) or ends a closed English compound (sun|rise).
  const named = (g: string) => {
    const st = verbGlossStem(g);
    const verb = plain(g);
    return (
      st !== undefined &&
      [...words].some(
        (w) =>
          (w.startsWith(st) && NOUN_SUFFIXES.test(w.slice(st.length))) || (w.length > verb.length && w.endsWith(verb)),
      )
    );
  };
  const fits = (s: LexSense) => s.prep === undefined && !s.reflexive && s.glosses.some(named);
  const at = senses.findIndex(fits);
  if (at >= 0) return at > 0 ? { sense: { sense: at, gloss: senses[at]?.glosses.findIndex(named) ?? 0 } } : undefined;
  // A rarer sense the card keeps for the alignment only joins the card, as an object's does (context-meaning.ts),
  // where the compound's English derives a noun from it: the verb's own word is no evidence there, since the
  // verb's noun names the thing as often as the act ("Ich spiele Fußball": Fußballspiel "football game" is
  // no spielen "to game", Ding's colloquial sense for computer games).
  const derived = (g: string) => named(g) && !words.has(plain(g));
  const rare = joinRareSense(lex, d, (s) => fits(s) && s.glosses.some(derived));
  if (rare === undefined) return undefined;
  return { sense: { sense: rare, gloss: d.senses?.[rare]?.glosses.findIndex(named) ?? 0 } };
}
