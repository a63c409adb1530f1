// Names the engine knows from data: places (countries, Länder and other subdivisions, cities, and apart
// from them small towns, which only context makes places) and first names from data/gazetteer/places.json.gz
// (built by `npm run build:gazetteer` from iso-codes, GeoNames, Wikidata and two MIT-licensed name lists),
// and a short list of organisations and institutions that news text names often and the dictionary lacks
// or mistakes for words ("Twitter" is an English verb there). People are not listed: a first name with a
// surname, or a name seen earlier in the passage, finds them (names.ts, analyse.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface GazetteerName {
  name: string;
  gloss?: string;
  /** Inflected spellings that map to `name` ("Europäischen Union"). */
  variants?: readonly string[];
}

export interface Place {
  name: string;
  /** "country", "city", or a subdivision's type ("land", "canton", "province"). */
  kind: string;
  /** The country's English name ("Germany"). */
  country: string;
}

const ORGANISATIONS: readonly GazetteerName[] = [
  { name: "Amazon", gloss: "Amazon, US online retailer" },
  { name: "Google", gloss: "Google, US internet company" },
  { name: "Facebook", gloss: "Facebook, social network" },
  { name: "Twitter", gloss: "Twitter, short-message platform" },
  { name: "Apple", gloss: "Apple, US technology company" },
  { name: "Microsoft", gloss: "Microsoft, US software company" },
  { name: "Reuters", gloss: "Reuters, news agency" },
  { name: "dpa", gloss: "dpa, German press agency" },
  { name: "AFP", gloss: "AFP, French news agency" },
  { name: "Deutsche Bank", gloss: "Deutsche Bank, German bank", variants: ["Deutschen Bank"] },
  { name: "Deutsche Bahn", gloss: "Deutsche Bahn, German railway company", variants: ["Deutschen Bahn"] },
  {
    name: "Deutsches Rotes Kreuz",
    gloss: "German Red Cross",
    variants: ["Deutsche Rote Kreuz", "Deutschen Roten Kreuz", "Deutschen Roten Kreuzes"],
  },
  { name: "Rotes Kreuz", gloss: "Red Cross", variants: ["Rote Kreuz", "Roten Kreuz", "Roten Kreuzes"] },
  { name: "Europäische Zentralbank", gloss: "European Central Bank (ECB)", variants: ["Europäischen Zentralbank"] },
  { name: "Europäische Union", gloss: "European Union (EU)", variants: ["Europäischen Union"] },
  { name: "Weißes Haus", gloss: "White House", variants: ["Weißen Haus", "Weißen Hauses"] },
  { name: "Mittlerer Westen", gloss: "Midwest (USA)", variants: ["Mittleren Westen", "Mittleren Westens"] },
];

const SINGLE = new Map<string, GazetteerName>();
const MULTI = new Map<string, { surface: string; entry: GazetteerName }[]>();
for (const entry of ORGANISATIONS) {
  for (const surface of [entry.name, ...(entry.variants ?? [])]) {
    const first = surface.split(" ")[0] ?? surface;
    if (surface.includes(" ")) MULTI.set(first, [...(MULTI.get(first) ?? []), { surface, entry }]);
    else SINGLE.set(surface, entry);
  }
}

/** A listed organisation or institution spelled `word` (single words only). */
export function gazetteerName(word: string): GazetteerName | undefined {
  return SINGLE.get(word);
}

interface PlaceIndex {
  /** Each name's row after the name ("city\tDE\t…"), read into a Place on first use. */
  rows: Map<string, string>;
  parsed: Map<string, Place>;
  countries: Record<string, [string, string]>;
  /** Multi-word place and town names by first word, longest first ("Frankfurt am Main", "Zell am See"). */
  multi: Map<string, string[]>;
  /** Hyphenated places by each of their parts ("Waldshut" and "Tiengen" → "Waldshut-Tiengen"). */
  hyphenParts: Map<string, string>;
  firstNames: Set<string>;
}

interface StoredPlaces {
  format: number;
  countries: Record<string, [string, string]>;
  places: string;
  /** Format 2: capitalised first names, one a line. */
  firstNames?: string;
}

let index: PlaceIndex | undefined;

/** The gazetteer's data directory (BRUECKE_GAZETTEER_DIR lets tests point elsewhere). Callers join a literal
 * file name to it: \`next build\` traces the files a server module reads, and a path built from a variable
 * name would make it trace the whole project. */
function gazetteerDir(): string {
  return process.env.BRUECKE_GAZETTEER_DIR || join(process.cwd(), "data/gazetteer");
}

function loadPlaces(): PlaceIndex {
  const path = join(gazetteerDir(), "places.json.gz");
  const rows = new Map<string, string>();
  const multi = new Map<string, string[]>();
  const hyphenParts = new Map<string, string>();
  const empty = { rows, parsed: new Map(), countries: {}, multi, hyphenParts, firstNames: new Set<string>() };
  // Without the asset the engine still runs: places then come from the dictionary alone.
  if (!existsSync(path)) return empty;
  const stored = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as StoredPlaces;
  // 10,000 rows: only the name is cut out at load; the rest is read when a name is looked up.
  for (const row of stored.places.split("\n")) {
    const tab = row.indexOf("\t");
    const name = row.slice(0, tab);
    rows.set(name, row.slice(tab + 1));
    if (name.includes("-") && !name.includes(" "))
      for (const part of name.split("-"))
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(part) && !hyphenParts.has(part)) hyphenParts.set(part, name);
    const space = name.indexOf(" ");
    if (space > 0) {
      const first = name.slice(0, space);
      multi.set(first, [...(multi.get(first) ?? []), name]);
    }
  }
  for (const list of multi.values()) list.sort((a, b) => b.length - a.length);
  return { ...empty, countries: stored.countries, firstNames: new Set(stored.firstNames?.split("\n")) };
}

function places(): PlaceIndex {
  index ??= loadPlaces();
  return index;
}

/** The place or town spelled `name`, whichever kind. */
function anyPlace(name: string): Place | undefined {
  const p = places();
  const known = p.parsed.get(name);
  if (known) return known;
  const row = p.rows.get(name);
  if (row === undefined) return undefined;
  const [kind = "", code = ""] = row.split("\t");
  const place = { name, kind, country: p.countries[code]?.[1] ?? code };
  p.parsed.set(name, place);
  return place;
}

/** The place spelled `name` ("Kiel", "Bayern", "Frankfurt am Main"); small towns are `townNamed`. */
export function placeNamed(name: string): Place | undefined {
  const place = anyPlace(name);
  return place?.kind === "town" ? undefined : place;
}

/** The small town spelled `name` ("Cochem", "Laufen"): a place only where context says so (names.ts). */
export function townNamed(name: string): Place | undefined {
  const place = anyPlace(name);
  return place?.kind === "town" ? place : undefined;
}

/** A place or small town spelled `name`, for multi-word names, which are no ordinary words ("Zell am See"). */
export function placeOrTownNamed(name: string): Place | undefined {
  return anyPlace(name);
}

/** Whether `name` is a first name of the open lists (Helga, Dieter, Priya, Kwame), spelled capitalised. */
export function listedFirstName(name: string): boolean {
  return places().firstNames.has(name);
}

/** A river, mountain range or summit of Germany (data/gazetteer/landscapes.tsv, gramword's lists). */
export interface Landscape {
  name: string;
  kind: "river" | "range" | "summit";
  /** The name's gender where the list gives it (rivers: die Lahn, der Rhein). */
  gender?: "m" | "f" | "n";
}

let landscapes: Map<string, Landscape> | undefined;

function loadLandscapes(): Map<string, Landscape> {
  const path = join(gazetteerDir(), "landscapes.tsv");
  const out = new Map<string, Landscape>();
  if (!existsSync(path)) return out;
  for (const row of readFileSync(path, "utf8").split("\n")) {
    const [name = "", kind = "", gender = ""] = row.split("\t");
    if (kind !== "river" && kind !== "range" && kind !== "summit") continue;
    out.set(name, gender === "m" || gender === "f" || gender === "n" ? { name, kind, gender } : { name, kind });
  }
  return out;
}

/** The river, range or summit spelled `name` (Lahn, Rhön, Wasserkuppe): a place only where context allows. */
export function landscapeNamed(name: string): Landscape | undefined {
  landscapes ??= loadLandscapes();
  return landscapes.get(name);
}

let companies: Set<string> | undefined;

/**
 * Whether `name` is a company's or brand's name of the open list (data/gazetteer/companies.txt, from
 * @cspell/dict-companies): Volkswagen, Zalando, Lufthansa. The list also holds ordinary English and German
 * words (Advance, Continental): the caller asks the dictionary first.
 */
export function companyListed(name: string): boolean {
  if (!companies) {
    const path = join(gazetteerDir(), "companies.txt");
    companies = new Set(existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : []);
  }
  return companies.has(name);
}

/**
 * The hyphenated place or town that has `part` as one of its parts ("Waldshut" → Waldshut-Tiengen, "Garmisch" →
 * Garmisch-Partenkirchen): towns merged from two are still called by either.
 */
export function hyphenatedPlaceWithPart(part: string): Place | undefined {
  const name = places().hyphenParts.get(part);
  return name === undefined ? undefined : anyPlace(name);
}

/** Multi-word place and town names starting with `word`, longest first. */
export function placesStartingWith(word: string): readonly string[] {
  return places().multi.get(word) ?? [];
}

const KIND_LABEL: Record<string, string> = {
  land: "state",
  "federal district": "district",
  range: "mountain range",
  summit: "mountain",
};

/** "Kiel (city in Germany)", "Bavaria (state in Germany)": `english` is the dictionary's name when it has one. */
export function placeGloss(place: Place, english = place.name): string {
  if (place.kind === "country") return `${english} (country)`;
  return `${english} (${KIND_LABEL[place.kind] ?? place.kind} in ${place.country})`;
}

/** Gazetteer spellings of multi-word organisation names starting with `word`, longest first. */
export function multiWordNames(word: string): readonly { surface: string; entry: GazetteerName }[] {
  return MULTI.get(word) ?? [];
}
