// Context decides the part of speech: the tagger reads the whole sentence, and where it disagrees with the
// word-by-word analysis and the lexicon has an analysis of the kind it wants, that analysis replaces the
// draft. The tagger never invents a reading the lexicon lacks ("deciding among the lexicon's analyses").
import { functionWord } from "../closed-class";
import {
  adjectiveOf,
  attributive,
  auxiliaryBefore,
  bestVerb,
  participleAdjective,
  predicative,
  verbDraft,
} from "../content-draft";
import { draft, fromEntry, nameDraft, rankOf, unknownDraft } from "../draft";
import { verbLemmas } from "../lemmatize";
import type { Lexicon } from "../lexicon";
import { germanShaped } from "../names";
import { nounDraft } from "../noun-draft";
import type { Draft, SentenceContext } from "../sentence-context";
import type { PartOfSpeech } from "../types";
import { tagInput } from "./input";
import { getTagger } from "./model";
import { tagSentence } from "./perceptron";

/** Universal tags to the engine's parts of speech; names are left to the name finder. */
const ENGINE_POS: Record<string, PartOfSpeech> = {
  NOUN: "noun",
  VERB: "verb",
  AUX: "verb",
  ADJ: "adj",
  ADV: "adv",
  DET: "det",
  PRON: "pron",
  ADP: "prep",
  CCONJ: "conj",
  SCONJ: "conj",
  PART: "part",
};

const DET_OR_PRON = new Set<PartOfSpeech>(["det", "pron"]);

/**
 * Below this score margin the word-by-word analysis, with its hand-made context rules, stands: on the
 * held-out treebank text the tagger is right 97% of the time above it and about half the time below.
 */
const MIN_MARGIN = 5;

/** The lexicon's analysis of token i as `pos`, or undefined when it has none. */
function draftAs(lex: Lexicon, ctx: SentenceContext, i: number, pos: PartOfSpeech): Draft | undefined {
  const text = ctx.tokens[i]?.text ?? "";
  const lower = text.toLowerCase();
  const reading = functionWord(lower).find((r) => r.pos === pos);
  if (reading) {
    const d = draft(text, reading.lemma, reading.pos, rankOf(lex, reading.lemma, text), true);
    d.senses = [{ glosses: reading.glosses, domains: [] }];
    return d;
  }
  switch (pos) {
    case "adj": {
      const adj = adjectiveOf(lex, lower);
      return adj ? fromEntry(lex, text, adj, "adj") : participleAdjective(lex, text, lower);
    }
    case "verb": {
      const inf = bestVerb(lex, verbLemmas(lex, lower), lower, auxiliaryBefore(ctx, i) !== undefined);
      return inf ? verbDraft(lex, text, inf) : undefined;
    }
    case "adv": {
      const adv = lex.entries(lower).find((e) => e.pos === "adv" && !e.oldSpelling);
      return adv ? fromEntry(lex, text, adv, "adv") : undefined;
    }
    case "noun":
      return /^\p{Lu}/u.test(text) ? nounDraft(lex, text) : undefined;
    default:
      return undefined;
  }
}

/** Re-decides the part of speech of the sentence's word drafts in context (in place). */
export function retag(lex: Lexicon, ctx: SentenceContext, drafts: (Draft | null)[]): void {
  const model = getTagger();
  if (!model) return;
  const tagged = tagSentence(
    model,
    tagInput(
      lex,
      ctx.tokens.map((t) => t.text),
    ),
  );
  drafts.forEach((d, i) => {
    const t = tagged[i];
    if (!d || !t || d.a.foreign || t.margin < MIN_MARGIN) return;
    // Names from the gazetteer, the dictionary or the passage stand, and so do English titles the name
    // finder saw whole ("Global Times"); a guessed name is open to context.
    if (d.a.name && (d.a.known || d.sureName)) return;
    // "Clinton hat …": an unknown capitalised word is a name when context says so, not by default, and
    // not when it is spelled like a German noun ("Gummeldingen wurden verkauft").
    const unknownNoun = d.a.pos === "noun" && !d.a.known && /^\p{Lu}\p{Ll}*$/u.test(d.a.text);
    if (t.tag === "PROPN" && unknownNoun && !germanShaped(d.a.text)) {
      drafts[i] = nameDraft(d.a.text, d.a.text, undefined, false);
      return;
    }
    const want = ENGINE_POS[t.tag];
    if (!want || want === d.a.pos) return;
    // Article or pronoun ("eine der größten", relative "das") follows the engine's own rules: the
    // treebanks disagree among themselves there.
    if (DET_OR_PRON.has(want) && DET_OR_PRON.has(d.a.pos)) return;
    // "Besonders betroffen sind Familien": beside sein a participle is the adjective (the card's convention).
    // "die gebuchte Reise": between article and noun an inflected participle is the adjective.
    if (d.a.pos === "adj" && want === "verb" && (predicative(ctx, i) || attributive(ctx, i, d.a.text.toLowerCase())))
      return;
    const other = draftAs(lex, ctx, i, want);
    if (other) drafts[i] = other;
    // "Typischerweise ist …": an unknown capitalised word is a name only if context says so.
    else if ((d.a.name || (d.a.pos === "noun" && !d.a.known)) && (want === "noun" || want === "adv" || want === "adj"))
      drafts[i] = unknownDraft(d.a.text, want === "noun" ? d.a.text : d.a.text.toLowerCase(), want);
  });
}
