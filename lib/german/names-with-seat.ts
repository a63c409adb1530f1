// A club or a firm named with its town: "zu Ajax Amsterdam", "bei Benfica Lissabon", "gegen Juventus Turin" are
// one name each, lemma the whole, as the clubs the lists know are (Borussia Dortmund, Werder Bremen).
import { functionWord } from "./closed-class";
import { nameDraft } from "./draft";
import type { Lexicon } from "./lexicon";
import { givenName, knownPlace } from "./names";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";

const word = (t: Token | undefined): t is Token => t?.type === "word" && /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * Joins a name no list knows and a town the gazetteer knows right after it, with nothing between, into one
 * name, where a preposition stands before them: a person is seldom named there with a town after ("als
 * Merkel Paris besuchte" is a subject and an object, after a conjunction). A first name, a surname of the
 * lists or a place stays a name of its own.
 */
export function namesWithSeat(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const name = tokens[i];
    const town = tokens[i + 1];
    const d = drafts[i];
    if (!word(name) || !word(town) || d?.a.pos !== "name" || d.a.known || d.a.lemma !== name.text) continue;
    if (town.start !== name.start + name.text.length + 1 || drafts[i + 1]?.a.lemma !== town.text) continue;
    const before = tokens[i - 1];
    if (before?.type !== "word" || !functionWord(before.text.toLowerCase()).some((r) => r.pos === "prep")) continue;
    const lower = name.text.toLowerCase();
    if (givenName(lex, name.text) || lex.isSurname(lower) || knownPlace(lex, name.text) !== undefined) continue;
    if (knownPlace(lex, town.text) === undefined) continue;
    const whole = `${name.text} ${town.text}`;
    drafts[i] = nameDraft(name.text, whole, undefined, false);
    drafts[i + 1] = nameDraft(town.text, whole, undefined, false);
    i++;
  }
}
