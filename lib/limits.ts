// Every limit on what a user may send, in one place: form fields, imported and edited passages, and how
// often the expensive actions may run. The server enforces each one (zod at the boundary, the mutations
// for sums); forms show the same numbers. Pure constants: lib/passages reads them too.

/** Longest text per field, in UTF-16 code units (what String.length and zod's max count). */
export const TEXT_LIMITS = {
  /** An account's display name (sign-up and better-auth's update-user). */
  displayName: 100,
  email: 254,
  /** The picture URL better-auth's sign-up and update-user accept (Brücke shows none). */
  imageUrl: 2_000,
  className: 100,
  joinCode: 32,
  /** A passage's title, German or English. */
  passageTitle: 200,
  /** One German sentence in the draft editor. */
  sentence: 5_000,
  /** One English sentence (segment) of a translation. */
  translationSegment: 2_000,
  /** The glossary as typed (one "German = English" per line), and one term of it. */
  glossary: 60_000,
  glossaryTerm: 200,
  /** A saved word's lemma, surface form and plural. */
  word: 100,
  partOfSpeech: 20,
  /** A meaning (gloss) of a saved word. */
  meaning: 300,
  /** The sentence a word was saved from, and its translation. */
  context: 2_000,
  note: 2_000,
  tag: 40,
  /** A typed review answer. */
  answer: 300,
  search: 100,
} as const;

export const MAX_TAGS = 20;
export const MAX_GLOSSARY_ENTRIES = 500;
/** English segments one German sentence may be translated into. */
export const MAX_SEGMENTS = 20;

/**
 * One passage, imported or saved from the draft editor. A real 49,000-character article has about 140
 * paragraphs and 430 sentences; a draft of 2,000 one-line paragraphs kept the server busy for 24 s.
 */
export const PASSAGE_LIMITS = {
  characters: 50_000,
  paragraphs: 300,
  sentences: 1_500,
  sentencesPerParagraph: 500,
} as const;

export interface RateRule {
  /** Seconds; at most 60, the longest window better-auth keeps rows of its rateLimit table for. */
  window: number;
  max: number;
}

/** Per account: imports analyse up to 50,000 characters each; draft saves re-analyse the whole passage. */
export const RATE_LIMITS = {
  passageImport: { window: 60, max: 10 },
  draftSave: { window: 60, max: 30 },
} as const satisfies Record<string, RateRule>;
