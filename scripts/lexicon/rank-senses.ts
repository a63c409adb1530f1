// Ding lists senses in no particular order (Staat: "attire" before "state"). A sense is ranked up when the
// compounds that contain the word are glossed with the same English words (Bundesstaat "federal state",
// Mitgliedstaat "member state" → "state"), when its line carries many examples, and down for register,
// regional and specialist labels, and a little for rare or long English (english-prior.ts).
import { contentWords } from "../../lib/german/gloss-words";
import type { RawEntry, RawSense } from "./ding-entries";
import { englishPrior } from "./english-prior";

const LINKS = ["", "s", "es", "n", "en", "er", "e"];

/** Counts, per sense of each noun or adjective, how many compounds' glosses share its words. */
export function compoundHits(entries: Map<string, RawEntry>): Map<RawEntry, number[]> {
  const byLower = new Map<string, RawEntry[]>();
  for (const e of entries.values()) {
    if ((e.pos !== "n" && e.pos !== "a") || e.hw.includes(" ") || e.hw.length < 3) continue;
    const k = e.hw.toLowerCase();
    byLower.set(k, [...(byLower.get(k) ?? []), e]);
  }
  const senseWords = new Map<RawEntry, Set<string>[]>();
  for (const list of byLower.values())
    for (const e of list)
      senseWords.set(
        e,
        e.senses.map((s) => contentWords(s.glosses)),
      );
  const hits = new Map<RawEntry, number[]>();
  const credit = (part: RawEntry, words: Set<string>, weight: number) => {
    const sw = senseWords.get(part);
    if (!sw) return;
    let h = hits.get(part);
    if (!h) {
      h = sw.map(() => 0);
      hits.set(part, h);
    }
    sw.forEach((set, i) => {
      for (const w of set)
        if (words.has(w)) {
          h[i] = (h[i] ?? 0) + weight;
          break;
        }
    });
  };
  for (const c of entries.values()) {
    if (c.pos !== "n" || c.hw.includes(" ") || c.hw.length < 7) continue;
    const lower = c.hw.toLowerCase();
    const words = contentWords(c.senses.flatMap((s) => s.glosses.slice(0, 3)));
    for (let k = 3; k <= lower.length - 3; k++) {
      for (const head of byLower.get(lower.slice(k)) ?? []) if (head.pos === "n") credit(head, words, 1);
      const mod = lower.slice(0, k);
      for (const link of LINKS) {
        if (link && !mod.endsWith(link)) continue;
        for (const m of byLower.get(mod.slice(0, mod.length - link.length)) ?? []) credit(m, words, 0.5);
      }
    }
  }
  return hits;
}

// A sense that takes a preposition is the meaning mostly where the preposition is in the clause, which the
// engine checks in context (führen zu: to lead to): it ranks after a plain sense with the same evidence.
// Stronger, it would push senses whose preposition is optional (etw. in etw. teilen) out of the asset.
const PREP_PENALTY = -0.3;

// A later synonym on a line ranks a little after a line that starts with the word and has as much
// evidence ("sich gegen etw. wehren :: to resist" before "sich entrüsten; sich gegen etw. wehren :: to bridle at").
const SYNONYM_PENALTY = -0.25;

// Senses known only from examples (bestehen "to pass" from "eine Prüfung bestehen") come after every
// sense Ding gives the word itself, so they take no kept place from one (setzen auf "to bet on"): they are
// there for a translation to choose.
const EXAMPLE_PENALTY = -100;

export function rankSenses(
  e: RawEntry,
  hits: readonly number[] | undefined,
  english: ReadonlyMap<string, number> = new Map(),
): RawSense[] {
  const scored = e.senses.map((s, i) => ({
    s,
    score:
      (english.size ? englishPrior(s.glosses, english) : 0) +
      2 * Math.log2(1 + (hits?.[i] ?? 0)) +
      0.6 * Math.log2(s.nCols) +
      s.penalty +
      (s.prep ? PREP_PENALTY : 0) +
      (s.synonym ? SYNONYM_PENALTY : 0) +
      (s.fromExamples ? EXAMPLE_PENALTY : 0) -
      0.001 * i,
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored.map((x) => x.s);
}

/** The senses a word keeps: those the card shows, and more that only a translation may choose. */
export interface KeptSenses {
  card: string[][];
  /** Further senses, for the alignment only (a translation that says "to segregate" for trennen). */
  alignOnly: string[][];
}

/**
 * Flattens ranked senses into short gloss lists: the best sense's glosses, then others' first ones. Eight
 * senses and twelve glosses a word (five and eight before) keep the senses a translation may name
 * (abwickeln: to wind up), for 39 KB more asset; the first sense is what the card shows without one.
 * More for the card lost words without a translation: the context rules then choose among more senses.
 * So the senses after those go apart, up to `alignSenses` in all, and only a translation may pick them.
 * Forty, not the eight these were once: the everyday senses Ding gives only in examples with an object
 * (führen "to keep" from "ein Tagebuch führen", lösen "to buy" from "eine Fahrkarte lösen") rank after all
 * of a common verb's own, and a cap of eight dropped them from führen, lösen, aufnehmen and aufstellen;
 * few words have more than sixteen senses, so the asset grew 4 KB.
 */
export function keptSenses(
  senses: readonly (readonly string[])[],
  { max = 12, maxSenses = 8, alignSenses = 40 }: { max?: number; maxSenses?: number; alignSenses?: number } = {},
  /** Senses never shown on a card (RawSense.alignOnly), kept after the others while there is room. */
  alignOnlySenses: readonly (readonly string[])[] = [],
): KeptSenses {
  const seen = new Set<string>();
  const card: string[][] = [];
  const alignOnly: string[][] = [];
  let total = 0;
  for (const s of senses) {
    const keep = s.filter((g) => !seen.has(g.toLowerCase())).slice(0, card.length === 0 ? 4 : 3);
    if (keep.length === 0) continue;
    for (const g of keep) seen.add(g.toLowerCase());
    if (total < max && card.length < maxSenses) {
      card.push(keep);
      total += keep.length;
    } else if (alignOnly.length < alignSenses) alignOnly.push(keep);
    else break;
  }
  for (const s of alignOnlySenses) {
    const keep = s.filter((g) => !seen.has(g.toLowerCase())).slice(0, 3);
    if (keep.length === 0) continue;
    if (alignOnly.length >= alignSenses) break;
    for (const g of keep) seen.add(g.toLowerCase());
    alignOnly.push(keep);
  }
  return { card, alignOnly };
}
