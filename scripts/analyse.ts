// Runs the importer and the language engine on a German text file and prints the analysis as JSON.
// Usage: npx tsx scripts/analyse.ts FILE   (shape documented in scripts/analyse.md)
import { readFileSync } from "node:fs";
import { type AnalysedPassage, analyseText } from "../lib/german/analyse";
import type { Token, WordAnalysis } from "../lib/german/types";
import { ImportError } from "../lib/passages/import-errors";

// Field order of the printed tokens; absent fields are left out.
const FIELDS = [
  "lemma",
  "pos",
  "gender",
  "plural",
  "parts",
  "glosses",
  "name",
  "foreign",
  "particle",
  "partnerIndex",
  "band",
  "known",
] as const;

function fail(message: string): never {
  process.stderr.write(`analyse: ${message}\n`);
  process.exit(1);
}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === "ENOENT"
        ? `no such file: ${path}`
        : code === "EISDIR"
          ? `is a directory: ${path}`
          : `cannot read ${path} (${code ?? "error"})`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail(`not valid UTF-8: ${path}`);
  }
}

function tokenJson(token: Token, word: WordAnalysis | null): Record<string, unknown> {
  const out: Record<string, unknown> = { text: token.text, type: token.type };
  if (!word) return out;
  for (const field of FIELDS) if (word[field] !== undefined) out[field] = word[field];
  return out;
}

function toJson(passage: AnalysedPassage): unknown {
  return {
    ...(passage.date !== undefined && { date: passage.date }),
    ...(passage.source !== undefined && { source: passage.source }),
    paragraphs: passage.paragraphs.map((p) => ({
      kind: p.kind,
      lang: p.lang,
      sentences: p.sentences.map((s) => ({
        text: s.text,
        tokens: s.tokens.map((t, i) => tokenJson(t, s.words[i] ?? null)),
      })),
    })),
  };
}

function main(): void {
  // `analyse FILE | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  const path = process.argv[2];
  if (!path) fail("usage: analyse FILE");
  const text = readText(path);
  if (text.trim() === "") fail(`empty file: ${path}`);
  let passage: AnalysedPassage;
  try {
    passage = analyseText(text);
  } catch (error) {
    if (error instanceof ImportError) fail(`${error.message} (${path})`);
    throw error;
  }
  process.stdout.write(`${JSON.stringify(toJson(passage), null, 2)}\n`);
}

main();
