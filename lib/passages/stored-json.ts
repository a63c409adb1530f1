// The JSON columns (Sentence.tokens, Passage.keyVocabulary) parsed when read, never cast: a row written by
// an older engine, or edited by hand, must not reach a card as the wrong shape. Fields the engine adds
// later pass through (loose objects), so a newer analysis is never cut down by an older reader.
import { z } from "zod";
import type { KeyWord } from "@/lib/german/key-vocabulary";
import { CEFR_LEVELS } from "@/lib/german/levels";
import { FORM_KINDS, PARTS_OF_SPEECH } from "@/lib/german/types";
import type { StoredKeyVocabulary } from "./prepare";
import type { StoredToken } from "./stored-token";

const BANDS = [...CEFR_LEVELS, "unknown"] as const;
const gender = z.enum(["m", "f", "n"]).optional();
const part = z.looseObject({ text: z.string(), lemma: z.string(), gloss: z.string(), link: z.string().optional() });

const cases = z.array(z.enum(["nom", "gen", "dat", "acc"])).optional();
// Grammar on the card: checked because the card renders these fields as they are.
const grammar = {
  weak: z.looseObject({ genitive: z.string() }).optional(),
  adjectival: z.literal(true).optional(),
  reflexive: z.literal(true).optional(),
  principalParts: z
    .looseObject({
      present: z.string().optional(),
      past: z.string(),
      participle: z.string(),
      auxiliary: z.enum(["haben", "sein", "haben/sein"]).optional(),
    })
    .optional(),
  form: z.looseObject({ kinds: z.array(z.enum(FORM_KINDS)).optional(), singular: cases, plural: cases }).optional(),
};

const analysis = z.looseObject({
  text: z.string(),
  lemma: z.string(),
  pos: z.enum(PARTS_OF_SPEECH),
  gender,
  plural: z.string().optional(),
  glosses: z.array(z.string()),
  parts: z.array(part).optional(),
  idiom: z.string().optional(),
  band: z.enum(BANDS),
  known: z.boolean(),
  ...grammar,
});

const token = z.looseObject({
  text: z.string(),
  start: z.number().int().nonnegative(),
  type: z.enum(["word", "punct", "number", "symbol"]),
  analysis: analysis.optional(),
});

const keyWord = z.looseObject({
  lemma: z.string(),
  pos: z.enum(PARTS_OF_SPEECH),
  gender,
  glosses: z.array(z.string()),
  band: z.enum(BANDS),
  count: z.number(),
  first: z.object({ paragraph: z.number(), sentence: z.number(), token: z.number() }),
});

const keyVocabulary = z.partialRecord(z.enum(CEFR_LEVELS), z.array(keyWord));

/** A sentence's stored tokens; a row that does not parse reads as no tokens (the sentence text still shows). */
export function parseStoredTokens(value: unknown): StoredToken[] {
  const parsed = z.array(token).safeParse(value);
  if (parsed.success) return parsed.data as StoredToken[];
  console.error("stored tokens do not parse", parsed.error.issues.slice(0, 3));
  return [];
}

/** A passage's stored key vocabulary per level; anything else reads as none. */
export function parseKeyVocabulary(value: unknown): StoredKeyVocabulary {
  if (value === null || value === undefined) return {};
  const parsed = keyVocabulary.safeParse(value);
  if (parsed.success) return parsed.data as Partial<Record<keyof StoredKeyVocabulary, KeyWord[]>>;
  console.error("stored key vocabulary does not parse", parsed.error.issues.slice(0, 3));
  return {};
}
