// Collects Ding lines into one entry per (headword, part of speech), with senses, gender, plural and
// the verb forms Ding lists. Sense ranking happens later (rank-senses.ts).
import { contentWords } from "../../lib/german/gloss-words";
import { type DingItem, PLACEHOLDER, PREPOSITION, parseLine } from "./ding-line";
import type { ObjectLine, PluralLine } from "./fold-headwords";
import { isDomain, isMarkedGloss, labelPenalty } from "./labels";
import { FUSED, type NounCollocation, nounCollocations } from "./noun-collocations";

/** n noun, v verb, a adj, d adv, p prep, c conj, r pron, t article, u numeral, i interjection/particle,
 *  m name, b combining form ("Textil…"), x untagged. */
export type PosCode = "n" | "v" | "a" | "d" | "p" | "c" | "r" | "t" | "u" | "i" | "m" | "b" | "x";

export interface RawSense {
  glosses: string[];
  penalty: number;
  domains: string[];
  /** Columns on the line: lines with many examples describe a word's main sense. */
  nCols: number;
  order: number;
  /** Preposition the verb takes in this sense ("über etw. verfügen" → über). */
  prep?: string;
  /** Verbs: the sense of the reflexive use ("sich erinnern {vr}"). */
  reflexive?: true;
  /**
   * Verbs: prepositions the sense may take, which Ding notes after the headword ("warten {vi} (auf; bis)",
   * "sich freuen {vr} (über etw.)") or gives in an example of the plain verb ("mit etw. aufhören").
   */
  also?: string[];
  /** A later synonym on its line ("sich entrüsten; sich gegen etw. wehren :: to bridle at"): the English
   *  says the first headword best. */
  synonym?: true;
  /** Only from examples of a verb with its object (bestehen "to pass"): ranks after the headword senses. */
  fromExamples?: true;
  /** Never on the card, for a translation to choose only (a compound's last part's, foldCompoundHeads). */
  alignOnly?: true;
  /** Verbs: the object nouns Ding gives the sense with ("eine Prüfung bestehen" → Prüfung for "to pass"). */
  objects?: string[];
  /**
   * Nouns: the verbs Ding gives this sense with ("eine heiße Spur verfolgen" → verfolgen for "lead"), as
   * "verb", or "prep+verb" where the noun follows a preposition ("in Streit geraten" → in+geraten).
   */
  verbs?: string[];
  /** Nouns: the adjectives Ding gives this sense with ("die linke Spur" → link for "lane"). */
  adjectives?: string[];
  /** Nouns: gender and plural as given on this sense's line (Zoll {n} "inch" vs Zoll {m} "customs"). */
  gender?: "m" | "f" | "n";
  plural?: string;
}

export interface RawEntry {
  hw: string;
  pos: PosCode;
  gender?: "m" | "f" | "n";
  plurals: Map<string, number>;
  pluralOnly: boolean;
  forms: Set<string>;
  senses: RawSense[];
  /** "alt" = pre-1996 spelling only. */
  oldSpelling: boolean;
  /** For abbreviations: the full German form. */
  full?: string;
  /** Known only from other headwords' lines (exampleNouns). */
  fromSubNouns?: true;
  /** Verbs: the perfect's auxiliary as Ding's "er/sie ist/war gegangen" column gives it. */
  auxiliaries?: Set<"haben" | "sein">;
  /** Verbs: Ding's {vi} and {vt} tags over all the headword's lines. */
  transitivity?: Set<"vi" | "vt">;
}

export interface DingData {
  entries: Map<string, RawEntry>;
  englishCounts: Map<string, number>;
  /** Lines whose sense belongs to another headword as well (fold-headwords.ts). */
  pluralLines: PluralLine[];
  objectLines: ObjectLine[];
  /** A noun with the verb or adjective Ding gives it with (noun-collocations.ts). */
  collocations: NounCollocation[];
}

/** The entry of a headword as a part of speech, made empty (no senses, plurals or forms) where there is none. */
export function entryFor(
  entries: Map<string, RawEntry>,
  hw: string,
  pos: PosCode,
  fresh: Partial<RawEntry> = {},
): RawEntry {
  const key = `${hw}\t${pos}`;
  let e = entries.get(key);
  if (!e) {
    e = { hw, pos, plurals: new Map(), pluralOnly: false, forms: new Set(), senses: [], oldSpelling: false, ...fresh };
    entries.set(key, e);
  }
  return e;
}

const NOT_IDIOM = new Set([
  "an",
  "auf",
  "aus",
  "bei",
  "für",
  "gegen",
  "in",
  "mit",
  "nach",
  "über",
  "um",
  "unter",
  "von",
  "vor",
  "zu",
  "sein",
  "es",
  "sich",
  "einen",
  "eine",
  "ein",
  "nicht",
  "etwas",
  "sehr",
  "so",
  "wie",
  "was",
  "jdn.",
  "ab",
  "als",
  "dass",
  "ob",
  "auch",
  "noch",
  "nur",
  "mehr",
  "da",
  "dort",
  "hier",
]);
const GOVERNED = new Set("an auf aus bei für gegen in mit nach über um unter von vor zu".split(" "));
const ARTICLES = new Set(["der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"]);
const ARTICLE = /^(?:der|die|das|den|dem|des) /;
const AUXILIARIES = new Set(["haben", "sein", "werden"]);
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
const GEO_NOTE =
  /\b(Stadt|Hauptstadt|Land|Staat|Bundesstaat|Insel|Region|Provinz|Fluss|Gebirge|Kanton|Bundesland|Kreis)\b/;

function posFromTags(tags: readonly string[]): { pos: PosCode; gender?: "m" | "f" | "n"; pluralOnly?: boolean } | null {
  for (const raw of tags) {
    const t = raw.trim();
    const g = /^([mfn])(?:,\s*(?:[mfn]|pl))*$/.exec(t);
    if (g) return { pos: "n", gender: g[1] as "m" | "f" | "n" };
    if (/^pl\b/.test(t) || t === "n,pl") return { pos: "n", pluralOnly: true };
    if (/^v[tir]?$/.test(t)) return { pos: "v" };
    if (t === "adj") return { pos: "a" };
    if (t === "adv") return { pos: "d" };
    if (t.startsWith("prp")) return { pos: "p" };
    if (t === "conj") return { pos: "c" };
    if (/pron/.test(t)) return { pos: "r" };
    if (t === "art") return { pos: "t" };
    if (t === "num") return { pos: "u" };
    if (t === "interj" || t === "Partikel") return { pos: "i" };
  }
  return null;
}

function commonPrefix(a: string, b: string): number {
  const fold = (s: string) => s.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
  const x = fold(a);
  const y = fold(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function pluralFits(hw: string, pl: string): boolean {
  // Kind→Kinder, Atlas→Atlanten, Firma→Firmen; not Zoll→Zollkontrollstellen from a synonym's column.
  if (pl.length > hw.length + 4 || pl.length < hw.length - 2) return false;
  // Short words must keep their whole stem: Tür → Türen, not Tore (the plural of a synonym, Tor).
  const need = hw.length <= 4 ? hw.length - 1 : Math.min(hw.length, pl.length) - 2;
  return commonPrefix(hw, pl) >= Math.max(1, need);
}

/** Decides what kind of headword an item is, or null to skip it. */
function classify(
  item: DingItem,
  lineTags: readonly string[],
  properGloss: boolean,
  lineGeo: boolean,
): { pos: PosCode; gender?: "m" | "f" | "n"; pluralOnly?: boolean; hw: string; prep?: string } | null {
  let text = item.text;
  if (text === "") return null;
  const tagged = posFromTags(item.tags) ?? posFromTags(lineTags);
  // "Hallo!; Moin! {interj} :: Hello!": a one-word interjection is written with its exclamation mark.
  if (tagged?.pos === "i" && /^[\p{L}][\p{L}'’-]*!$/u.test(text)) return { pos: "i", hw: text.slice(0, -1) };
  if (/[.!?:,"„“…]$/.test(text) && !text.endsWith("…")) return null;
  // "das Internet {n}", "die Chinesen {pl}": the article is not part of the headword.
  if (tagged?.pos === "n") text = text.replace(ARTICLE, "");
  const words = text.split(" ");
  if (text.endsWith("…")) {
    text = text.slice(0, -1);
    return words.length === 1 && WORD.test(text) && !tagged ? { pos: "b", hw: text } : null;
  }
  const capital = /^\p{Lu}/u.test(text);
  const geo = item.labels.includes("geogr.") || item.notes.some((n) => GEO_NOTE.test(n));
  if (!words.every((w) => WORD.test(w))) return null;
  if (words.length === 1) {
    // "China {n} [geogr.] :: China": a place name, though Ding tags it like a noun.
    if (tagged?.pos === "n" && capital && (geo || lineGeo) && properGloss) return { pos: "m", hw: text };
    if (tagged) return { ...tagged, hw: text };
    if (capital && geo) return { pos: "m", hw: text };
    return { pos: capital ? "x" : "x", hw: text };
  }
  if (words.length > 5) return null;
  // Multi-word headwords kept: place names ("New York") and verb phrases with a noun ("in Aussicht stellen").
  if (!tagged && capital && geo && words.every((w) => /^\p{Lu}/u.test(w) || w === "der" || w === "von"))
    return { pos: "m", hw: text };
  if (tagged?.pos === "v" && words.length <= 4 && words.some((w) => /^\p{Lu}/u.test(w))) return { pos: "v", hw: text };
  // "stimmen für; wählen {vi} :: to vote": a verb with the preposition it governs after it is the verb.
  const [verb = "", prep = ""] = words;
  if (tagged?.pos === "v" && words.length === 2 && GOVERNED.has(prep) && /^\p{Ll}+n$/u.test(verb))
    return { pos: "v", hw: verb, prep };
  // Adverb + verb idioms: "gut stellen" (from "sich mit jdm. gut stellen").
  if (tagged?.pos === "v" && words.length === 2 && !NOT_IDIOM.has(words[0] ?? "")) return { pos: "v", hw: text };
  return null;
}

function cleanGloss(item: DingItem): string | null {
  // Abbreviations split by "; " ("century /c; cent./") leave slash fragments behind.
  const g = item.text
    .split(" ")
    .filter((w) => !w.startsWith("/") && !w.endsWith("/"))
    .join(" ")
    .trim();
  if (g === "" || g.length > 60 || /[|~\t]/.test(g)) return null;
  return g;
}

/**
 * Prepositions a verb's sense may take without needing them (RawSense.also): a note after the headword made
 * of prepositions only ("warten {vi} (auf; bis)", "sich freuen {vr} (über etw.)"; not "(Vorräte)"), and
 * examples of the verb alone with a preposition ("aufhören {vi} | … | mit etw. aufhören").
 */
export function optionalPreps(item: DingItem, de: readonly (readonly DingItem[])[], hw: string): string[] {
  const out = new Set<string>();
  for (const note of item.notes) {
    // Ding's placeholders may stand beside the prepositions ("(über etw.)", "(mit jdm.)"), and "bis" ("(auf; bis)").
    const words = note.split(/[;,/]?\s+|[;,/]/).filter((w) => w !== "");
    if (words.length && words.every((w) => PREPOSITION.has(w) || w === "bis" || PLACEHOLDER.test(w)))
      for (const w of words) if (PREPOSITION.has(w)) out.add(w);
  }
  for (const column of de.slice(1))
    for (const example of column)
      if (example.text === hw && example.reflexive === item.reflexive) for (const p of example.preps) out.add(p);
  return [...out];
}

const MAX_ALTERNATIVE_WORDS = 3;
const PHRASE_HALF = /\b(?:in|out|on|off|up|this|that|with|of|for)$/;

/**
 * Ding writes some alternatives with a comma inside one English item ("Auftritt; Nummer :: act, turn";
 * "Barcode :: bar code, barcode"): each is a gloss of its own, as after "; ". The build stored them as one
 * ("act  turn"), which a translation could only match with both words. Left whole: lists ("nuclear,
 * biological and chemical weapons"), names and titles ("France, Metropolitan"), notes in brackets and
 * longer phrases. A verb's "to" carries over ("to cast light, shed light on").
 */
export function commaAlternatives(gloss: string): string[] {
  if (!gloss.includes(", ")) return [gloss];
  const parts = gloss.split(", ").map((p) => p.trim());
  const whole = parts.some(
    (p) =>
      p === "" ||
      /[()[\]{}]/.test(p) ||
      /\b(?:and|or|etc)\b/.test(p) ||
      /^\p{Lu}/u.test(p) ||
      p.split(" ").length > MAX_ALTERNATIVE_WORDS + 1,
  );
  const verb = parts[0]?.startsWith("to ") === true;
  const words = parts.map((p) => p.split(" ").length);
  // Not a phrase split in halves ("day in, day out", "to outfit sth., with"), nor adjectives before one noun
  // ("smoked, rolled fillet of ham").
  const halves = parts.some((p) => (verb ? /^(?:in|out|on|off|with|for)$/ : PHRASE_HALF).test(p));
  const adjectives = !verb && words[0] === 1 && words.some((n) => n > 1);
  if (whole || halves || adjectives) return [gloss];
  return parts.map((p) => (verb && !p.startsWith("to ") ? `to ${p}` : p));
}

interface PhraseCandidate {
  hw: string;
  glosses: string[];
  order: number;
}

/** Each German item of a line's example columns, with its column's cleaned English glosses. */
function* exampleItems(
  de: readonly (readonly DingItem[])[],
  en: readonly (readonly DingItem[])[],
): Generator<{ item: DingItem; glosses: string[] }> {
  for (let k = 1; k < de.length; k++) {
    const glosses = (en[k] ?? []).map(cleanGloss).filter((g): g is string => g !== null);
    if (glosses.length === 0) continue;
    for (const item of de[k] ?? []) yield { item, glosses };
  }
}

/**
 * Idioms in example columns: "Kraft {f} | … | in Kraft treten | … :: force | … | to come into force".
 * Kept when they pair a prepositional phrase with an infinitive, to be checked against verbs later.
 */
function examplePhrases(
  de: readonly (readonly DingItem[])[],
  en: readonly (readonly DingItem[])[],
  order: number,
): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  for (const { item, glosses } of exampleItems(de, en)) {
    if (item.tags.length) continue;
    const words = item.text.split(" ");
    const head = words.slice(0, -1);
    if (words.length < 2 || words.length > 4 || !words.every((w) => WORD.test(w))) continue;
    // With an article it is mostly a literal example ("vor dem Haus stehen"), not an idiom ("in Kraft treten").
    if (words.some((w) => ARTICLES.has(w))) continue;
    if (!/^\p{Ll}+n$/u.test(words[words.length - 1] ?? "")) continue;
    if (!head.some((w) => /^\p{Lu}/u.test(w)) || !head.some((w) => /^\p{Ll}/u.test(w))) continue;
    out.push({ hw: item.text, glosses, order });
  }
  return out;
}

/**
 * Verbs with an object in example columns: "Prüfung {f} | … | eine Prüfung bestehen :: examination | … |
 * to pass an exam" gives bestehen "to pass" (fold-headwords.ts keeps it when the English object is the
 * noun's gloss). Ding gives many verbs' everyday senses only so: bestehen "to pass", nowhere a headword.
 */
function exampleObjects(
  de: readonly (readonly DingItem[])[],
  en: readonly (readonly DingItem[])[],
  order: number,
): ObjectLine[] {
  const out: ObjectLine[] = [];
  for (const { item, glosses } of exampleItems(de, en)) {
    const object = item.preps.length || item.reflexive ? undefined : verbObject(item.text, true);
    if (object)
      out.push({
        ...object,
        sense: { glosses, penalty: labelPenalty(item.labels), domains: [], nCols: 1, order, fromExamples: true },
        example: true,
      });
  }
  return out;
}

interface SubNoun {
  hw: string;
  /** Undefined for a plural-only noun (Geschwister). */
  gender?: "m" | "f" | "n";
  sense: RawSense;
}

/**
 * Nouns Ding gives only inside another headword's line, with their own gender and English in the same
 * column: "Begräbnis {n} | Begräbnisse {pl} | … | Beerdigung {f} | … :: burial | burials | … | funeral".
 */
function exampleNouns(
  de: readonly (readonly DingItem[])[],
  en: readonly (readonly DingItem[])[],
  order: number,
): SubNoun[] {
  const out: SubNoun[] = [];
  const headword = de[0]?.[0]?.text ?? "";
  for (const { item, glosses } of exampleItems(de, en)) {
    const tagged = posFromTags(item.tags);
    if (tagged?.pos !== "n" || !WORD.test(item.text) || !/^\p{Lu}/u.test(item.text)) continue;
    const sense: RawSense = { glosses, penalty: labelPenalty(item.labels), domains: [], nCols: 1, order };
    if (tagged.gender && !tagged.pluralOnly) out.push({ hw: item.text, gender: tagged.gender, sense });
    // "Geschwisterkind {n} | Geschwister {pl} :: sibling | siblings": a plural shorter than the headword
    // is no inflection of it but a word of its own, plural only.
    else if (tagged.pluralOnly && headword.length > item.text.length && headword.startsWith(item.text))
      out.push({ hw: item.text, sense });
  }
  return out;
}

/**
 * A compound's gender is its last part's. These column tags are less checked than headwords' (Ding has
 * "Schiffskapitän {n}" in the Kapitän line, "Allgemeinmedizin {m}" in Medizin's): the gender of the
 * longest noun headword the word ends in, to check the tag against.
 */
function headGender(entries: Map<string, RawEntry>, hw: string): "m" | "f" | "n" | undefined {
  for (let k = 1; k <= hw.length - 3; k++) {
    const tail = hw.slice(k);
    const head = entries.get(`${tail.charAt(0).toUpperCase()}${tail.slice(1)}\tn`);
    if (head?.gender && !head.fromSubNouns && !head.pluralOnly) return head.gender;
  }
  return undefined;
}

/** Such nouns become headwords where Ding has none of their own (it often has: Doppelname is one). */
function addSubNouns(entries: Map<string, RawEntry>, nouns: readonly SubNoun[]): void {
  for (const n of nouns) {
    // Where the tag and the last part disagree, one of them is wrong (Bestandskonto ends in Konto and in
    // Skonto): the word is left to the compound splitter.
    const head = n.gender ? headGender(entries, n.hw) : undefined;
    if (head && head !== n.gender) continue;
    const own = entries.get(`${n.hw}\tn`);
    if (own && !own.fromSubNouns) {
      // A sense the headword's own lines lack ("Schulfach {n}; Fach {n} … :: school subject; subject"
      // in Lehrfach's line: Fach "subject") joins them as one from examples: ranked last, for a
      // translation to choose.
      const known = new Set(own.senses.flatMap((s) => s.glosses.map((g) => g.toLowerCase())));
      if (own.gender === n.gender && !n.sense.glosses.some((g) => known.has(g.toLowerCase())))
        own.senses.push({ ...n.sense, gender: n.gender, fromExamples: true });
      continue;
    }
    const e = entryFor(
      entries,
      n.hw,
      "n",
      n.gender ? { gender: n.gender, fromSubNouns: true } : { pluralOnly: true, fromSubNouns: true },
    );
    e.senses.push(n.gender ? { ...n.sense, gender: n.gender } : n.sense);
  }
}

function addPhrases(entries: Map<string, RawEntry>, candidates: readonly PhraseCandidate[]): void {
  for (const c of candidates) {
    const verb = entries.get(`${c.hw.slice(c.hw.lastIndexOf(" ") + 1)}\tv`);
    if (!verb) continue;
    // Literal when the English reuses the verb's own meaning: "zur Arbeit fahren" = "to travel to work";
    // an idiom's does not: "in Kraft treten" = "to come into force".
    const own = contentWords(verb.senses.flatMap((s) => s.glosses));
    if ([...contentWords(c.glosses)].some((w) => own.has(w))) continue;
    const e = entryFor(entries, c.hw, "v");
    if (!e.senses.some((s) => s.glosses.join() === c.glosses.join())) {
      e.senses.push({ glosses: c.glosses, penalty: 0, domains: [], nCols: 1, order: c.order });
    }
  }
}

/**
 * @param frequent lower-case word forms of a frequency list: nouns known only from other headwords' lines
 * (exampleNouns) are kept when they are on it. Ding has some 23,000 such nouns, mostly technical or
 * biological terms; all of them would add 8% to the asset and its load time for words a reader rarely meets.
 */
export function collectDing(text: string, frequent: ReadonlySet<string> = new Set()): DingData {
  const entries = new Map<string, RawEntry>();
  const englishCounts = new Map<string, number>();
  const phrases: PhraseCandidate[] = [];
  const pluralLines: PluralLine[] = [];
  const objectLines: ObjectLine[] = [];
  const exampleObjectLines: ObjectLine[] = [];
  const collocations: NounCollocation[] = [];
  const subNouns: SubNoun[] = [];
  let order = 0;
  for (const line of text.split("\n")) {
    const parsed = parseLine(line);
    if (!parsed) continue;
    order++;
    countEnglish(parsed.en, englishCounts);
    phrases.push(...examplePhrases(parsed.de, parsed.en, order));
    exampleObjectLines.push(...exampleObjects(parsed.de, parsed.en, order));
    collocations.push(...nounCollocations(parsed.de, parsed.en));
    subNouns.push(...exampleNouns(parsed.de, parsed.en, order));
    const head = parsed.de[0] ?? [];
    const enHead = parsed.en[0] ?? [];
    const marked = enHead.map((g) => isMarkedGloss(g.labels));
    const glosses = enHead
      .map((g, i) => ({ g: cleanGloss(g), m: marked[i] }))
      .filter((x): x is { g: string; m: boolean | undefined } => x.g !== null)
      .sort((a, b) => Number(a.m) - Number(b.m))
      .flatMap((x) => commaAlternatives(x.g));
    if (glosses.length === 0) continue;
    const glossPenalty = marked[0] ? -1 : 0;
    const lineGeo = head.some((i) => i.labels.includes("geogr."));
    const lineDomains = [...new Set(head.flatMap((i) => i.labels).filter(isDomain))];
    head.forEach((item, idx) => {
      const tags = item.tags.length ? [] : nextTags(head, idx);
      const c = classify(item, tags, /^\p{Lu}/u.test(glosses[0] ?? ""), lineGeo);
      if (item.abbrs.length) addAbbreviations(entries, item, c, glosses, order, parsed.de.length, tags);
      if (!c) return;
      // Old spelling until one of its lines says otherwise.
      const e = entryFor(entries, c.hw, c.pos, { oldSpelling: true });
      if (c.gender && !e.gender) e.gender = c.gender;
      if (c.pluralOnly) e.pluralOnly = true;
      if (!item.labels.includes("alt")) e.oldSpelling = false;
      const sense: RawSense = {
        glosses,
        penalty: labelPenalty(item.labels) + glossPenalty,
        domains: lineDomains,
        nCols: ownColumns(parsed.de, idx),
        order,
      };
      if (c.gender) sense.gender = c.gender;
      if (idx > 0) sense.synonym = true;
      // "auf jdn./etw. vertrauen; zählen; bauen": bare synonyms after the first share its preposition. One
      // that writes its own object does not: "mit jdm. einer Meinung sein; jdm. zustimmen" is no zustimmen mit.
      const inherits = c.pos === "v" && !c.hw.includes(" ") && !item.placeholder;
      const prep = c.prep ?? item.preps[0] ?? (inherits ? head[idx - 1]?.preps[0] : undefined);
      if (c.pos === "v" && prep) sense.prep = prep;
      const also = c.pos === "v" && !prep ? optionalPreps(item, parsed.de, c.hw) : [];
      if (also.length) sense.also = also;
      if (c.pos === "v" && item.reflexive) sense.reflexive = true;
      if (c.pos === "n" && !c.pluralOnly) {
        const pl = addPlural(e, parsed.de[1], idx, head);
        if (pl) sense.plural = pl;
      }
      e.senses.push(sense);
      if (c.pos === "v" && !c.hw.includes(" ")) {
        addVerbForms(e, parsed.de, idx, head.length);
        const transitivity = [...item.tags, ...tags].map((x) => x.trim()).filter((t) => t === "vi" || t === "vt");
        if (transitivity.length) {
          e.transitivity ??= new Set();
          for (const t of transitivity) e.transitivity.add(t);
        }
      }
      if (c.pos === "n" && c.pluralOnly) {
        const singulars = namedSingulars(parsed.de, c.hw);
        if (singulars.length) pluralLines.push({ plural: c.hw, sense, singulars });
      }
      const object = c.pos === "v" ? verbObject(c.hw) : undefined;
      // "etw. leben; ein Leben führen :: to live": the English is the synonym's (leben), not führen's.
      const cognate = object && head.some((h) => h.text.toLowerCase() === object.noun.toLowerCase());
      if (object && !cognate) objectLines.push({ ...object, sense });
    });
  }
  addPhrases(entries, phrases);
  addSubNouns(
    entries,
    subNouns.filter((n) => frequent.has(n.hw.toLowerCase())),
  );
  // Headwords first: a verb's own line ("Geld überweisen {vt} [fin.]") gives the sense its labels and
  // columns; examples that repeat it add evidence.
  return {
    entries,
    englishCounts,
    pluralLines,
    objectLines: [...objectLines, ...exampleObjectLines],
    collocations,
  };
}

const foldUmlauts = (s: string) =>
  s.toLowerCase().replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").replace(/ß/g, "ss");

// The stem of a headword's longest word: führen → führ (führt, führte, geführt, führend).
function stemOf(text: string): string {
  const longest = text.split(" ").reduce((a, b) => (b.length > a.length ? b : a), "");
  return foldUmlauts(longest).replace(/(?:en|n|e)$/, "");
}

function usesStem(item: DingItem, stem: string): boolean {
  return (
    stem.length >= 3 &&
    item.text.split(" ").some((w) => {
      const f = foldUmlauts(w);
      return f.startsWith(stem) || f.startsWith(`ge${stem}`);
    })
  );
}

/**
 * The columns of a line that speak of one of its headwords: all of them when it stands alone; with
 * synonyms, the columns aligned with them (forms, plurals) and those not wholly about the others.
 * "vornehmen; durchführen; führen [adm.] | … | eine Änderung vornehmen | eine Telefonumfrage durchführen"
 * has many examples, but they are the other verbs': führen's main senses must not rank below them.
 */
function ownColumns(de: readonly (readonly DingItem[])[], idx: number): number {
  const head = de[0] ?? [];
  if (head.length <= 1) return de.length;
  const own = stemOf(head[idx]?.text ?? "");
  const others = head.map((h) => stemOf(h.text)).filter((s, i) => i !== idx && s !== own);
  let n = 1;
  for (const col of de.slice(1)) {
    // A column with one item per synonym gives each its forms (ging for gehen): it counts whatever it says;
    // so does one with an item that names no other synonym ("nimmt fest; verhaftet" for festnehmen).
    const theirs = (item: DingItem) => !usesStem(item, own) && others.some((s) => usesStem(item, s));
    if (col.length === head.length || !col.every(theirs)) n++;
  }
  return n;
}

/** Singulars a plural line names with their gender: "Kiefern {pl} | Gemeine Kiefer {f}" → Kiefer, f. */
function namedSingulars(de: readonly (readonly DingItem[])[], plural: string): PluralLine["singulars"] {
  const out: PluralLine["singulars"] = [];
  const p = foldUmlauts(plural);
  for (const col of de)
    for (const item of col) {
      const word = item.text.slice(item.text.lastIndexOf(" ") + 1);
      const gender = posFromTags(item.tags)?.gender;
      const w = foldUmlauts(word);
      if (gender && /^\p{Lu}/u.test(word) && p.startsWith(w) && p.length - w.length >= 1 && p.length - w.length <= 3)
        out.push({ word, gender });
    }
  return out;
}

/** "Geld überweisen", "ein Fahrzeug abstellen": the verb and its noun object. */
function verbObject(hw: string, fromExample = false): { verb: string; noun: string; prep?: string } | undefined {
  const words = hw.split(" ");
  const verb = words[words.length - 1] ?? "";
  const noun = words[words.length - 2] ?? "";
  if (words.length < 2 || !/^\p{Ll}+$/u.test(verb) || !/^\p{Lu}\p{Ll}+$/u.test(noun)) return undefined;
  const before = words.slice(0, -2);
  // An example may qualify the noun: "einen guten Ruf genießen", "eine heiße Spur verfolgen" (an article,
  // then adjectives), or put it after a preposition: "jdn. zu Tränen rühren", "in den Hafen einlaufen";
  // a headword is the verb with its bare object or article.
  if (fromExample && words.length <= 5) {
    const prep =
      before.length > 0
        ? (FUSED[before[0] ?? ""] ?? (PREPOSITION.has(before[0] ?? "") ? before[0] : undefined))
        : undefined;
    const rest = prep ? before.slice(1) : before;
    // Beside haben, sein and werden such an item is a phrase whose English is no sense of the verb:
    // "großen Einfluss haben :: to be very influential", "etw. zur Verfügung haben :: to be at one's disposal".
    const qualified = prep !== undefined || rest.some((w) => !ARTICLES.has(w));
    if (qualified && AUXILIARIES.has(verb)) return undefined;
    return rest.every((w, k) => (k === 0 && ARTICLES.has(w)) || /^\p{Ll}+e[nmrs]?$/u.test(w))
      ? { verb, noun, ...(prep ? { prep } : {}) }
      : undefined;
  }
  if (words.length > 3) return undefined;
  if (words.length === 3 && !ARTICLES.has(words[0] ?? "")) return undefined;
  return { verb, noun };
}

// "erzielen; erwirtschaften {vt}": an untagged synonym takes the tag of the next tagged one.
function nextTags(head: readonly DingItem[], idx: number): string[] {
  for (let i = idx + 1; i < head.length; i++) {
    const t = head[i]?.tags;
    if (t?.length) return t;
  }
  return [];
}

function addPlural(
  e: RawEntry,
  col: readonly DingItem[] | undefined,
  idx: number,
  head: readonly DingItem[],
): string | undefined {
  if (!col) return undefined;
  // "Bemühen {n}; Bemühung {f} | Bemühungen {pl}": a plural belongs to the synonym it fits best.
  const fitsOther = (pl: string) =>
    head.some((h) => h.text !== e.hw && commonPrefix(h.text, pl) > commonPrefix(e.hw, pl) && pluralFits(h.text, pl));
  const plurals = col.filter((i) => i.tags.some((t) => /^pl\b/.test(t.trim())));
  const strip = (i: DingItem) => i.text.replace(ARTICLE, "");
  const positional = col[idx];
  let pick: string | undefined;
  if (
    positional?.tags.some((t) => /^pl\b/.test(t.trim())) &&
    pluralFits(e.hw, strip(positional)) &&
    !fitsOther(strip(positional))
  ) {
    pick = strip(positional);
  } else {
    let best = 0;
    for (const p of plurals) {
      const s = strip(p);
      const n = commonPrefix(e.hw, s);
      if (pluralFits(e.hw, s) && n > best && !fitsOther(s)) {
        best = n;
        pick = s;
      }
    }
  }
  if (!pick || !WORD.test(pick)) return undefined;
  e.plurals.set(pick, (e.plurals.get(pick) ?? 0) + 1);
  return pick;
}

const PRONOUNS = /^(?:(?:ich|du|er|sie|es|wir|ihr|Sie)(?:\/(?:ich|du|er|sie|es|wir|ihr))*)\s+/;

function addVerbForms(e: RawEntry, de: readonly (readonly DingItem[])[], idx: number, nHead: number): void {
  const first = de[1];
  if (!first?.every((i) => i.text.endsWith("nd") || i.text === "")) return;
  for (let c = 2; c <= 4; c++) {
    const col = de[c];
    if (!col) break;
    const item = col.length === nHead ? col[idx] : nHead === 1 && col.length === 1 ? col[0] : undefined;
    if (!item) continue;
    const form = item.text.replace(PRONOUNS, "");
    if (/^\p{Ll}+$/u.test(form)) e.forms.add(form);
  }
  // "er/sie ist/war gegangen", "er/sie hat/hatte sich gefreut": the perfect's auxiliary.
  for (let c = 2; c < de.length; c++) {
    const col = de[c];
    const item = col?.length === nHead ? col[idx] : nHead === 1 && col?.length === 1 ? col[0] : undefined;
    const perfect = item && PERFECT.exec(item.text);
    if (!perfect) continue;
    e.auxiliaries ??= new Set();
    e.auxiliaries.add(perfect[1] === "ist" ? "sein" : "haben");
  }
}

const PERFECT = /^er\/sie (ist|hat)(?:\/(?:war|hatte))? (?:sich )?\p{Ll}+$/u;

// "Vereinigte Staaten {pl} von Amerika /USA/": the abbreviation becomes a headword of its own.
function addAbbreviations(
  entries: Map<string, RawEntry>,
  item: DingItem,
  c: { pos: PosCode; hw: string } | null,
  glosses: string[],
  order: number,
  nCols: number,
  inherited: readonly string[],
): void {
  const tagged = posFromTags(item.tags) ?? posFromTags(inherited);
  for (const a of item.abbrs) {
    if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(a) || /^\p{Lu}\p{Ll}+$/u.test(a)) continue;
    const geo = item.labels.includes("geogr.") || c?.pos === "m";
    const pos: PosCode = geo ? "m" : tagged?.pos === "n" ? "n" : (tagged?.pos ?? "x");
    const key = `${a}\t${pos}`;
    if (entries.has(key)) continue;
    const e: RawEntry = {
      hw: a,
      pos,
      plurals: new Map(),
      pluralOnly: false,
      forms: new Set(),
      oldSpelling: false,
      full: c?.hw ?? item.text,
      senses: [{ glosses, penalty: 0, domains: [], nCols, order }],
    };
    // "Europäische Union {f} /EU/": die EU.
    if (pos === "n" && tagged?.gender) e.gender = tagged.gender;
    entries.set(key, e);
  }
}

function countEnglish(cols: readonly (readonly DingItem[])[], counts: Map<string, number>): void {
  for (const col of cols) {
    for (const item of col) {
      for (const w of item.text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []) {
        if (w.length >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
}
