// Builds data/gazetteer/landscapes.tsv, Germany's rivers, mountain ranges and highest summits, which the
// engine reads as names with context (lib/german/gazetteer.ts, names.ts), from the name lists of
// gfis/gramword (Apache-2.0; compiled from German Wikipedia's lists of rivers and ranges). See
// data/gazetteer/README.md.
// Usage: npx tsx scripts/build-landscapes.ts [/dir/with/gramword/dict/Nm]   (default .cache/gazetteer/gramword)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = process.argv[2] ?? join(process.cwd(), ".cache/gazetteer/gramword");
const OUT = join(process.cwd(), "data/gazetteer/landscapes.tsv");

/** One name a row: name, kind (river, range, summit), grammatical gender where the list gives it (f, m). */
interface Row {
  name: string;
  kind: "river" | "range" | "summit";
  gender: string;
}

/** "Lahn\t=NmFmGeogFlum.De": a single-word name and its tag, Fm or Ms for the gender where given. */
function readDic(file: string, kind: Row["kind"]): Row[] {
  return readFileSync(join(DIR, file), "utf8")
    .split(/\r\n?|\n/)
    .map((line) => /^(\p{Lu}[\p{L}-]+)\s+=Nm(Fm|Ms|Nt)?/u.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1] ?? "", kind, gender: { Fm: "f", Ms: "m", Nt: "n" }[m[2] ?? ""] ?? "" }));
}

/** The summits column of the ranges table in de_mountain.pl (Latin-1): single words only. */
function readSummits(): Row[] {
  const text = new TextDecoder("latin1").decode(readFileSync(join(DIR, "de_mountain.pl")));
  const data = text.slice(text.indexOf("__DATA__"));
  const rows: Row[] = [];
  for (const line of data.split("\n")) {
    const cell = line.split("||")[2] ?? "";
    const name = /\[\[(?:[^\]|]*\|)?([^\]|(]+?)\s*(?:\(|\]\])/u.exec(cell)?.[1];
    if (name && /^\p{Lu}\p{Ll}+$/u.test(name)) rows.push({ name, kind: "summit", gender: "" });
  }
  return rows;
}

const rows = new Map<string, Row>();
for (const row of [...readDic("nm.de_river.dic", "river"), ...readDic("nm.de_mountain.dic", "range"), ...readSummits()])
  if (!rows.has(row.name)) rows.set(row.name, row);
const lines = [...rows.values()]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((r) => `${r.name}\t${r.kind}\t${r.gender}`);
writeFileSync(OUT, `${lines.join("\n")}\n`);
console.log(`${lines.length} names → ${OUT}`);
