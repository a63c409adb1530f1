// Final gloss lists. Senses arrive ranked for the word alone (build-time ranking); here a sense moves up
// when its subject field (Ding's [econ.], [pol.] …) is the one the other words of its sentence are in.
import type { LexSense } from "./lexicon";
import { chosenOrder } from "./meaning";
import type { Draft } from "./sentence-context";

const MAX_GLOSSES = 6;
// Prepositions that select a verb sense; "mit", "in", "aus", "bei" follow most verbs in any sense.
const CUE_PREPS = new Set(["über", "auf", "um", "an", "von", "vor", "nach", "für", "gegen", "unter"]);

/** Subject fields of the words whose every sense shares one: those say what the text is about. */
export function domainProfile(drafts: Iterable<Draft | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of drafts) {
    const first = d?.senses?.[0];
    if (!d || !first || d.a.name) continue;
    for (const domain of first.domains) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return counts;
}

// Words besides this one in its sentence whose first sense is in a field that make another sense of its own
// the meaning: one is enough ("Der Strom [electr.] fließt durch den Leiter": the conductor [electr.], not the manager
// [econ.]; "Der Kurs des Euro [fin.]": the price [fin.], not the course [school]).
const FIELD_WORDS = 1;
/**
 * Moves a sense up when the sentence has the preposition it takes ("über … verfügen" = to have), or when
 * the default sense belongs to a subject field no other word of the sentence is in while another sense's
 * field is (Kraft [phys.] among economics words). General senses without a field stay first: a sentence of an
 * economics text has words of the field that do not make verkaufen "to purvey" [econ.] rather than "to sell".
 * The profile counts the word's own first sense too: that is taken out, or the first sense would always fit.
 */
function contextual(
  senses: readonly LexSense[],
  profile: ReadonlyMap<string, number>,
  words?: ReadonlySet<string>,
): readonly LexSense[] {
  const top = senses[0];
  if (!top || senses.length < 2) return senses;
  const byPrep = words && senses.find((s) => s.prep && CUE_PREPS.has(s.prep) && words.has(s.prep));
  // Not where the first sense takes the preposition too, as its own or as one it may take ("sich freuen
  // (über etw.)": "to be glad", not sich freuen über "to rejoice at").
  const topTakes = top.prep ? words?.has(top.prep) : top.also?.some((p) => words?.has(p));
  if (byPrep && !topTakes) return [byPrep, ...senses.filter((s) => s !== byPrep)];
  const others = (domain: string) => (profile.get(domain) ?? 0) - (top.domains.includes(domain) ? 1 : 0);
  const domainFit = (s: LexSense) => s.domains.reduce((n, d) => Math.max(n, others(d)), 0);
  if (top.domains.length === 0 || domainFit(top) > 0) return senses;
  const better = senses.find((s) => domainFit(s) >= FIELD_WORDS);
  return better ? [better, ...senses.filter((s) => s !== better)] : senses;
}

/** Glosses of ranked senses: up to 4 of the first sense, 2 of each other; and how many the first gave. */
function listGlosses(senses: readonly LexSense[]): { glosses: string[]; first: number } {
  const out: string[] = [];
  const seen = new Set<string>();
  let first = 0;
  senses.forEach((s, i) => {
    for (const g of s.glosses.slice(0, i === 0 ? 4 : 2)) {
      const key = g.toLowerCase();
      if (g === "" || seen.has(key) || out.length >= MAX_GLOSSES) continue;
      seen.add(key);
      out.push(g);
    }
    if (i === 0) first = out.length;
  });
  return { glosses: out, first };
}

export function glossList(
  senses: readonly LexSense[],
  profile: ReadonlyMap<string, number>,
  words?: ReadonlySet<string>,
): string[] {
  return listGlosses(contextual(senses, profile, words)).glosses;
}

/** Turns drafts into final analyses: the chosen meaning first, else glosses ranked for the text's subject. */
export function finalise(drafts: readonly (Draft | null)[], profile: ReadonlyMap<string, number>): void {
  for (const d of drafts) {
    if (!d) continue;
    const choice = d.choice?.sense;
    const senses = d.senses ?? [];
    if (choice && senses[choice.sense]) {
      const { glosses, first } = listGlosses(chosenOrder(senses, choice));
      d.a.glosses = glosses;
      if (first > 0) d.a.meaningGlosses = first;
    } else d.a.glosses = glossList(senses, profile, d.clauseWords);
    if (d.choice?.aligned?.length) d.a.aligned = d.choice.aligned;
  }
}
