// A long German text for load tests and the bench: the seed article's and the second test text's paragraphs,
// in turn, up to about 49,000 characters (the importer takes at most MAX_IMPORT_CHARS, 50,000, per paste).
import { readFileSync } from "node:fs";
import { MAX_IMPORT_CHARS } from "@/lib/passages/import-text";

const SOURCES = ["content/articles/article-2017-01-alibaba-trump.de.txt", "tests/fixtures/second-text.de.txt"];

export function largeGermanText(): string {
  const paragraphs = SOURCES.flatMap((file) => readFileSync(file, "utf8").split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length > 8);
  let text = "";
  for (let i = 0; ; i++) {
    const next = `${text}${text ? "\n\n" : ""}${paragraphs[i % paragraphs.length]}`;
    if (next.length > MAX_IMPORT_CHARS - 1_000) return text;
    text = next;
  }
}
