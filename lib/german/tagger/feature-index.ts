// The trained weights arranged for decoding. Each value a feature can hold (a word, a lexical class, a
// shape, a suffix, a tag) gets a number once, per kind of value; a feature is then its template's table
// looked up with its parts' numbers combined into one key. Looking up "w=haus|t-1=DET" as a string meant
// building and hashing a new string for each of 35 features of every token, and looking the parts up in
// nested maps of strings still cost a string comparison in a large table for each part: both were most
// of the tagger's time, itself a third of the engine's. Now a token costs a dozen string lookups (its own
// values, shared by every template that names them) and 34 lookups of small integers.
import { BIAS, type Column, PAD, PART_SOURCES, type PartSource, type PreparedSentence, TEMPLATES } from "./features";

/** [tag index, weight, tag index, weight, …], as a typed array so adding them up stays monomorphic. */
export type Weights = Float64Array;

/** The kind of value a part holds: a column of the prepared sentence, or a tag. */
type Kind = Column | "tag";

const kindOf = (source: PartSource): Kind => ("tag" in source ? "tag" : source.column);

export interface FeatureIndex {
  /** Per kind of value, the number of each value training saw. */
  vocab: ReadonlyMap<Kind, ReadonlyMap<string, number>>;
  /**
   * Per template (TEMPLATES order; the bias, with no parts, under key 0), by combined key, where the feature's weights
   * are in `weights`: their start times 64 plus their length. Small integers in, a small integer out, and
   * all weights side by side: a lookup touches few places in memory, which is what it costs in a running
   * engine whose other work keeps pushing the tables out of the processor's caches.
   */
  tables: readonly ReadonlyMap<number, number>[];
  /** Every feature's [tag index, weight, …], one after another. */
  weights: Weights;
  /** Per template, per part, the number of values of its kind: the radix of its place in the key. */
  radix: readonly (readonly number[])[];
}

const byNames = new Map(TEMPLATES.map((names, t) => [names.join("|"), t]));
const SOURCES: readonly (readonly PartSource[])[] = TEMPLATES.map((names) =>
  names.map((name) => PART_SOURCES[name] as PartSource),
);

/** Splits a stored feature into its template and values; undefined for one no template produces. */
export function parseFeature(feature: string): { template: number; values: string[] } | undefined {
  if (feature === BIAS) return { template: 0, values: [] };
  const values: string[] = [];
  let names = "";
  let start = 0;
  while (start <= feature.length) {
    const bar = feature.indexOf("|", start);
    const part = feature.slice(start, bar < 0 ? feature.length : bar);
    const eq = part.indexOf("=");
    if (eq < 0) break;
    names += (values.length ? "|" : "") + part.slice(0, eq);
    values.push(part.slice(eq + 1));
    if (bar < 0) {
      const template = byNames.get(names);
      if (template !== undefined) return { template, values };
      break;
    }
    start = bar + 1;
  }
  return parseOddFeature(feature);
}

/** A value with "|" in it (a token "|"): the templates' names matched in place, most parts first. */
function parseOddFeature(feature: string): { template: number; values: string[] } | undefined {
  for (const [t, names] of [...TEMPLATES.entries()].sort((a, b) => b[1].length - a[1].length)) {
    if (names.length === 0) continue;
    const pattern = new RegExp(`^${names.map((name) => `${escapeRegExp(name)}=(.*)`).join("\\|")}$`, "s");
    const match = pattern.exec(feature);
    if (match) return { template: t, values: match.slice(1) };
  }
  return undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

export function indexFeatures(weights: ReadonlyMap<string, readonly number[]>): FeatureIndex {
  const vocab = new Map<Kind, Map<string, number>>();
  const idOf = (kind: Kind, value: string) => {
    let values = vocab.get(kind);
    if (!values) {
      values = new Map();
      vocab.set(kind, values);
    }
    let id = values.get(value);
    if (id === undefined) {
      id = values.size;
      values.set(value, id);
    }
    return id;
  };
  const parsed: { template: number; ids: number[]; w: readonly number[] }[] = [];
  for (const [feature, w] of weights) {
    const f = parseFeature(feature);
    if (!f) continue;
    const sources = SOURCES[f.template] ?? [];
    parsed.push({ template: f.template, ids: f.values.map((v, k) => idOf(kindOf(sources[k] as PartSource), v)), w });
  }
  // Every value is numbered before any key is made: a key's radices are the final sizes of the kinds.
  const radix = SOURCES.map((sources) => sources.map((source) => vocab.get(kindOf(source))?.size ?? 0));
  const tables = TEMPLATES.map(() => new Map<number, number>());
  const all = new Float64Array(parsed.reduce((n, f) => n + f.w.length, 0));
  let at = 0;
  for (const { template, ids, w } of parsed) {
    if (w.length >= SPAN) throw new Error(`a tagger feature with ${w.length / 2} tags: at most ${SPAN / 2 - 1} fit`);
    const sizes = radix[template] ?? [];
    all.set(w, at);
    tables[template]?.set(
      ids.reduce((key, id, k) => key * (sizes[k] as number) + id, 0),
      at * SPAN + w.length,
    );
    at += w.length;
  }
  return { vocab, tables, weights: all, radix };
}

/** A feature's place in FeatureIndex.weights is its start times SPAN plus its length (at most 2 × 17 tags). */
const SPAN = 64;

/** The numbers of a sentence's values, per column (padded like the columns; -1 for a value training never saw). */
export type SentenceIds = Readonly<Record<Column, Int32Array>>;

export function sentenceIds(index: FeatureIndex, p: PreparedSentence): SentenceIds {
  const ids = {} as Record<Column, Int32Array>;
  for (const column of Object.keys(p) as Column[]) {
    const values = p[column];
    const numbers = index.vocab.get(column);
    const out = new Int32Array(values.length);
    for (let k = 0; k < values.length; k++) out[k] = numbers?.get(values[k] as string) ?? -1;
    ids[column] = out;
  }
  return ids;
}

/**
 * Adds to `scores` the weights of token i's features, the bias first, in the templates' trained order (the
 * same sums, in the same order, as adding up the weights of the strings featuresOf gives). prev and prev2
 * are the numbers of the tags given to the two tokens before it (-1 for a tag training never saw there).
 */
export function addFeatureWeights(
  index: FeatureIndex,
  ids: SentenceIds,
  i: number,
  prev: number,
  prev2: number,
  scores: Float64Array,
): void {
  for (let t = 0; t < SOURCES.length; t++) {
    const sources = SOURCES[t] as readonly PartSource[];
    const sizes = index.radix[t] as readonly number[];
    let key = 0;
    let k = 0;
    for (; k < sources.length; k++) {
      const source = sources[k] as PartSource;
      const id =
        "tag" in source ? (source.tag === 1 ? prev : prev2) : (ids[source.column][i + source.offset + PAD] as number);
      if (id < 0) break;
      key = key * (sizes[k] as number) + id;
    }
    if (k < sources.length) continue;
    const place = index.tables[t]?.get(key);
    if (place === undefined) continue;
    const end = Math.floor(place / SPAN) + (place % SPAN);
    for (let j = Math.floor(place / SPAN); j < end; j += 2) {
      const tag = index.weights[j] as number;
      scores[tag] = (scores[tag] as number) + (index.weights[j + 1] as number);
    }
  }
}
