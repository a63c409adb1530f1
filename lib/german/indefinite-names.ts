// A name names one thing and takes no indefinite article: "eine Pfalz" (an imperial palace) is the common
// noun the place's name comes from, not the Palatinate, where the dictionary lists only the name.
import { unknownDraft } from "./draft";
import type { Lexicon } from "./lexicon";
import { knownPlace } from "./names";
import type { Draft } from "./sentence-context";
import type { Token } from "./types";

const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines)$/;
/** The gender an indefinite article shows alone, where it shows one. */
const ARTICLE_GENDER: Record<string, "f" | "m"> = { eine: "f", keine: "f", einen: "m", keinen: "m" };

/**
 * "ließ hier einst eine Pfalz bauen": a region, river or range the dictionary or the landscape list knows,
 * read as a name of one word, right after an indefinite article is a common noun, its gender the article's
 * where that shows one.
 */
export function indefiniteNames(lex: Lexicon, tokens: readonly Token[], drafts: (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    const t = tokens[i];
    const article = tokens[i - 1]?.text.toLowerCase() ?? "";
    if (d?.a.pos !== "name" || t?.type !== "word" || d.a.lemma !== t.text || !INDEFINITE.test(article)) return;
    // A city or country of the gazetteer stays itself ("in einem Berlin, das es nicht mehr gibt").
    const place = knownPlace(lex, t.text);
    if (tokens[i - 1]?.type !== "word" || !place || place.gazetteer) return;
    const noun = unknownDraft(t.text, t.text, "noun");
    const gender = ARTICLE_GENDER[article];
    if (gender) noun.a.gender = gender;
    drafts[i] = noun;
  });
}
