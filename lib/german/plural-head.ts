// A compound's composed gloss in the plural where its head's English changes meaning in the plural:
// Piraterie-Güter are "piracy goods", not "piracy good", since Ding gives Güter {pl} "goods" beside Gut
// "good". Other cards gloss the lemma (US-Firmen: "US company"), so only a head the dictionary itself
// glosses with the English plural is put in the plural.
import type { Lexicon } from "./lexicon";
import type { Draft } from "./sentence-context";
import type { CompoundPart } from "./types";
import { capitalise } from "./word-shape";

const ARTICLE = /^(?:the|a|an|to) /;

/** The regular English plural of a gloss's last word: good → goods, business → businesses, city → cities. */
export function englishPlural(gloss: string): string | undefined {
  const last = /[a-z]+$/.exec(gloss)?.[0];
  if (!last || last.length < 2) return undefined;
  const stem = gloss.slice(0, gloss.length - last.length);
  if (/(?:s|x|z|ch|sh)$/.test(last)) return `${stem}${last}es`;
  if (/[^aeiou]y$/.test(last)) return `${stem}${last.slice(0, -1)}ies`;
  return `${stem}${last}s`;
}

/** The head's nominative plurals and their dative in -n (Güter, Gütern). */
function headPlurals(lex: Lexicon, head: CompoundPart): Set<string> {
  const out = new Set<string>();
  for (const e of lex.entries(head.lemma))
    if (e.pos === "noun")
      for (const p of e.plurals) {
        out.add(p);
        if (!p.endsWith("n")) out.add(`${p}n`);
      }
  return out;
}

/**
 * English the dictionary gives the head's plural: glosses of its lemma's noun senses (alignment-only ones
 * included) and of the plural-only headwords that are its plural (Güter {pl} "goods").
 */
function pluralGlosses(lex: Lexicon, head: CompoundPart, plurals: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const add = (senses: readonly { glosses: readonly string[] }[]) => {
    for (const s of senses) for (const g of s.glosses) out.add(g.toLowerCase());
  };
  for (const e of lex.entries(head.lemma))
    if (e.pos === "noun") {
      add(e.senses);
      add(e.alignOnly ?? []);
    }
  for (const p of plurals) for (const e of lex.entries(p)) if (e.pos === "noun" && e.pluralOnly) add(e.senses);
  return out;
}

/**
 * Whether the word stands in the plural: its form says so, or (where the full-form data lacks it) the head
 * is written as one of its plurals that is not also its singular. A form that may be either (Unternehmen)
 * counts when the translation has the English plural.
 */
function standsInPlural(d: Draft, head: CompoundPart, plurals: ReadonlySet<string>, english: string): boolean {
  const written = capitalise(head.text);
  const form = d.a.form;
  const surely = form
    ? form.plural !== undefined && form.singular === undefined
    : plurals.has(written) && written !== head.lemma;
  if (surely) return true;
  const maybe = form ? form.plural !== undefined : plurals.has(written);
  return maybe && (d.choice?.aligned ?? []).some((w) => w.text.toLowerCase() === english);
}

/** Puts a plural compound's composed gloss in the plural where its head's English has a plural of its own. */
export function pluralHeadGloss(lex: Lexicon, d: Draft): void {
  const head = d.a.parts?.at(-1);
  const composed = d.a.glosses[0];
  if (!d.composed || !head || !composed || d.a.glosses.length !== 1) return;
  const singular = head.gloss.replace(ARTICLE, "");
  if (composed !== singular && !composed.endsWith(` ${singular}`)) return;
  const plural = englishPlural(singular);
  if (!plural) return;
  const plurals = headPlurals(lex, head);
  if (!pluralGlosses(lex, head, plurals).has(plural.toLowerCase())) return;
  const english = /[a-z]+$/.exec(plural)?.[0] ?? plural;
  if (!standsInPlural(d, head, plurals, english)) return;
  d.a.glosses = [composed.slice(0, composed.length - singular.length) + plural];
}
