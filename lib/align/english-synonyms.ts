// English synonyms from WordNet (data/wordnet/synonyms.json.gz, built by `npm run build:synonyms`): a
// translator says "movie" where the dictionary says "film", "automobile" for "car". Each word keeps only
// the synsets of its two most frequent senses. Without the asset the alignment runs on exact glosses alone.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

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

/** "v come out" → the other members of its synsets. */
let index: Map<string, Synonym[]> | undefined;

function load(): Map<string, Synonym[]> {
  const out = new Map<string, Synonym[]>();
  const dir = process.env.BRUECKE_SYNONYMS_DIR || join(process.cwd(), "data/wordnet");
  const path = join(dir, "synonyms.json.gz");
  if (!existsSync(path)) return out;
  const stored = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as StoredSynonyms;
  if (stored.format !== 2) throw new Error(`${path} is in an older format: run \`npm run build:synonyms\``);
  const synsets = stored.synsets.split("\n").map((s) => s.split("|"));
  for (const row of stored.words.split("\n")) {
    const [pos = "", word = "", ids = ""] = row.split("\t");
    const synonyms: Synonym[] = [];
    for (const pair of ids.split(",")) {
      const [id = "", rank = ""] = pair.split(":");
      for (const text of synsets[Number(id)] ?? [])
        if (text !== word && !synonyms.some((s) => s.text === text)) synonyms.push({ text, rank: Number(rank) });
    }
    out.set(`${pos} ${word}`, synonyms);
  }
  return out;
}

const lookUp = (phrase: string, pos: string) => {
  index ??= load();
  return index.get(`${pos} ${phrase}`) ?? [];
};

/**
 * WordNet synonyms of an English word or phrase, a verb's or else a noun's, adjective's or adverb's: words
 * that share one of its two most frequent senses, through one of their own two ("car" → automobile,
 * "film" → movie, "autumn" → fall). A sense rare for either word makes no synonym: "to strike" (a clock)
 * is not "to hit", "to run" (a department) not "to operate". Rank: the rarer of the two senses' places.
 */
export function englishSynonyms(phrase: string, verb: boolean): Synonym[] {
  const out: Synonym[] = [];
  for (const pos of verb ? ["v"] : ["n", "a", "r"])
    for (const s of lookUp(phrase, pos)) {
      const back = lookUp(s.text, pos).find((t) => t.text === phrase);
      if (back && !out.some((o) => o.text === s.text)) out.push({ text: s.text, rank: Math.max(s.rank, back.rank) });
    }
  return out;
}
