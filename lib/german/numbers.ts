// German cardinal numbers written as one word (zehntausend, fünfundzwanzig, dreihundertzwölf): the
// dictionary lists the simple ones, but any of the 999,999 can appear in a text, and each deserves a card.

const UNITS: Record<string, number> = {
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const BELOW_TWENTY: Record<string, number> = {
  ...UNITS,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};

function below100(s: string): number | undefined {
  const simple = BELOW_TWENTY[s] ?? TENS[s];
  if (simple !== undefined) return s === "ein" ? undefined : simple;
  const m = /^(.+)und(.+)$/.exec(s);
  if (!m?.[1] || !m[2]) return undefined;
  const unit = UNITS[m[1]];
  const tens = TENS[m[2]];
  return unit !== undefined && m[1] !== "eins" && tens !== undefined ? tens + unit : undefined;
}

/** A multiplier before hundert or tausend: "" and "ein" are one. */
function multiplier(s: string, below: (x: string) => number | undefined): number | undefined {
  return s === "" || s === "ein" ? 1 : below(s);
}

function below1000(s: string): number | undefined {
  if (s === "") return 0;
  const at = s.indexOf("hundert");
  if (at < 0) return below100(s);
  const hundreds = multiplier(s.slice(0, at), below100);
  // "hundertundeins" and "hunderteins" are both 101.
  const rest = s.slice(at + "hundert".length).replace(/^und(?=.)/, "");
  const tail = rest === "" ? 0 : below100(rest);
  return hundreds !== undefined && hundreds < 10 && tail !== undefined ? hundreds * 100 + tail : undefined;
}

/** The value of a cardinal written as one lower-case word, 1 to 999,999; undefined if it is not one. */
export function cardinalValue(word: string): number | undefined {
  const at = word.indexOf("tausend");
  if (at < 0) return below1000(word) || undefined;
  const thousands = multiplier(word.slice(0, at), below1000);
  const rest = below1000(word.slice(at + "tausend".length).replace(/^und(?=.)/, ""));
  return thousands !== undefined && thousands > 0 && rest !== undefined ? thousands * 1000 + rest : undefined;
}

const EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function englishBelow1000(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds) parts.push(`${EN_UNITS[hundreds]} hundred`);
  if (rest >= 20) parts.push(EN_TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${EN_UNITS[rest % 10]}` : ""));
  else if (rest >= 10) parts.push(EN_TEENS[rest - 10] ?? "");
  else if (rest) parts.push(EN_UNITS[rest] ?? "");
  return parts.join(hundreds && rest ? " and " : " ");
}

/** English words for 1 to 999,999, British style: "three hundred and twelve", "ten thousand". */
export function englishCardinal(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands ? `${englishBelow1000(thousands)} thousand` : "";
  if (!rest) return head;
  const tail = englishBelow1000(rest);
  if (!head) return tail;
  return rest < 100 ? `${head} and ${tail}` : `${head} ${tail}`;
}

// Ordinals with a stem of their own; the others add -te (2 to 19: vierte, zwölfte) or -ste (from 20:
// zwanzigste, hundertste).
const IRREGULAR_ORDINALS: Record<string, number> = { erst: 1, dritt: 3, siebt: 7, siebent: 7, acht: 8 };

/**
 * The value of an ordinal written as one lower-case word, with or without its ending (vierte, vierten,
 * achtzigsten, einundzwanzigste); undefined if it is not one.
 */
export function ordinalValue(word: string): number | undefined {
  if (word.length > MAX_NUMBER) return undefined;
  const stem = /^(\p{Ll}+?t)(?:e|en|em|er|es)$/u.exec(word)?.[1];
  if (!stem) return undefined;
  const last = /^(.*?)(und)?(erst|dritt|siebent|siebt|acht)$/.exec(stem);
  if (last?.[3]) {
    const unit = IRREGULAR_ORDINALS[last[3]] ?? 0;
    if (!last[1] && !last[2]) return unit;
    // einundzwanzigste is the "-ste" of a compound; dreiundachtzigste ends in "-zigste", not in acht.
    return undefined;
  }
  if (stem.endsWith("st")) {
    const n = cardinalValue(stem.slice(0, -2));
    if (n === undefined) return undefined;
    return n % 100 >= 20 || n % 100 === 0 ? n : undefined;
  }
  const n = cardinalValue(stem.slice(0, -1));
  return n !== undefined && n >= 2 && n <= 19 ? n : undefined;
}

/** An ordinal's dictionary form, its ending taken off: vierten → vierte, achtzigster → achtzigste. */
export function ordinalLemma(lower: string): string {
  return lower.replace(/(?<=t)(?:en|em|er|es)$/, "e");
}

/** An ordinal's card glosses: the English word and the figure ("fourth", "4th"). */
export function ordinalGlosses(n: number): string[] {
  return [englishOrdinal(n), ordinalFigure(n)];
}

const EN_ORDINAL_WORDS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** English ordinal for 1 to 999,999: "fourth", "twenty-first", "eightieth", "one hundredth". */
export function englishOrdinal(n: number): string {
  const cardinal = englishCardinal(n);
  const m = /^(.*?)([a-z]+)$/.exec(cardinal);
  if (!m?.[2]) return cardinal;
  const word = m[2];
  const ordinal = EN_ORDINAL_WORDS[word] ?? (word.endsWith("y") ? `${word.slice(0, -1)}ieth` : `${word}th`);
  return `${m[1]}${ordinal}`;
}

/** The figure with its English suffix: 1st, 2nd, 3rd, 4th, 11th, 21st, 80th. */
export function ordinalFigure(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

// No number word is longer than this: a 10,000-letter token must not try every prefix.
const MAX_NUMBER = 60;

// Three first: Ding's zweijährig leads with "two-yearly" (biennial), dreijährig with "three-year-old".
const SIBLINGS: readonly [string, number][] = [
  ["drei", 3],
  ["vier", 4],
  ["fünf", 5],
  ["zehn", 10],
  ["zwei", 2],
];

/**
 * A number compounded with an adjective the dictionary has for a small number: fünfzigjährig from
 * dreijährig ("three-year-old" → "fifty-year-old"), zwölfstündig from zweistündig. `senses` gives the
 * dictionary's senses of a headword; the result is the lemma and the glosses that name the number.
 */
export function numberAdjective(
  word: string,
  senses: (headword: string) => readonly (readonly string[])[],
): { lemma: string; glosses: string[] } | undefined {
  const stem = word.replace(/(?:e|en|em|er|es)$/, "");
  for (let k = 3; k <= Math.min(stem.length - 3, MAX_NUMBER); k++) {
    const n = cardinalValue(stem.slice(0, k));
    if (n === undefined) continue;
    const tail = stem.slice(k);
    for (const [sibling, value] of SIBLINGS) {
      const small = englishCardinal(value);
      const glosses = senses(sibling + tail)
        .flat()
        .filter((g) => new RegExp(`\\b${small}\\b`).test(g))
        .map((g) => g.replace(new RegExp(`\\b${small}\\b`), englishCardinal(n).replace(/ /g, "-")));
      if (glosses.length) return { lemma: stem, glosses: [...new Set(glosses)] };
    }
  }
  return undefined;
}
