// A list of kinds tried in order reads the word's clause once. Trying each kind in turn scanned the clause
// once per kind: some eighty scans for every noun and verb with two senses, a fifth of the engine's time.
// The list is indexed by the lemmas that call for each kind; the clause's lemmas then name the few kinds
// whose test can pass, and only those are tried, still in the list's order, so the first that applies
// decides as before.
import { kindLemmas } from "./kind-sense";
import type { MeaningChoice } from "./meaning";
import { clauseBounds, type Draft, type SentenceContext } from "./sentence-context";

export interface KindList<K> {
  kinds: readonly K[];
  /** For each lemma, the positions in `kinds` of the kinds it calls for, ascending. */
  byLemma: ReadonlyMap<string, readonly number[]>;
  /** Which words of the clause call for a kind: its nouns (by lemma and last part) or its verbs. */
  callers: "nouns" | "verbs";
}

export function kindList<K>(
  kinds: readonly K[],
  lemmasOf: (kind: K) => ReadonlySet<string>,
  callers: "nouns" | "verbs",
): KindList<K> {
  const byLemma = new Map<string, number[]>();
  kinds.forEach((kind, at) => {
    for (const lemma of lemmasOf(kind)) {
      const positions = byLemma.get(lemma) ?? [];
      if (positions.at(-1) !== at) positions.push(at);
      byLemma.set(lemma, positions);
    }
  });
  return { kinds, byLemma, callers };
}

/**
 * The lemmas by which the words of word i's clause, other than word i, call for a kind: a noun (not a name)
 * by its lemma and a compound's last part (kind-sense.ts kindLemmas, which isNounOf reads too), a verb by its lemma.
 */
function clauseLemmas(
  callers: KindList<unknown>["callers"],
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
): string[] {
  const [from, to] = clauseBounds(ctx.tokens, i);
  const lemmas: string[] = [];
  for (let j = from; j <= to; j++) {
    const d = drafts[j];
    if (j === i || !d) continue;
    if (callers === "verbs" && d.a.pos === "verb") lemmas.push(d.a.lemma);
    if (callers === "nouns") lemmas.push(...kindLemmas(d));
  }
  return lemmas;
}

/**
 * The first choice `choose` makes among the list's kinds that word i's clause calls for, in the list's order;
 * undefined where the word has fewer than two senses (no kind's rule chooses then) or none chooses.
 */
export function firstKindChoice<K>(
  list: KindList<K>,
  ctx: SentenceContext,
  drafts: readonly (Draft | null)[],
  i: number,
  choose: (kind: K) => MeaningChoice | undefined,
): MeaningChoice | undefined {
  if ((drafts[i]?.senses?.length ?? 0) < 2) return undefined;
  const called = new Set<number>();
  for (const lemma of clauseLemmas(list.callers, ctx, drafts, i))
    for (const at of list.byLemma.get(lemma) ?? []) called.add(at);
  for (const at of [...called].sort((a, b) => a - b)) {
    const kind = list.kinds[at];
    const choice = kind === undefined ? undefined : choose(kind);
    if (choice) return choice;
  }
  return undefined;
}
