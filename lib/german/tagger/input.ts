// The tagger's view of a sentence: the token texts and what the lexicon says each could be.
import type { Lexicon } from "../lexicon";
import type { TagInput } from "./features";
import { lexicalClasses } from "./lexical-classes";

export function tagInput(lex: Lexicon, words: readonly string[]): TagInput {
  return {
    words,
    classes: words.map((w) => (/[\p{L}]/u.test(w) ? lexicalClasses(lex, w) : "-")),
  };
}
