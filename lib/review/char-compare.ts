// The typed answer against the expected one, character by character, as Anki's type-in comparison shows it:
// the typed text with each character right or wrong, and the expected text with what was missed. Pure.

export interface CharRun {
  text: string;
  /** good: typed as expected · bad: typed but not expected · missing: expected but not typed. */
  kind: "good" | "bad" | "missing";
}

export interface CharComparison {
  /** True when the two are identical: only one line needs showing. */
  same: boolean;
  typed: CharRun[];
  expected: CharRun[];
}

function push(runs: CharRun[], ch: string, kind: CharRun["kind"]) {
  const last = runs.at(-1);
  if (last && last.kind === kind) last.text += ch;
  else runs.push({ text: ch, kind });
}

/** Aligns the two strings on their longest common subsequence (code points, case-sensitive). */
export function compareChars(typed: string, expected: string): CharComparison {
  const a = [...typed];
  const b = [...expected];
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const typedRuns: CharRun[] = [];
  const expectedRuns: CharRun[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(typedRuns, a[i]!, "good");
      push(expectedRuns, b[j]!, "good");
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      push(typedRuns, a[i]!, "bad");
      i++;
    } else {
      push(expectedRuns, b[j]!, "missing");
      j++;
    }
  }
  return { same: typed === expected, typed: typedRuns, expected: expectedRuns };
}
