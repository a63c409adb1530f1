// What a determiner tells the noun after it: the genders (and whether a plural) it can go with. One table
// for every rule that asks (article agreement, the sense a noun's gender picks, names after an article), so
// they cannot drift apart: each once had its own copy, and each copy missed other contractions.

export type Gender = "m" | "f" | "n";
export type Reading = Gender | "pl";

/** The definite article, and a preposition fused with it (am = an dem, zur = zu der, ins = in das). */
const ARTICLES: Readonly<Record<string, readonly Reading[]>> = {
  der: ["m", "f", "pl"],
  die: ["f", "pl"],
  das: ["n"],
  dem: ["m", "n"],
  den: ["m", "pl"],
  des: ["m", "n"],
  im: ["m", "n"],
  am: ["m", "n"],
  zum: ["m", "n"],
  beim: ["m", "n"],
  vom: ["m", "n"],
  überm: ["m", "n"],
  unterm: ["m", "n"],
  vorm: ["m", "n"],
  hinterm: ["m", "n"],
  zur: ["f"],
  ins: ["n"],
  ans: ["n"],
  aufs: ["n"],
  durchs: ["n"],
  fürs: ["n"],
  ums: ["n"],
  übers: ["n"],
  unters: ["n"],
  vors: ["n"],
  hinters: ["n"],
};

/** dieser, jener, jeder, welcher: the article's endings. */
const DER_STEMS = /^(?:dies|jen|jed|welch)(e|er|es|em|en)$/;
const DER_ENDINGS: Readonly<Record<string, readonly Reading[]>> = {
  er: ["m", "f", "pl"],
  e: ["f", "pl"],
  es: ["n", "m"],
  em: ["m", "n"],
  en: ["m", "pl"],
};

/** ein, kein and the possessives; only kein and the possessives have a plural (keine Kinder, meine Kinder). */
const EIN_STEMS = /^(ein|kein|mein|dein|sein|ihr|unser|euer|eur)(|e|er|es|em|en)$/;
function einEnding(ending: string, plural: boolean): readonly Reading[] | undefined {
  const table: Readonly<Record<string, readonly Reading[]>> = {
    "": ["m", "n"],
    e: plural ? ["f", "pl"] : ["f"],
    en: plural ? ["m", "pl"] : ["m"],
    em: ["m", "n"],
    er: plural ? ["f", "pl"] : ["f"],
    es: ["m", "n"],
  };
  return table[ending];
}

/** The definite article or a preposition fused with it (lower case): what the noun after it can be. */
export function articleReadings(word: string): readonly Reading[] | undefined {
  return ARTICLES[word];
}

/** Any determiner (lower case): the article, dieser/jeder…, ein/kein and the possessives. */
export function determinerReadings(word: string): readonly Reading[] | undefined {
  const article = ARTICLES[word];
  if (article) return article;
  const der = DER_STEMS.exec(word);
  if (der) return DER_ENDINGS[der[1] ?? ""];
  const ein = EIN_STEMS.exec(word);
  // "euer" drops its e before an ending (eure, euren); "eur" alone is no word.
  if (!ein || ein[0] === "eur" || (ein[1] === "euer" && ein[2] !== "")) return undefined;
  return einEnding(ein[2] ?? "", ein[1] !== "ein");
}

/** The singular genders among readings, or undefined when there are none. */
export function singularGenders(readings: readonly Reading[] | undefined): readonly Gender[] | undefined {
  const genders = readings?.filter((r): r is Gender => r !== "pl");
  return genders?.length ? genders : undefined;
}
