// An averaged-perceptron part-of-speech tagger (Collins 2002), decoding greedily left to right.
// Weights are sparse: per feature, only the tags it has a say about.
import { addFeatureWeights, type FeatureIndex, indexFeatures, sentenceIds } from "./feature-index";
import { featuresOf, prepare, type TagInput } from "./features";

export interface TaggerModel {
  tags: readonly string[];
  /** Feature → [tag index, weight, tag index, weight, …]. */
  weights: ReadonlyMap<string, readonly number[]>;
}

export interface Tagged {
  tag: string;
  /** Score of the best tag minus the runner-up: how sure the tagger is. */
  margin: number;
}

const indexes = new WeakMap<TaggerModel, FeatureIndex>();

function indexOf(model: TaggerModel): FeatureIndex {
  let index = indexes.get(model);
  if (!index) {
    index = indexFeatures(model.weights);
    indexes.set(model, index);
  }
  return index;
}

function best(s: Float64Array): [number, number] {
  let top = 0;
  let second = -Infinity;
  for (let k = 1; k < s.length; k++) {
    if ((s[k] as number) > (s[top] as number)) {
      second = s[top] as number;
      top = k;
    } else if ((s[k] as number) > second) second = s[k] as number;
  }
  return [top, (s[top] as number) - second];
}

export function tagSentence(model: TaggerModel, input: TagInput): Tagged[] {
  const index = indexOf(model);
  const ids = sentenceIds(index, prepare(input));
  const tags = index.vocab.get("tag");
  const tagId = (tag: string) => tags?.get(tag) ?? -1;
  const out: Tagged[] = [];
  const scores = new Float64Array(model.tags.length);
  let prev = tagId("<s>");
  let prev2 = prev;
  for (let i = 0; i < input.words.length; i++) {
    scores.fill(0);
    addFeatureWeights(index, ids, i, prev, prev2, scores);
    const [k, margin] = best(scores);
    const tag = model.tags[k] ?? "X";
    out.push({ tag, margin: Number.isFinite(margin) ? margin : 0 });
    prev2 = prev;
    prev = tagId(tag);
  }
  return out;
}

/** The weight a feature gives a tag (0 when it has no say): `w=endlich` for ADV says what training saw. */
export function featureWeight(model: TaggerModel, feature: string, tag: string): number {
  const w = model.weights.get(feature);
  const k = model.tags.indexOf(tag);
  if (!w || k < 0) return 0;
  for (let j = 0; j < w.length; j += 2) if (w[j] === k) return w[j + 1] as number;
  return 0;
}

export interface TrainingSentence extends TagInput {
  tags: readonly string[];
}

/** Trains with weight averaging; sentences are visited in a fixed pseudo-random order per epoch. */
export function train(sentences: readonly TrainingSentence[], epochs: number): TaggerModel {
  const tags = [...new Set(sentences.flatMap((s) => s.tags))].sort();
  const index = new Map(tags.map((t, k) => [t, k]));
  const T = tags.length;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 0;
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) {
      r = new Float64Array(T);
      m.set(f, r);
    }
    return r;
  };
  const update = (f: string, k: number, delta: number) => {
    const wr = row(w, f);
    const tr = row(total, f);
    const sr = row(stamp, f);
    tr[k] = (tr[k] as number) + (step - (sr[k] as number)) * (wr[k] as number);
    sr[k] = step;
    wr[k] = (wr[k] as number) + delta;
  };
  const scoreLive = (feats: readonly string[]) => {
    const s = new Float64Array(T);
    for (const f of feats) {
      const r = w.get(f);
      if (r) for (let k = 0; k < T; k++) s[k] = (s[k] as number) + (r[k] as number);
    }
    return s;
  };
  let order = sentences.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of order) {
      const s = sentences[i];
      if (!s) continue;
      const prepared = prepare(s);
      let prev = "<s>";
      let prev2 = "<s>";
      for (let j = 0; j < s.words.length; j++) {
        step++;
        const feats = featuresOf(prepared, j, prev, prev2);
        const [guess] = best(scoreLive(feats));
        const truth = index.get(s.tags[j] ?? "") ?? 0;
        if (guess !== truth) {
          for (const f of feats) {
            update(f, truth, 1);
            update(f, guess, -1);
          }
        }
        prev2 = prev;
        // Train on the tags the tagger itself would have given, as at run time.
        prev = tags[guess] ?? "X";
      }
    }
    order = shuffle(order, epoch + 1);
  }
  const averaged = new Map<string, number[]>();
  for (const [f, wr] of w) {
    const tr = total.get(f) as Float64Array;
    const sr = stamp.get(f) as Float64Array;
    const sparse: number[] = [];
    for (let k = 0; k < T; k++) {
      const avg = ((tr[k] as number) + (step - (sr[k] as number)) * (wr[k] as number)) / step;
      const rounded = Math.round(avg * 1000) / 1000;
      if (rounded !== 0) sparse.push(k, rounded);
    }
    if (sparse.length) averaged.set(f, sparse);
  }
  return { tags, weights: averaged };
}

function shuffle(xs: number[], seed: number): number[] {
  const out = xs.slice();
  let a = seed * 2654435761;
  for (let i = out.length - 1; i > 0; i--) {
    a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x9e3779b9) | 0;
    const j = (a >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

/** The JSON form stored in data/ud-german/tagger.json.gz. */
export interface StoredModel {
  format: 1;
  source: string;
  tags: string[];
  weights: Record<string, number[]>;
}

export function toStored(model: TaggerModel, source: string): StoredModel {
  const weights: Record<string, number[]> = {};
  for (const f of [...model.weights.keys()].sort()) weights[f] = [...(model.weights.get(f) ?? [])];
  return { format: 1, source, tags: [...model.tags], weights };
}

export function fromStored(stored: StoredModel): TaggerModel {
  return { tags: stored.tags, weights: new Map(Object.entries(stored.weights)) };
}
