// Which sense of a noun a verb or an adjective beside it means, as Ding's own items pair them: "eine heiße
// Spur verfolgen :: to follow a hot lead" (verfolgen → Spur "lead"), "in Streit geraten :: to get into an
// argument" (in+geraten → Streit "argument"), "die linke Spur :: the left-hand lane" (link → "lane"). The
// English of the item names the sense; the engine reads the pairs in lib/german/collocation-sense.ts.
import { FUNCTION_VERBS } from "../../lib/german/compound-sense";
import type { RawEntry } from "./ding-entries";
import { type DingItem, PREPOSITION } from "./ding-line";

/** A noun and the word Ding gives it with in one item, with the English of the item's column. */
export interface NounCollocation {
  noun: string;
  kind: "verb" | "adjective";
  /** The verb's infinitive, or the adjective as written ("linke"). */
  word: string;
  /** Verbs: the preposition before the noun ("in Streit geraten"). */
  prep?: string;
  /** The column's English, lower case. */
  english: string[];
}

// Prepositions fused with an article: "im Zug sitzen" is the noun after in.
export const FUSED: Readonly<Record<string, string>> = {
  im: "in",
  ins: "in",
  am: "an",
  ans: "an",
  aufs: "auf",
  beim: "bei",
  vom: "von",
  zum: "zu",
  zur: "zu",
};

const ARTICLES = new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"]);
const LOWER = /^\p{Ll}+$/u;
const NOUN = /^\p{Lu}\p{Ll}+$/u;

/**
 * The nouns of a line's items with their verb ("[preposition] [lower-case words] Noun verb", the noun right
 * before the verb) or their adjective ("[article] adjective Noun"), in any column.
 */
export function nounCollocations(
  de: readonly (readonly DingItem[])[],
  en: readonly (readonly DingItem[])[],
): NounCollocation[] {
  const out: NounCollocation[] = [];
  de.forEach((column, k) => {
    const english = (en[k] ?? []).map((g) => g.text.toLowerCase()).filter(Boolean);
    if (english.length === 0) return;
    for (const item of column) {
      const words = item.text.split(" ");
      const last = words[words.length - 1] ?? "";
      const before = words[words.length - 2] ?? "";
      if (words.length < 2 || words.length > 5) continue;
      if (/^\p{Ll}+n$/u.test(last) && NOUN.test(before) && words.slice(0, -2).every((w) => LOWER.test(w))) {
        const first = words[0] ?? "";
        const prep = FUSED[first] ?? (PREPOSITION.has(first) && words.length > 2 ? first : undefined);
        out.push({ noun: before, kind: "verb", word: last, english, ...(prep ? { prep } : {}) });
      }
      const bare = ARTICLES.has(words[0] ?? "") ? words.slice(1) : words;
      if (bare.length === 2 && LOWER.test(bare[0] ?? "") && NOUN.test(bare[1] ?? ""))
        out.push({ noun: bare[1] ?? "", kind: "adjective", word: bare[0] ?? "", english });
    }
  });
  return out;
}

// Verbs too light to tell a noun's sense (Spaß machen "to joke", but "Das macht Spaß" is fun), and the
// auxiliaries and modals that end many items ("Verpflichtungen eingehen müssen").
const LIGHT_VERBS: ReadonlySet<string> = new Set([...FUNCTION_VERBS, "machen", "tun", "geben"]);
// Words a noun sense keeps of each kind: the commonest few suffice, and the row stays small.
const MAX_WORDS = 12;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The adjective of an inflected form, where the lexicon has it: "linke" → link, "wahren" → wahr. */
function adjectiveOf(entries: ReadonlyMap<string, RawEntry>, form: string): string | undefined {
  const stem = form.replace(/(?:e|er|es|en|em)$/, "");
  return [stem, `${stem}e`, form].find((a) => entries.has(`${a}\ta`));
}

/**
 * Gives a noun's senses the verbs and adjectives Ding names them with, where the English of the item
 * names that sense and no other: "einen guten Ruf schädigen :: to damage a good reputation" gives Ruf
 * "reputation" schädigen (not "call"). A word that different items give with different senses is
 * dropped: it tells none of them.
 */
export function foldNounCollocations(entries: Map<string, RawEntry>, lines: readonly NounCollocation[]): number {
  const byPlural = new Map<string, RawEntry>();
  for (const e of entries.values())
    if (e.pos === "n") for (const p of e.plurals.keys()) if (!byPlural.has(p)) byPlural.set(p, e);
  const patterns = new Map<string, RegExp>();
  const pattern = (gloss: string) => {
    let re = patterns.get(gloss);
    if (!re) {
      re = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(gloss)}(?:s|es)?(?![\\p{L}])`, "u");
      patterns.set(gloss, re);
    }
    return re;
  };
  // (entry, "verb:key" or "adjective:key") → the one gloss its items name, or null once two disagree.
  const found = new Map<RawEntry, Map<string, string | null>>();
  for (const line of lines) {
    const word =
      line.kind === "verb"
        ? !LIGHT_VERBS.has(line.word) && entries.has(`${line.word}\tv`)
          ? line.prep
            ? `${line.prep}+${line.word}`
            : line.word
          : undefined
        : adjectiveOf(entries, line.word);
    const noun = entries.get(`${line.noun}\tn`) ?? byPlural.get(line.noun);
    if (!word || !noun || noun.senses.length < 2) continue;
    const named = new Set<string>();
    for (const s of noun.senses)
      for (const g of s.glosses) {
        const lower = g.toLowerCase();
        if (lower.length >= 3 && line.english.some((en) => pattern(lower).test(en))) named.add(lower);
      }
    // Of glosses inside one another ("floor", "parquet floor") the longest is what the item names.
    const longest = [...named].filter((g) => ![...named].some((o) => o !== g && o.includes(g)));
    if (longest.length !== 1) continue;
    const key = `${line.kind}:${word}`;
    const keys = found.get(noun) ?? new Map<string, string | null>();
    found.set(noun, keys);
    const earlier = keys.get(key);
    keys.set(key, earlier === undefined || earlier === longest[0] ? (longest[0] ?? null) : null);
  }
  let added = 0;
  for (const [noun, keys] of found)
    for (const [key, gloss] of keys) {
      if (gloss === null) continue;
      const [kind, word = ""] = key.split(":") as ["verb" | "adjective", string];
      const field = kind === "verb" ? "verbs" : "adjectives";
      for (const s of noun.senses) {
        const list = s[field] ?? [];
        if (!s.glosses.some((g) => g.toLowerCase() === gloss) || list.includes(word) || list.length >= MAX_WORDS)
          continue;
        s[field] = [...list, word];
        added++;
      }
    }
  return added;
}
