// The trained weights arranged for decoding: one table per feature template, looked up part by part
// ("w" → "haus" → "t-1" → "DET") with the strings `prepare` made once per sentence. Looking up
// "w=haus|t-1=DET" whole meant building and hashing a new string for each of 35 features of every token,
// which was most of the tagger's time and a third of the engine's.
import { BIAS, TEMPLATES } from "./features";

/** [tag index, weight, tag index, weight, …], as a typed array so adding them up stays monomorphic. */
export type Weights = Float64Array;
/** A template's table: as many levels of maps as the template has parts, then the weights. */
export type Table = Map<string, Table | Weights>;

export interface FeatureIndex {
  bias: Weights | undefined;
  /** Per template (TEMPLATES order, the bias's entry unused), its table. */
  tables: readonly Table[];
}

const byNames = new Map(TEMPLATES.map((names, t) => [names.join("|"), t]));

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
  const tables: Table[] = TEMPLATES.map(() => new Map());
  let bias: Weights | undefined;
  for (const [feature, stored] of weights) {
    const w = new Float64Array(stored);
    const parsed = parseFeature(feature);
    if (!parsed) continue;
    if (parsed.template === 0) {
      bias = w;
      continue;
    }
    let table = tables[parsed.template] as Table;
    parsed.values.forEach((value, k) => {
      if (k === parsed.values.length - 1) table.set(value, w);
      else {
        let next = table.get(value) as Table | undefined;
        if (!next) {
          next = new Map();
          table.set(value, next);
        }
        table = next;
      }
    });
  }
  return { bias, tables };
}
