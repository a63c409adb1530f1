// Sentence alignment of a German paragraph with its English translation, by length (after Gale and
// Church): translated sentences keep roughly their length. One German sentence may become two English
// ones (1:2) or two German sentences one English (2:1); an unmatched sentence costs much more.

/** Per German sentence, the indices of the English sentences it was translated as. */
export type SentenceAlignment = number[][];

const ENGLISH_PER_GERMAN = 0.95;
const BEADS: readonly [de: number, en: number, penalty: number][] = [
  [1, 1, 0],
  [1, 2, 0.6],
  [2, 1, 0.6],
  [1, 0, 3],
  [0, 1, 3],
];

function cost(de: number, en: number): number {
  return Math.abs(Math.log((en + 10) / (de * ENGLISH_PER_GERMAN + 10)));
}

export function alignSentences(german: readonly string[], english: readonly string[]): SentenceAlignment {
  const n = german.length;
  const m = english.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: ([number, number] | undefined)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1));
  best[0]![0] = 0;
  const len = (list: readonly string[], from: number, count: number) =>
    list.slice(from, from + count).reduce((sum, s) => sum + s.length, 0);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === Infinity) continue;
      for (const [di, dj, penalty] of BEADS) {
        if (i + di > n || j + dj > m) continue;
        const c = here + penalty + (di && dj ? cost(len(german, i, di), len(english, j, dj)) : 0);
        if (c < best[i + di]![j + dj]!) {
          best[i + di]![j + dj] = c;
          back[i + di]![j + dj] = [di, dj];
        }
      }
    }
  }
  const out: SentenceAlignment = german.map(() => []);
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = back[i]![j]!;
    for (let k = i - di; k < i; k++) for (let l = j - dj; l < j; l++) out[k]!.push(l);
    i -= di;
    j -= dj;
  }
  return out;
}
