// Shared shapes of the German language engine. Pure data: no framework imports.

/** How a paragraph functions in a passage. */
export type ParagraphKind = "heading" | "body" | "embed" | "source";

/** One token of a German sentence, as the tokenizer produces it. */
export interface Token {
  /** Surface text exactly as in the sentence. */
  text: string;
  /** Character offset of `text` inside the sentence string. */
  start: number;
  /** "word" = a German word (clickable); "punct" = punctuation/quotes; "number"; "symbol" (e.g. $BABA, @handle, #tag, URL). */
  type: "word" | "punct" | "number" | "symbol";
}

/** Part of a compound noun, e.g. Arbeit(s)·platz → [{text:"Arbeit",link:"s"}, {text:"platz"}]. */
export interface CompoundPart {
  /** The part as it appears in the word (without linking element). */
  text: string;
  /** Dictionary form of the part (e.g. "Nachricht" for "nachrichten", "Schule" for "Schul"). */
  lemma: string;
  /** Short English gloss of the part. */
  gloss: string;
  /** Linking element that follows this part in the word ("s", "es", "n", "en", "er", "e", "ens", "nen"), if any. */
  link?: string;
}

/** Every part of speech the engine assigns, once: stored JSON and corrections are checked against it. */
export const PARTS_OF_SPEECH = [
  "noun",
  "verb",
  "adj",
  "adv",
  "det",
  "pron",
  "prep",
  "conj",
  "part",
  "num",
  "name",
  "foreign",
  "other",
] as const;

export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** An English word of the sentence's translation that a German word was matched to. */
export interface AlignedWord {
  text: string;
  /** Index of the translation sentence (segment) the word is in. */
  sentence: number;
  /** Character offsets of `text` in that translation sentence. */
  start: number;
  end: number;
}

/** Strong and irregular verbs: the forms a learner memorises (empfangen – empfing – empfangen). */
export interface PrincipalParts {
  /** 3rd person singular present, only when its stem changes (empfängt, will); with its particle (kommt an). */
  present?: string;
  /** 3rd person singular past, Präteritum (ging, kam an). */
  past: string;
  /** Past participle (gegangen, angekommen). */
  participle: string;
  /** The perfect's auxiliary where the dictionary gives it (ist gegangen, hat empfangen); both when both occur. */
  auxiliary?: "haben" | "sein" | "haben/sein";
}

/** What an inflected verb or adjective form is (wolle: Konjunktiv I; größten: superlative). */
export const FORM_KINDS = [
  "present",
  "past",
  "subjunctive1",
  "subjunctive2",
  "imperative",
  "participle",
  "comparative",
  "superlative",
] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export type GrammaticalCase = "nom" | "gen" | "dat" | "acc";

/** The form explained: only what the full-form data says for certain; several entries = it may be any of them. */
export interface FormNote {
  /** Verbs and adjectives. */
  kinds?: FormKind[];
  /** Nouns: the singular and plural cases this form can be. */
  singular?: GrammaticalCase[];
  plural?: GrammaticalCase[];
}

/** The analysis of one word token in its sentence: what a vocabulary card shows. */
export interface WordAnalysis {
  text: string;
  lemma: string;
  pos: PartOfSpeech;
  /** Nouns, and names the dictionary has as nouns (die SPD). */
  gender?: "m" | "f" | "n";
  /** Nouns only: nominative plural, when known. */
  plural?: string;
  /** English glosses, most likely sense for this context first. */
  glosses: string[];
  /**
   * How many leading glosses are the meaning chosen for this sentence (from its translation or its
   * context); the rest are other senses. Absent when no choice was made.
   */
  meaningGlosses?: number;
  /** Words of the sentence's English translation this word was matched to. */
  aligned?: AlignedWord[];
  /** Nouns of the n-Deklination (der Student, des Studenten): the genitive singular. */
  weak?: { genitive: string };
  /** Nouns that are adjectives or participles (der Vorsitzende, ein Vorsitzender): declined like an adjective. */
  adjectival?: true;
  /** Verbs used reflexively here, or only ever reflexive (sich erinnern, sich befinden): the card says "sich …". */
  reflexive?: true;
  /** Strong and irregular verbs. */
  principalParts?: PrincipalParts;
  /** What this inflected form is, where the data says it for certain. */
  form?: FormNote;
  /** Compounds only: parts with glosses and linking elements. */
  parts?: CompoundPart[];
  /** Proper name (person, place, company, title). */
  name?: true;
  /** A foreign (English) word inside German text. */
  foreign?: true;
  /** Verbs: separable particle when split off in this sentence ("stellte … in Aussicht" has no particle; "wickelte … ab" → "ab"). */
  particle?: string;
  /** Index (in the sentence's token list) of the other half of a split separable verb. */
  partnerIndex?: number;
  /**
   * Verbs: the idiom the verb makes with words of its clause ("stellte … in Aussicht": in Aussicht stellen). The
   * lemma stays the verb (stellen), as dictionaries and treebanks have it; the glosses are the idiom's, and the
   * card and the vocabulary name the idiom.
   */
  idiom?: string;
  /** Frequency rank (lower = more common) of the word or, for compounds, its rarest part; absent when unknown. */
  rank?: number;
  /** Difficulty band estimated from rank: A1..C2, or "unknown". */
  band: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "unknown";
  /** False when the lemma was not found in the dictionary (an honest card). */
  known: boolean;
}

/** An analysis as a card shows it, apart from the token it was read from (shared by every occurrence). */
export type CardEntry = Omit<WordAnalysis, "text">;

/** What the engine reads: paragraphs of sentences with their metadata, as the importer (lib/passages) makes them. */
export interface PassageText {
  date?: string;
  source?: string;
  paragraphs: { kind: ParagraphKind; lang: "de" | "en"; sentences: string[] }[];
}
