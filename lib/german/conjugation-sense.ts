// Verbs whose strong and weak forms have different senses: a short closed class of German grammar. The
// past and the participle show which verb is meant, where the present tense does not: "Gott schuf die Welt"
// (schaffen, schuf, geschaffen: "to create"), "Wir haben es geschafft" (schaffte, geschafft: "to manage");
// "Er wog das Paket" (wiegen, wog, gewogen: "to weigh"), "Sie wiegte das Kind" (wiegte, gewiegt: "to rock");
// "Die Schlittschuhe wurden geschliffen" (schleifen, schliff, geschliffen: "to grind", "to sharpen"), "Er
// schleifte den Sack" (schleifte, geschleift: "to drag"); "Ich bin erschrocken", "Er erschrickt" (strong:
// "to be frightened"), "Du hast mich erschreckt" (weak: "to frighten").
import { firstGlossed } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import type { Draft } from "./sentence-context";

interface SplitVerb {
  /** Forms only the strong verb has (past, participle; erschrecken's present too). */
  strong: RegExp;
  weak: RegExp;
  strongGloss: RegExp;
  weakGloss: RegExp;
}

const SPLIT_VERBS: ReadonlyMap<string, SplitVerb> = new Map([
  [
    "schaffen",
    {
      strong: /^(?:schuf(?:st|en|t)?|geschaffen)$/,
      weak: /^(?:schaffte(?:st|n|t)?|geschafft)$/,
      strongGloss: /^to create$/,
      weakGloss: /^to manage$/,
    },
  ],
  [
    "wiegen",
    {
      strong: /^(?:wog(?:st|en|t)?|gewogen)$/,
      weak: /^(?:wiegte(?:st|n|t)?|gewiegt)$/,
      strongGloss: /^to weigh$/,
      weakGloss: /^to rock$/,
    },
  ],
  [
    "schleifen",
    {
      strong: /^(?:schliff(?:st|en|t)?|geschliffen)$/,
      weak: /^(?:schleifte(?:st|n|t)?|geschleift)$/,
      strongGloss: /^to (?:grind|sharpen)$/,
      weakGloss: /^to drag$/,
    },
  ],
  [
    "erschrecken",
    {
      strong: /^(?:erschrickst|erschrickt|erschrak(?:st|en|t)?|erschrocken)$/,
      weak: /^(?:erschreckte(?:st|n|t)?)$/,
      strongGloss: /^to be frightened$/,
      weakGloss: /^to frighten$/,
    },
  ],
]);

/**
 * The sense a strong or weak form of such a verb shows. erschreckt (the weak participle) is also the
 * present's "ihr erschreckt", so only the weak past counts for erschrecken, and its participle where haben
 * is its auxiliary ("Du hast mich erschreckt").
 */
export function conjugationSense(drafts: readonly (Draft | null)[], i: number): MeaningChoice | undefined {
  const d = drafts[i];
  const verb = d?.a.pos === "verb" ? SPLIT_VERBS.get(d.a.lemma) : undefined;
  if (!d || !verb) return undefined;
  const form = d.a.text.toLowerCase();
  const weak = verb.weak.test(form) || (d.a.lemma === "erschrecken" && form === "erschreckt" && withHaben(drafts, i));
  const gloss = verb.strong.test(form) ? verb.strongGloss : weak ? verb.weakGloss : undefined;
  const choice = gloss && firstGlossed(d.senses ?? [], (g) => gloss.test(g));
  return choice && (choice.sense?.sense ?? 0) + (choice.sense?.gloss ?? 0) > 0 ? choice : undefined;
}

/** Whether a form of haben stands in the sentence before token i. */
function withHaben(drafts: readonly (Draft | null)[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (drafts[j]?.a.lemma === "haben") return true;
  return false;
}
