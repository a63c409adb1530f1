// A ChooseMeanings for the engine from a passage's translations: per paragraph, per German sentence,
// the English sentence(s) it was translated as (none when untranslated).
import type { ChooseMeanings } from "@/lib/german/meaning";
import { alignMeanings } from "./word-alignment";

export type PassageTranslations = readonly (readonly (readonly string[] | undefined)[] | undefined)[];

export function translationChooser(translations: PassageTranslations): ChooseMeanings {
  return ({ paragraph, sentence, text, candidates }) => {
    const english = translations[paragraph]?.[sentence];
    return english?.length ? alignMeanings(candidates, english, text) : new Map();
  };
}
