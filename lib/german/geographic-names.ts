// Ding tags some place names as nouns ({n}): das Matterhorn, der Himalaya, Tirol, der Balkan. Their senses
// carry its subject label [geogr.] and their English is a name ("the Matterhorn", "the Tyrol"), where a
// common noun of geography has a common noun ("mountain range", "the Mediterranean region"). Such a
// headword is read as a name, as Ding's {name} lines are: in any context, and its genitive (Tirols) too.
import type { LexEntry, Lexicon, LexSense } from "./lexicon";

const GEOGRAPHY = "geogr.";

/** Lower-case words inside an English place name: "Gulf of Mexico", "Trinidad and Tobago", "Rio de la Plata". */
const NAME_LINK = "(?:of|and|on|upon|the|de|del|la|le|du|des|da|di|am|an)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** An English proper name, "the" before it or not: every word capitalised but the linking ones. */
const ENGLISH_NAME = new RegExp(`^(?:the )?${NAME_WORD}(?:(?: ${NAME_LINK})* ${NAME_WORD})*$`, "u");

/** Whether Ding's English for a sense is a place's name only: "the Himalayas", not "Ruhr area". */
export function englishPlaceName(gloss: string): boolean {
  return ENGLISH_NAME.test(gloss);
}

function placeSense(sense: LexSense): boolean {
  return sense.domains.includes(GEOGRAPHY) && sense.glosses.length > 0 && sense.glosses.every(englishPlaceName);
}

/** A noun row all of whose senses, the alignment's rarer ones too, are geographic and English names. */
function placeNounRow(entry: LexEntry): boolean {
  const senses = [...entry.senses, ...(entry.alignOnly ?? [])];
  return entry.pos === "noun" && senses.length > 0 && senses.every(placeSense);
}

/**
 * The noun `headword` read as a place's name: one whose every row is such a place noun or Ding's name (der
 * Balkan has both). A headword with any other reading (a common noun of geography, another part of speech)
 * stays a word, for context to choose. The noun rows stay nouns in the lexicon: the compound splitter
 * builds Balkanländer and Tirolreise on them.
 */
export function placeNoun(lex: Lexicon, headword: string): LexEntry | undefined {
  return lex.cached("placeNoun", headword, () => {
    const entries = lex.entries(headword);
    const noun = entries.find(placeNounRow);
    return noun && entries.every((e) => e.pos === "name" || placeNounRow(e)) ? noun : undefined;
  });
}

/** A name the dictionary lists: Ding's {name} row (Elsass, Alpen), else a place noun (Matterhorn, Tirol). */
export function dictionaryName(lex: Lexicon, headword: string): LexEntry | undefined {
  return lex.entries(headword).find((e) => e.pos === "name") ?? placeNoun(lex, headword);
}
