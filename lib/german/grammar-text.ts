// The grammar of a card written out in German, the same in every UI language: the card shows it, and a
// saved word keeps it (vocabulary, export). Pure.
import type { CardEntry, PrincipalParts } from "./types";

const AUX = { haben: "hat", sein: "ist", "haben/sein": "hat/ist" } as const;

/** "empfangen – empfängt – empfing – hat empfangen"; "sich erinnern – …" for a reflexive verb. */
export function principalPartsText(lemma: string, parts: PrincipalParts, reflexive = false): string {
  const participle = parts.auxiliary ? `${AUX[parts.auxiliary]} ${parts.participle}` : parts.participle;
  const forms = [reflexive ? `sich ${lemma}` : lemma, parts.present, parts.past, participle];
  return forms.filter((f): f is string => !!f).join(" – ");
}

/** "der Student, den/dem Studenten, des Studenten"; "des Namens" keeps the -s only in the genitive. */
export function weakNounText(lemma: string, genitive: string): string {
  const other = genitive.endsWith("ns") ? genitive.slice(0, -1) : genitive;
  return `der ${lemma}, den/dem ${other}, des ${genitive}`;
}

/** "der Vorsitzende, ein Vorsitzender": an adjective's endings after each kind of article. */
export function adjectivalText(lemma: string, gender: CardEntry["gender"]): string {
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  if (gender === "m") return `der ${stem}e, ein ${stem}er`;
  if (gender === "f") return `die ${stem}e, eine ${stem}e`;
  if (gender === "n") return `das ${stem}e, ein ${stem}es`;
  return `die ${stem}en, ${stem}e`;
}

/** What a saved word keeps of its grammar: one line, empty when there is nothing to note. */
export function grammarLine(entry: CardEntry): string {
  const out: string[] = [];
  if (entry.principalParts) out.push(principalPartsText(entry.lemma, entry.principalParts, entry.reflexive));
  else if (entry.reflexive) out.push(`sich ${entry.lemma}`);
  if (entry.weak) out.push(`n-Deklination: ${weakNounText(entry.lemma, entry.weak.genitive)}`);
  if (entry.adjectival) out.push(adjectivalText(entry.lemma, entry.gender));
  return out.join("; ");
}
