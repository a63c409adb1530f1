import type { Token, WordAnalysis } from "@/lib/german/types";

/** A token as stored with its sentence: what the tokenizer found, plus the engine's analysis for words. */
export interface StoredToken extends Token {
  analysis?: WordAnalysis;
}
