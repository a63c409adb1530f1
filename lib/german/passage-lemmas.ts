// A form two nouns share is read as the one the passage has named before: "Drachen" after "ein kleiner Drache"
// is the dragon's plural or oblique case, not Ding's der Drachen "kite", which the form also is.
import { fromEntry } from "./draft";
import { nounLemmas } from "./lemmatize";
import type { Lexicon } from "./lexicon";
import type { Draft } from "./sentence-context";

/**
 * Rereads in place the nouns read as their own headword (Drachen) where the form is also one of another noun
 * whose headword an earlier sentence of the passage had (Drache, seen in `earlier`).
 */
export function earlierNounLemmas(lex: Lexicon, drafts: (Draft | null)[], earlier: ReadonlySet<string>): void {
  if (earlier.size === 0) return;
  drafts.forEach((d, i) => {
    if (d?.a.pos !== "noun" || !d.a.known || d.a.lemma !== d.a.text || earlier.has(d.a.lemma)) return;
    const other = nounLemmas(lex, d.a.text).find((e) => e.lemma !== d.a.text && earlier.has(e.lemma));
    if (!other) return;
    const reread = fromEntry(lex, d.a.text, other, "noun");
    if (other.gender) reread.a.gender = other.gender;
    drafts[i] = reread;
  });
}

/** Adds the headwords of the sentence's nouns to the passage's. */
export function addNounLemmas(drafts: readonly (Draft | null)[], earlier: Set<string>): void {
  for (const d of drafts) if (d?.a.pos === "noun" && d.a.known) earlier.add(d.a.lemma);
}
