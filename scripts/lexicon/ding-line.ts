// Parses one line of the Ding dictionary (Debian `trans-de-en`) into structured items.
// Format: `German :: English`; ` | ` separates parallel columns (headword | plural or verb forms | examples);
// `; ` separates synonyms; {tags} [labels] (notes) /abbreviations/ <alternative spellings>.

export interface DingItem {
  /** The item with all annotations and placeholders removed ("in Aussicht stellen"). */
  text: string;
  tags: string[];
  labels: string[];
  notes: string[];
  abbrs: string[];
  /** Prepositions dropped with their object placeholder ("über" in "über etw. verfügen"). */
  preps: string[];
  /** German verb items written with "sich" ("sich erinnern"): the sense is the reflexive use. */
  reflexive: boolean;
}

export interface DingLine {
  de: DingItem[][];
  en: DingItem[][];
}

/** Splits on `sep` outside brackets: "{prp; +Dat.}" must not split on its "; ". */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "{" || c === "[" || c === "(" || c === "<") depth++;
    else if (c === "}" || c === "]" || c === ")" || c === ">") depth = Math.max(0, depth - 1);
    else if (depth === 0 && s.startsWith(sep, i)) {
      out.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

// Placeholders for objects in headwords: "jdm. etw. versprechen" is the verb "versprechen".
const PLACEHOLDER = /^(?:jd[nms]?\.|etw\.|sb\.|sth\.|sb\.['’]s|sth\.['’]s)(?:\/(?:jd[nms]?\.|etw\.|sb\.|sth\.)?)*$/;

const PREPOSITION = new Set([
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
  "zwischen",
  "durch",
  "hinter",
  "neben",
  "wegen",
  "gegenüber",
]);

function collect(re: RegExp, s: string, into: string[]): string {
  return s.replace(re, (_m, inner: string) => {
    into.push(inner.trim());
    return " ";
  });
}

export function parseItem(raw: string, german = true): DingItem {
  const tags: string[] = [];
  const labels: string[] = [];
  const notes: string[] = [];
  const abbrs: string[] = [];
  let s = raw;
  s = collect(/\{([^{}]*)\}/g, s, tags);
  s = collect(/\[([^[\]]*)\]/g, s, labels);
  // Notes may nest once: "(von X (Y))".
  s = collect(/\(((?:[^()]|\([^()]*\))*)\)/g, s, notes);
  s = s.replace(/<[^<>]*>/g, " ");
  s = collect(/(?:^|\s)\/([^/\s][^/]*?)\/(?=\s|$)/g, s, abbrs);
  // "/KZ; KL/": each variant is an abbreviation of its own.
  abbrs.splice(0, abbrs.length, ...abbrs.flatMap((a) => a.split(HELD_SEPARATOR).map((v) => v.trim())));
  // A symbol is written with spaces inside the slashes: "Prozent {n} / % /", "per cent [Br.] / % /".
  s = collect(/(?:^|\s)\/ ([^\p{L}\p{N}\s/]{1,3}) \/(?=\s|$)/gu, s, abbrs);
  // "jdn. auffordern, etw. zu tun :: to urge sb. to do sth.": the verb is the headword and the infinitive its
  // complement (comma and all, it used to make the item no headword); the English drops it only after the
  // person ("to be about to do sth." keeps it: there it is the meaning).
  s = german ? s.replace(/,\s*(?:etw\.|es)\s+zu\s+tun\s*$/, " ") : s.replace(/(\bsb\.)\s+to do sth\.\s*$/, "$1");
  const all = s.split(/\s+/).filter((w) => w !== "");
  const words: string[] = [];
  const preps: string[] = [];
  all.forEach((w, i) => {
    if (PLACEHOLDER.test(w)) return;
    // "von etw. profitieren", "über etw. verfügen": the preposition belongs to the object slot.
    if (german && PREPOSITION.has(w) && PLACEHOLDER.test(all[i + 1] ?? "")) {
      preps.push(w);
      return;
    }
    words.push(w);
  });
  // "umsteigen {vi} nach", "erkranken {vi} an", "sich aufregen {vr} über": a preposition after the
  // headword, with no object written, is the one the word governs, not part of a two-word idiom.
  const last = words.at(-1);
  // Only for verbs, adjectives and nouns: "ab und zu {adv}" keeps its "zu".
  const governs = tags.some((t) => /^(?:v|adj\b|[fmn]$|pl\b)/.test(t));
  if (german && governs && words.length > 1 && last && PREPOSITION.has(last)) preps.push(words.pop()!);
  // "sich erinnern": the reflexive pronoun is not part of the headword; the sense remembers it.
  const reflexive = german && words[0] === "sich" && words.length > 1;
  if (reflexive) words.shift();
  return { text: words.join(" "), tags, labels, notes, abbrs, preps, reflexive };
}

// An abbreviation with variants, "Minute {f} /Min.; min./": its "; " separates no synonyms.
const ABBREVIATION_SPAN = /(?<=^|\s)\/(?!\s)[^/|]*?(?<!\s)\/(?=\s|$)/g;
const HELD_SEPARATOR = "\u0000";

export function parseLine(line: string): DingLine | null {
  if (line.startsWith("#")) return null;
  const sides = line.replace(ABBREVIATION_SPAN, (span) => span.replaceAll("; ", HELD_SEPARATOR)).split(" :: ");
  if (sides.length !== 2) return null;
  const [de = "", en = ""] = sides;
  const cols = (side: string, german: boolean) =>
    splitTop(side, " | ").map((col) => splitTop(col, "; ").map((item) => parseItem(item, german)));
  return { de: cols(de, true), en: cols(en, false) };
}
