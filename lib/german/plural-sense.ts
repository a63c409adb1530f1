// Nouns whose plural says which of their meanings is meant: a short closed class of German grammar. "Die
// Anwohner stellten Bänke auf die Straße" is Bank "bench" (die Bank, the money's, has Banken); "Muttern" are
// nuts, not mothers; "Bände" are volumes, "Bänder" tapes or ribbons, "Bands" bands; "Sträuße" are bunches,
// "Strauße" ostriches; "Schilde" shields, "Schilder" signs; "Leitern" ladders; "Kiefern" pines; "Baue" dens.
import { firstGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft } from "./sentence-context";

/** Per lemma: a plural form (with its dative) and the English of the sense it has. */
const PLURALS: ReadonlyMap<string, readonly (readonly [RegExp, RegExp])[]> = new Map([
  ["Bank", [[/^Bänken?$/, /^bench$/]]],
  ["Mutter", [[/^Muttern$/, /^(?:screw-)?nut$/]]],
  [
    "Band",
    [
      [/^Bänden?$/, /^volume$/],
      [/^Bändern?$/, /^(?:tape|ribbon)$/],
      [/^Bands$/, /^band$/],
    ],
  ],
  [
    "Strauß",
    [
      [/^Sträußen?$/, /^(?:bunch|bouquet)$/],
      [/^Straußen?$/, /^ostrich$/],
    ],
  ],
  ["Schild", [[/^Schilden?$/, /^(?:heraldic )?shield$/]]],
  ["Leiter", [[/^Leitern$/, /^ladder$/]]],
  ["Kiefer", [[/^Kiefern$/, /^pine$/]]],
  ["Bau", [[/^Baue$/, /^(?:den|burrow)$/]]],
]);

/** The sense the noun's plural form names, where it is not the first sense's first gloss already. */
export function pluralSense(drafts: readonly (Draft | null)[], i: number): MeaningChoice | undefined {
  const d = drafts[i];
  const forms = d?.a.pos === "noun" ? PLURALS.get(d.a.lemma) : undefined;
  const gloss = forms?.find(([form]) => form.test(d?.a.text ?? ""))?.[1];
  const choice = gloss && firstGlossed(d?.senses ?? [], (g) => gloss.test(g));
  return choice && (choice.sense?.sense ?? 0) + (choice.sense?.gloss ?? 0) > 0 ? choice : undefined;
}
