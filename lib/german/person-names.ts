// One person, one card: a first name and the name right after it are one name, as the name finder's spans
// are ("Olaf Lies", "Ruud van Dijkstra"), also where each word was found on its own (the surname by the
// tagger, after the first name; a surname that is also a German word, lies, is no span of the name finder).
import { nameDraft } from "./draft";
import type { Lexicon } from "./lexicon";
import { givenName, knownPlace, NAME_PARTICLES } from "./names";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";

/** A capitalised word read as a name on its own, lemma itself. */
const single = (d: Draft | null | undefined, t: Token | undefined): t is Token =>
  d?.a.pos === "name" && t?.type === "word" && d.a.lemma === t.text && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/** A capitalised word the lexicon does not know, read as a noun ("van Dijkstra" where the tagger read a noun). */
const unknownNoun = (d: Draft | null | undefined, t: Token | undefined): t is Token =>
  d?.a.pos === "noun" && !d.a.known && t?.type === "word" && d.a.lemma === t.text && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * Joins into one name, lemma the whole, a name read alone and a name right after it: after a first name of
 * the lists ("Olaf Lies"), or after a surname's particle ("Ruud van Dijkstra"), where an unknown word the
 * tagger read as a noun is the surname too. A place the lists know stays a name of its own ("als Paula
 * Potsdam erreichte"); so does a name across punctuation.
 */
export function personNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!single(drafts[i], tokens[i])) continue;
    const particle = NAME_PARTICLES.has(tokens[i + 1]?.text ?? "");
    const j = particle ? i + 2 : i + 1;
    const last = tokens[j];
    const surname = single(drafts[j], last) || (particle && unknownNoun(drafts[j], last));
    if (!surname || !last || drafts[j]?.a.known || knownPlace(lex, last.text) !== undefined) continue;
    if (!particle && !givenName(lex, tokens[i]?.text ?? "")) continue;
    const whole = tokens
      .slice(i, j + 1)
      .map((t) => t.text)
      .join(" ");
    for (let k = i; k <= j; k++) {
      const t = tokens[k];
      if (t?.type === "word") drafts[k] = nameDraft(t.text, whole, undefined, false);
    }
    i = j;
  }
}
