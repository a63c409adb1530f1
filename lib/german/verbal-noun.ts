// A verb used as a noun that the dictionary does not list (beim Aufräumen, das Betreten eines Feldes): every
// German infinitive can be one, so Ding lists only the common ones. The card gives it as the neuter noun it
// is, with the verb's meanings as English -ing forms ("to tidy up" → "tidying up").
import { draft, rankOf } from "./draft";
import type { Lexicon, LexSense } from "./lexicon";
import { type Draft, isSentenceInitial } from "./sentence-context";
import type { Token } from "./types";
import { lowerFirst } from "./word-shape";

/** The -ing form of an English verb gloss ("to tidy up" → "tidying up"); undefined for one that is no "to …". */
export function gerund(gloss: string): string | undefined {
  const m = /^to ([a-z]+)(.*)$/.exec(gloss);
  if (!m?.[1]) return undefined;
  return ingForm(m[1]) + (m[2] ?? "");
}

const VOWEL = "aeiou";

function ingForm(verb: string): string {
  if (verb === "be") return "being";
  if (verb.endsWith("ie")) return `${verb.slice(0, -2)}ying`;
  // make → making, but see → seeing, dye → dyeing, canoe → canoeing.
  if (verb.endsWith("e") && !/(?:ee|ye|oe)$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  // One syllable ending in a single vowel and a consonant doubles it: stop → stopping, run → running (not
  // open → opening, visit → visiting, whose stress is elsewhere; not fix, show, play).
  const syllables = verb.match(/[aeiouy]+/g)?.length ?? 0;
  const last = verb.at(-1) ?? "";
  const cvc =
    syllables === 1 &&
    verb.length >= 3 &&
    !VOWEL.includes(last) &&
    !"wxy".includes(last) &&
    VOWEL.includes(verb.at(-2) ?? "") &&
    !VOWEL.includes(verb.at(-3) ?? "");
  return cvc ? `${verb}${last}ing` : `${verb}ing`;
}

/**
 * "Aufräumen", "Betretens": a capitalised infinitive (or its genitive in -s) of a verb the lexicon knows,
 * as a neuter noun with no plural; undefined for any other word. The stem may be two letters ("nach dem
 * Üben", "das Tun" has no -en and is listed).
 */
export function verbalNounDraft(lex: Lexicon, text: string): Draft | undefined {
  const lemma = /^(\p{Lu}\p{Ll}+(?:en|ern|eln))s?$/u.exec(text)?.[1];
  if (!lemma) return undefined;
  const verb = lowerFirst(lemma);
  if (!lex.isVerb(verb)) return undefined;
  const senses: LexSense[] = [];
  for (const e of lex.entries(verb)) {
    if (e.pos !== "verb") continue;
    for (const s of e.senses) {
      const glosses = s.glosses.map(gerund).filter((g): g is string => g !== undefined);
      if (glosses.length) senses.push({ glosses, domains: s.domains });
    }
  }
  const d = draft(text, lemma, "noun", rankOf(lex, verb, verb), senses.length > 0, senses);
  d.a.gender = "n";
  return d;
}

const JOINS = new Set(["und", "oder", "sowie"]);

/** A noun read as itself, neuter, that is also a verb's infinitive capitalised: Laufen, Schwimmen, Aufräumen. */
function verbAsNoun(lex: Lexicon, d: Draft | null | undefined, t: Token | undefined): boolean {
  return (
    d?.a.pos === "noun" &&
    t?.type === "word" &&
    d.a.lemma === t.text &&
    d.a.gender === "n" &&
    verbalNounDraft(lex, t.text) !== undefined
  );
}

/**
 * "Laufen und Kämpfen": coordinated with a verb used as a noun, a capitalised infinitive read as another noun's
 * inflected form (Kämpfen, dative plural of Kampf) is the verb used as a noun too, as a list joins like with
 * like. A form that is its own noun (Pflanzen beside Tiere) keeps its reading: only the partner decides.
 */
export function coordinatedVerbalNouns(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    if (d?.a.pos !== "noun" || t?.type !== "word" || d.a.lemma === t.text) return;
    const before = JOINS.has(tokens[i - 1]?.text ?? "") && verbAsNoun(lex, drafts[i - 2], tokens[i - 2]);
    const after = JOINS.has(tokens[i + 1]?.text ?? "") && verbAsNoun(lex, drafts[i + 2], tokens[i + 2]);
    const verbal = before || after ? verbalNounDraft(lex, t.text) : undefined;
    if (verbal) drafts[i] = verbal;
  });
}

/**
 * "Rudern ist gesund", "Töpfern für Einsteiger": opening a sentence or a heading, a capitalised infinitive read as
 * a noun's dative plural (Ruder, Töpfer) is the verb used as a noun: a dative plural takes its case from a
 * preposition, a verb or an article, and at the start it has none. Not a form that is also a nominative plural
 * (Angeln, Feiern), nor an infinitive before Sie, which is a command ("Löffeln Sie die Suppe").
 */
export function initialVerbalNouns(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    if (d?.a.pos !== "noun" || t?.type !== "word" || d.a.lemma === t.text || !isSentenceInitial(tokens, i)) return;
    if (tokens[i + 1]?.text === "Sie" || lex.pluralOf(t.text).length) return;
    const plurals = lex.entries(d.a.lemma).flatMap((e) => (e.pos === "noun" ? e.plurals : []));
    if (plurals.includes(t.text) || !plurals.some((p) => `${p}n` === t.text)) return;
    const verbal = verbalNounDraft(lex, t.text);
    if (verbal) drafts[i] = verbal;
  });
}
