// Grammar on the card (issue 10 §5), added to a sentence's analyses once lemma, gender and separable verbs
// are settled: weak nouns, nominalised adjectives, principal parts, reflexive use and the form explained.
import { adjectiveDegree } from "./adjective-degree";
import { positiveOfAdverb } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import { isNominalisedAdjective, nominalisedPlural } from "./nominalised";
import { nounForm, weakGenitive } from "./noun-grammar";
import {
  clauseBounds,
  clauseWords,
  type Draft,
  isSentenceInitial,
  type SentenceContext,
  wordAt,
} from "./sentence-context";
import { imperativeAt, isReflexive, principalParts, verbForm } from "./verb-grammar";

function nounGrammar(lex: Lexicon, d: Draft): void {
  const { a } = d;
  if (!a.known || a.name) return;
  // Ding lists "Vorsitzender" beside "Vorsitzende": the card names the noun as "der Vorsitzende".
  const e = a.lemma.endsWith("er") ? a.lemma.slice(0, -1) : undefined;
  if (e && isNominalisedAdjective(lex, e) && lex.entries(e).some((x) => x.pos === "noun")) a.lemma = e;
  if (isNominalisedAdjective(lex, a.lemma)) {
    a.adjectival = true;
    a.plural = nominalisedPlural(a.lemma);
    return;
  }
  const head = a.parts && a.parts.length > 1 ? a.parts.at(-1)?.lemma : undefined;
  const genitive = a.gender === "m" ? weakGenitive(lex, a.lemma, head) : undefined;
  if (genitive) a.weak = { genitive };
  const form = nounForm(lex, a.lemma, a.text, head, genitive);
  if (form) a.form = form;
}

function verbGrammar(lex: Lexicon, ctx: SentenceContext, d: Draft, i: number): void {
  const { a } = d;
  const imperative = clauseBounds(ctx.tokens, i)[0] === i ? imperativeAt(lex, a.lemma, a.text, a.particle) : undefined;
  if (isReflexive(d.senses ?? [], clauseWords(ctx, d, i), imperative)) a.reflexive = true;
  const parts = principalParts(lex, a.lemma);
  if (parts) a.principalParts = parts;
  const form = verbForm(lex, a.lemma, a.text, isSentenceInitial(ctx.tokens, i));
  if (form) a.form = form;
}

export function addGrammar(lex: Lexicon, ctx: SentenceContext, drafts: readonly (Draft | null)[]): void {
  drafts.forEach((d, i) => {
    if (!d) return;
    if (d.a.pos === "noun") nounGrammar(lex, d);
    else if (d.a.pos === "verb" && d.a.known) verbGrammar(lex, ctx, d, i);
    else if (d.a.pos === "adv") {
      // "später": the comparative of spät; the adverb keeps its own meaning ("later").
      const positive = positiveOfAdverb(lex, d.a.text.toLowerCase());
      if (positive && d.a.lemma === d.a.text.toLowerCase()) {
        d.a.lemma = positive.lemma;
        d.a.form = { kinds: ["comparative"] };
      }
    } else if (d.a.pos === "adj") {
      const after = ctx.tokens[i + 1];
      const sentenceEnd = !after || /^[.!?]/.test(after.text);
      const degree = adjectiveDegree(d.a.lemma, d.a.text, wordAt(ctx.tokens, i + 1)?.text, sentenceEnd);
      if (degree) d.a.form = { kinds: [degree] };
    }
  });
}
