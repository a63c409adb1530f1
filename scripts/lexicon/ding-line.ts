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
  /** Whether the item writes an object of its own ("jdm. zustimmen", "über etw. verfügen"), not a bare synonym. */
  placeholder: boolean;
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
export const PLACEHOLDER =
  /^(?:jd[nms]?\.|etw\.|sb\.|sth\.|sb\.['’]s|sth\.['’]s)(?:\/(?:jd[nms]?\.|etw\.|sb\.|sth\.)?)*$/;

export const PREPOSITION = new Set([
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
  // "to look forward to sth./to doing sth.": the object either way.
  if (!german) s = s.replace(/\b(sth\.|sb\.)\/(?:to )?doing sth\./g, "$1");
  s = german ? s.replace(/,\s*(?:etw\.|es)\s+zu\s+tun\s*$/, " ") : s.replace(/(\bsb\.)\s+to do sth\.\s*$/, "$1");
  // "an einen Ort gelangen", "einen Ort erkunden": Ding's placeholder for a place, like etw. for a thing;
  // gelangen has no line of its own.
  // The English side's "a place" is dropped as its placeholder: "to reach a place" must not light "place".
  s = german
    ? s.replace(/(?<=^|\s)(?:einen|einem) Ort(?=\s|$)/g, "etw.")
    : s.replace(/(?<=^to \S+(?: \S+)?) a place(?=\s|$)/, " sth.");
  const all = s.split(/\s+/).filter((w) => w !== "");
  const words: string[] = [];
  const preps: string[] = [];
  const placeholder = all.some((w) => PLACEHOLDER.test(w));
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
  return { text: words.join(" "), tags, labels, notes, abbrs, preps, reflexive, placeholder };
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
    splitTop(side, " | ").map((col) =>
      splitTop(col, "; ").flatMap((item) =>
        german ? [parseItem(item, german)] : spacedAlternatives(item).map((v) => parseItem(v, false)),
      ),
    );
  return { de: cols(de, true), en: cols(en, false) };
}

const isWord = (token: string) => !/^[[({<]/.test(token);

/** A word with the labels and notes written after it ("centre [Br.]"), or labels alone before the first. */
function units(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && !isWord(t)) last.push(t);
    else out.push([t]);
  }
  return out;
}

const wordOf = (unit: readonly string[]) => (unit[0] ?? "").toLowerCase();

/**
 * English alternatives Ding writes between spaced slashes, one gloss each: "to be / become / get annoyed"
 * is to be, to become and to get annoyed; "to look forward / to look forwards [Br.] / to be looking forward
 * to sth." restarts the phrase at a word it repeats ("to"), and its ending after "forward" is the first's
 * too; "to give up / give over" restarts at "give". Read as one
 * item, the slashes ran its words together ("to be become get annoyed") or made it too long to keep, and
 * sich freuen auf lost "to look forward to". Where the alternatives are longer than a word and restart
 * nowhere, the first is kept with the shared ending ("to comply with … the distancing rule"). Symbols
 * between slashes ("/ % /") and abbreviations ("/HWRC/") are no alternatives.
 */
export function spacedAlternatives(raw: string): string[] {
  const tokens = splitTop(raw.trim(), " ").filter((t) => t !== "");
  if (!tokens.includes("/")) return [raw];
  const segments: string[][] = [[]];
  for (const t of tokens) {
    if (t === "/") segments.push([]);
    else segments.at(-1)?.push(t);
  }
  const segs = segments.filter((s) => s.length > 0).map(units);
  const lettered = segs.every((s) => s.some((u) => /\p{L}/u.test(u[0] ?? "") && isWord(u[0] ?? "")));
  const [first, ...later] = segs;
  if (!first || later.length === 0 || !lettered) return [raw];
  const join = (us: readonly (readonly string[])[]) => us.map((u) => u.join(" ")).join(" ");
  const anchors = later.map((s) => first.findIndex((u) => wordOf(u) === wordOf(s[0] ?? [])));
  const last = later.at(-1) ?? [];
  if (anchors.every((p) => p >= 0)) {
    // The last alternative's ending is the first's too: "to look forward / … / to be looking forward to sth."
    const at = last.findIndex((u) => wordOf(u) === wordOf(first.at(-1) ?? []));
    const tail = at >= 0 ? last.slice(at + 1) : [];
    return [join([...first, ...tail]), ...later.map((s, i) => join([...first.slice(0, anchors[i]), ...s]))];
  }
  const suffix = last.slice(1);
  const prefix = first.slice(0, -1);
  const middle = later.slice(0, -1);
  const ends = [first.at(-1) ?? [], ...middle.map((s) => s[0] ?? []), last[0] ?? []];
  if (middle.every((s) => s.length === 1)) return ends.map((u) => join([...prefix, u, ...suffix]));
  return [join([...first, ...suffix])];
}
