// Ding gives a plural on only ~41% of nouns, but compounds repeat their head's plural: Eilnachricht |
// Eilnachrichten tells us Nachricht → Nachrichten. Heads without a plural take the most frequent one.
import type { RawEntry } from "./ding-entries";

// Derivations, not compounds: Verlust is no "Ver" + Lust.
const PREFIXES = new Set([
  "ab",
  "an",
  "auf",
  "aus",
  "be",
  "bei",
  "ein",
  "ent",
  "er",
  "ge",
  "miss",
  "un",
  "ur",
  "ver",
  "vor",
  "zer",
  "zu",
  "über",
  "unter",
  "nach",
  "mit",
]);

export function inferPlurals(entries: Map<string, RawEntry>): number {
  const heads = new Map<string, RawEntry>();
  for (const e of entries.values()) {
    if (e.pos === "n" && !e.pluralOnly && e.plurals.size === 0 && !e.hw.includes(" ") && e.hw.length >= 3) {
      heads.set(e.hw.toLowerCase(), e);
    }
  }
  const votes = new Map<RawEntry, Map<string, number>>();
  for (const c of entries.values()) {
    if (c.pos !== "n" || c.plurals.size === 0 || c.hw.includes(" ")) continue;
    const lower = c.hw.toLowerCase();
    for (let k = 2; k <= lower.length - 3; k++) {
      const head = heads.get(lower.slice(k));
      // A compound has its head's gender; a different one means a different word.
      if (!head || head === c || head.gender !== c.gender) continue;
      const prefix = c.hw.slice(0, k);
      if (PREFIXES.has(prefix.toLowerCase())) continue;
      for (const pl of c.plurals.keys()) {
        if (!pl.startsWith(prefix) || pl.length - k < head.hw.length - 1) continue;
        const guess = head.hw.charAt(0) + pl.slice(k + 1);
        const v = votes.get(head) ?? new Map<string, number>();
        v.set(guess, (v.get(guess) ?? 0) + 1);
        votes.set(head, v);
      }
    }
  }
  let n = 0;
  for (const [head, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) {
      head.plurals.set(best[0], 1);
      n++;
    }
  }
  return n;
}
