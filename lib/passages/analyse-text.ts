// A raw text through the importer and the language engine: what `npm run analyse`, the engine bench and
// the engine's passage-level tests start from. The engine (lib/german) never imports the importer.
import { type AnalysedPassage, analysePassage, type PassageOptions } from "@/lib/german/analyse";
import { getLexicon, type Lexicon } from "@/lib/german/lexicon";
import { importText } from "./import-text";

/** Imports, tokenises and analyses a raw text. Throws ImportError for empty or oversized input. */
export function analyseText(raw: string, lex: Lexicon = getLexicon(), options: PassageOptions = {}): AnalysedPassage {
  return analysePassage(importText(raw), lex, options);
}
