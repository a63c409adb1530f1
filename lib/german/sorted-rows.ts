// Lookups in a text of rows sorted by key ("key\tfield\tfield", one row a line), searched in place: no
// string per row and no map entry per key, so a table of 400k rows costs nothing to load. Where each row
// starts is found on the first lookup (one scan, a few milliseconds for the largest table).
const TAB = 9;
const NL = 10;
const NONE: readonly string[] = [];

/** Whether the character at `at` ends a row's key (tab, line end, end of text). */
function endsKey(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === TAB || c === NL || Number.isNaN(c);
}

/** Keys remembered per table: words repeat (a text's few hundred forms are most of its lookups). */
const MEMO_LIMIT = 50_000;

export class SortedRows {
  private starts: Uint32Array | undefined;
  /**
   * Rows found, by key (-1: none), and the fields split: a binary search compares the key with some twenty
   * rows spread over megabytes of text, and the engine asks the same few hundred keys again and again.
   */
  private readonly found = new Map<string, number>();
  private readonly split = new Map<string, readonly string[]>();

  /** `text`: rows sorted by key in UTF-16 code-unit order (JavaScript's default sort), keys unique or adjacent. */
  constructor(private readonly text: string) {}

  private rowStarts(): Uint32Array {
    if (this.starts) return this.starts;
    let rows = this.text === "" ? 0 : 1;
    for (let at = this.text.indexOf("\n"); at >= 0; at = this.text.indexOf("\n", at + 1)) rows++;
    // One more start than rows: the end of the last row, so that row i is text[starts[i], starts[i+1] - 1).
    const starts = new Uint32Array(rows + 1);
    let at = 0;
    for (let i = 1; i < rows; i++) {
      at = this.text.indexOf("\n", at) + 1;
      starts[i] = at;
    }
    starts[rows] = this.text.length + 1;
    this.starts = starts;
    return starts;
  }

  /** Sign of `key` against the key of the row starting at `at`. */
  private compare(key: string, at: number): number {
    for (let i = 0; i < key.length; i++) {
      if (endsKey(this.text, at + i)) return 1;
      const d = key.charCodeAt(i) - this.text.charCodeAt(at + i);
      if (d !== 0) return d;
    }
    return endsKey(this.text, at + key.length) ? 0 : -1;
  }

  /** Index of the first row whose key is `key`, or -1. */
  find(key: string): number {
    let i = this.found.get(key);
    if (i === undefined) {
      i = this.search(key);
      if (this.found.size >= MEMO_LIMIT) this.found.clear();
      this.found.set(key, i);
    }
    return i;
  }

  private search(key: string): number {
    if (key === "") return -1;
    const starts = this.rowStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(key, starts[mid] ?? 0) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length - 1 && this.compare(key, starts[lo] ?? 0) === 0 ? lo : -1;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Whether row `i` exists and its key is `key`. */
  isKey(i: number, key: string): boolean {
    const starts = this.rowStarts();
    return i >= 0 && i < starts.length - 1 && this.compare(key, starts[i] ?? 0) === 0;
  }

  /** Row `i` whole, key included. */
  row(i: number): string {
    const starts = this.rowStarts();
    return this.text.slice(starts[i], (starts[i + 1] ?? 0) - 1);
  }

  /** The fields after the key of the first row keyed `key`, or undefined when there is none. */
  get(key: string): string | undefined {
    const i = this.find(key);
    if (i < 0) return undefined;
    const row = this.row(i);
    return row.length > key.length ? row.slice(key.length + 1) : "";
  }

  /** The fields after the key, split at tabs: an index's values ("form\tlemma\tlemma"). */
  values(key: string): readonly string[] {
    let values = this.split.get(key);
    if (values === undefined) {
      const rest = this.get(key);
      values = rest === undefined || rest === "" ? NONE : rest.split("\t");
      if (this.split.size >= MEMO_LIMIT) this.split.clear();
      this.split.set(key, values);
    }
    return values;
  }
}

/** A map from key to values as rows for SortedRows: sorted by key, values tab-separated, in their order. */
export function toSortedRows(map: ReadonlyMap<string, readonly string[]>): string {
  return [...map.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => [key, ...(map.get(key) ?? [])].join("\t"))
    .join("\n");
}
