// English synonyms from WordNet (data/wordnet/synonyms.json.gz, built by `npm run build:synonyms`): a
// translator says "movie" where the dictionary says "film", "automobile" for "car". Each word keeps only
// the synsets of its two most frequent senses for that; a verb the translation matched nothing else of may
// take the rest (anySenseSynonyms). Without the asset the alignment runs on exact glosses alone.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { SortedRows } from "@/lib/german/sorted-rows";

interface StoredSynonyms {
  format: number;
  synsets: string;
  words: string;
}

export interface Synonym {
  text: string;
  /** Place of the shared sense in WordNet's order for the looked-up word: 0 is its most frequent. */
  rank: number;
}

interface SynonymIndex {
  synsets: string[];
  /** "v come out\t12:0,40:1": a word's synsets with the rank of the sense, resolved on first use. */
  rows: SortedRows;
  resolved: Map<string, Synonym[]>;
}

let index: SynonymIndex | undefined;

function load(): SynonymIndex {
  const dir = process.env.BRUECKE_SYNONYMS_DIR || join(process.cwd(), "data/wordnet");
  const path = join(dir, "synonyms.json.gz");
  if (!existsSync(path)) return { synsets: [], rows: new SortedRows(""), resolved: new Map() };
  const stored = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as StoredSynonyms;
  if (stored.format !== 4) throw new Error(`${path} is in an older format: run \`npm run build:synonyms\``);
  return { synsets: stored.synsets.split("\n"), rows: new SortedRows(stored.words), resolved: new Map() };
}

/** The other members of the word's kept synsets, with the rank of the sense they share. */
function resolve(ix: SynonymIndex, key: string): Synonym[] {
  let synonyms = ix.resolved.get(key);
  if (synonyms) return synonyms;
  synonyms = [];
  const word = key.slice(2);
  for (const pair of (ix.rows.get(key) ?? "").split(",")) {
    if (!pair) continue;
    const [id = "", rank = ""] = pair.split(":");
    for (const text of ix.synsets[Number(id)]?.split("|") ?? [])
      if (text !== word && !synonyms.some((s) => s.text === text)) synonyms.push({ text, rank: Number(rank) });
  }
  ix.resolved.set(key, synonyms);
  return synonyms;
}

const lookUp = (phrase: string, pos: string) => {
  index ??= load();
  return resolve(index, `${pos} ${phrase}`);
};

// Senses of a word that make synonyms for englishSynonyms: its two most frequent.
const FREQUENT = 2;

/**
 * WordNet synonyms of an English word or phrase, a verb's or else a noun's, adjective's or adverb's: words
 * that share one of its two most frequent senses, through one of their own two ("car" → automobile,
 * "film" → movie, "autumn" → fall). A sense rare for either word makes no synonym: "to strike" (a clock)
 * is not "to hit", "to run" (a department) not "to operate". Rank: the rarer of the two senses' places.
 */
export function englishSynonyms(phrase: string, verb: boolean): Synonym[] {
  return synonymsWithin(phrase, verb, FREQUENT);
}

/**
 * Synonyms through any sense of either word ("pass" → hand, "prove" → rise of dough), ranked by the sum of
 * the two senses' places: weaker evidence, for a word the translation matched nothing else of.
 */
export function anySenseSynonyms(phrase: string, verb: boolean): Synonym[] {
  const out: Synonym[] = [];
  for (const pos of verb ? ["v"] : ["n", "a", "r"])
    for (const s of lookUp(phrase, pos)) {
      const back = lookUp(s.text, pos).find((t) => t.text === phrase);
      const rank = back && s.rank + back.rank;
      const known = out.find((o) => o.text === s.text);
      if (rank === undefined) continue;
      if (!known) out.push({ text: s.text, rank });
      else known.rank = Math.min(known.rank, rank);
    }
  return out.sort((a, b) => a.rank - b.rank);
}

function synonymsWithin(phrase: string, verb: boolean, senses: number): Synonym[] {
  const out: Synonym[] = [];
  for (const pos of verb ? ["v"] : ["n", "a", "r"])
    for (const s of lookUp(phrase, pos)) {
      if (s.rank >= senses) continue;
      const back = lookUp(s.text, pos).find((t) => t.text === phrase);
      if (back && back.rank < senses && !out.some((o) => o.text === s.text))
        out.push({ text: s.text, rank: Math.max(s.rank, back.rank) });
    }
  return out;
}

/**
 * Whether WordNet has the word with a synonym among its two most frequent senses, as any part of speech:
 * a test that a piece of an English compound is a word of its own ("water" of watertight).
 */
export function isEnglishWord(word: string): boolean {
  index ??= load();
  const ix = index;
  return ["n", "a", "v", "r"].some((pos) =>
    (ix.rows.get(`${pos} ${word}`) ?? "").split(",").some((pair) => Number(pair.split(":")[1]) < FREQUENT),
  );
}

/** Whether WordNet has the word or phrase as a noun (one with a synonym): "compost heap", "litter bin". */
export function isEnglishNoun(phrase: string): boolean {
  index ??= load();
  return index.rows.get(`n ${phrase}`) !== undefined;
}

/** Whether WordNet has the word as a verb (one with a synonym): "redeem", "expire", not "swirly". */
export function isEnglishVerb(word: string): boolean {
  index ??= load();
  return index.rows.get(`v ${word}`) !== undefined;
}

/**
 * Whether WordNet has the word as an adjective (or adverb) only, never as a noun or a verb: "new", "old",
 * "big"; not "good" (also a noun), "label" or "vouchers" (no adjective).
 */
export function isEnglishAdjectiveOnly(word: string): boolean {
  index ??= load();
  const ix = index;
  const has = (pos: string) => ix.rows.get(`${pos} ${word}`) !== undefined;
  return has("a") && !has("n") && !has("v");
}

/** Whether WordNet has the word as an adjective: "good", "new", "clear"; not "drug". */
export function isEnglishAdjective(word: string): boolean {
  index ??= load();
  return index.rows.get(`a ${word}`) !== undefined;
}
