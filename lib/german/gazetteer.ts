// A small gazetteer of names common in news that Ding lacks or mistakes for words ("Ma" is an
// interjection there, "Twitter" an English verb). Kept short on purpose: capitalisation and the
// dictionary find most names; this list settles the cases they cannot.

export interface GazetteerName {
  name: string;
  gloss?: string;
  /** Inflected spellings that map to `name` ("Mittleren Westen"). */
  variants?: readonly string[];
}

const GAZETTEER: readonly GazetteerName[] = [
  { name: "Donald Trump", gloss: "Donald Trump, US president" },
  { name: "Trump", gloss: "Donald Trump, US president" },
  { name: "Jack Ma", gloss: "Jack Ma, founder of Alibaba" },
  { name: "Ma", gloss: "Jack Ma, founder of Alibaba" },
  { name: "Merkel", gloss: "Angela Merkel, German chancellor" },
  { name: "Obama", gloss: "Barack Obama, US president" },
  { name: "Putin", gloss: "Vladimir Putin, Russian president" },
  { name: "Xi Jinping", gloss: "Xi Jinping, Chinese president" },
  { name: "Alibaba Group", gloss: "Alibaba Group, Chinese e-commerce company" },
  { name: "Alibaba", gloss: "Alibaba, Chinese e-commerce company" },
  { name: "Tmall", gloss: "Tmall, Alibaba's online shopping platform" },
  { name: "Amazon", gloss: "Amazon, US online retailer" },
  { name: "Google", gloss: "Google, US internet company" },
  { name: "Facebook", gloss: "Facebook, social network" },
  { name: "Twitter", gloss: "Twitter, short-message platform" },
  { name: "Apple", gloss: "Apple, US technology company" },
  { name: "Microsoft", gloss: "Microsoft, US software company" },
  { name: "Reuters", gloss: "Reuters, news agency" },
  { name: "dpa", gloss: "dpa, German press agency" },
  { name: "AFP", gloss: "AFP, French news agency" },
  { name: "Trump Tower", gloss: "Trump Tower, skyscraper in New York" },
  { name: "USA Today", gloss: "USA Today, US daily newspaper" },
  { name: "Global Times", gloss: "Global Times, Chinese state newspaper" },
  { name: "People's Daily", gloss: "People's Daily, Chinese state newspaper", variants: ["People’s Daily"] },
  { name: "New York Times", gloss: "New York Times, US daily newspaper" },
  { name: "Center for Strategic and International Studies", gloss: "CSIS, Washington think tank" },
  { name: "Mittlerer Westen", gloss: "Midwest (USA)", variants: ["Mittleren Westen", "Mittleren Westens"] },
  { name: "Deutsche Bank", gloss: "Deutsche Bank, German bank", variants: ["Deutschen Bank"] },
  { name: "Europäische Zentralbank", gloss: "European Central Bank (ECB)", variants: ["Europäischen Zentralbank"] },
  { name: "Europäische Union", gloss: "European Union (EU)", variants: ["Europäischen Union"] },
  { name: "Weißes Haus", gloss: "White House", variants: ["Weißen Haus", "Weißen Hauses"] },
];

const SINGLE = new Map<string, GazetteerName>();
const MULTI = new Map<string, { surface: string; entry: GazetteerName }[]>();
for (const entry of GAZETTEER) {
  for (const surface of [entry.name, ...(entry.variants ?? [])]) {
    const first = surface.split(" ")[0] ?? surface;
    if (surface.includes(" ")) MULTI.set(first, [...(MULTI.get(first) ?? []), { surface, entry }]);
    else SINGLE.set(surface, entry);
  }
}
for (const list of MULTI.values()) list.sort((a, b) => b.surface.length - a.surface.length);

export function gazetteerName(word: string): GazetteerName | undefined {
  return SINGLE.get(word);
}

/** Gazetteer spellings of multi-word names starting with `word`, longest first. */
export function multiWordNames(word: string): readonly { surface: string; entry: GazetteerName }[] {
  return MULTI.get(word) ?? [];
}
