// The product's own article: the German text as published and our human translation, aligned
// sentence by sentence. Built through the same importer teachers use.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { importText } from "./import-text";
import { preparePassage } from "./prepare";
import { SEED_SLUG } from "./seed-slug";
import type { NewPassage } from "./store";

export { SEED_SLUG };

const translationFile = z.object({
  title: z.string().min(1),
  titleDe: z.string().min(1),
  paragraphs: z.array(z.object({ sentences: z.array(z.array(z.string().min(1)).min(1)) })),
});

export function buildSeedPassage(contentDir = path.join(process.cwd(), "content/articles")): NewPassage {
  const german = fs.readFileSync(path.join(contentDir, "article-2017-01-alibaba-trump.de.txt"), "utf8");
  const english = translationFile.parse(
    JSON.parse(fs.readFileSync(path.join(contentDir, "article-2017-01-alibaba-trump.en.json"), "utf8")),
  );
  const imported = importText(german);
  // Embeds are already English and the source line is a credit: neither gets a translation.
  const translations = imported.paragraphs.map((paragraph, p) =>
    paragraph.kind === "embed" || paragraph.kind === "source" ? undefined : english.paragraphs[p]?.sentences,
  );
  const { paragraphs, keyVocabulary, difficulty } = preparePassage(imported, translations);
  if (english.paragraphs.length !== paragraphs.length) {
    throw new Error(`translation has ${english.paragraphs.length} paragraphs, the article ${paragraphs.length}`);
  }
  paragraphs.forEach((paragraph, p) => {
    const aligned = english.paragraphs[p]?.sentences ?? [];
    if (aligned.length !== paragraph.sentences.length) {
      throw new Error(
        `paragraph ${p}: translation has ${aligned.length} sentences, the article ${paragraph.sentences.length}`,
      );
    }
    // Embeds are already English and the source line is a credit: neither gets a translation row.
    if (paragraph.kind === "embed" || paragraph.kind === "source") return;
    paragraph.sentences.forEach((sentence, s) => {
      sentence.translation = { segments: aligned[s] ?? [], origin: "HUMAN" };
    });
  });
  return {
    slug: SEED_SLUG,
    title: english.titleDe,
    titleEn: english.title,
    source: imported.source,
    publishedOn: imported.date,
    status: "PUBLISHED",
    visibility: "PUBLIC",
    difficulty,
    keyVocabulary,
    paragraphs,
  };
}
