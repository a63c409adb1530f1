// Runs the importer and the language engine on a German text file and prints the analysis as JSON.
// Usage: npx tsx scripts/analyse.ts FILE [--translation FILE.en.txt]   (shape documented in scripts/analyse.md)
import { readFileSync } from "node:fs";
import { type AlignedTranslation, alignTranslation, TranslationShapeError } from "../lib/align/passage-translation";
import { translationChooser } from "../lib/align/translation-chooser";
import { ImportError } from "../lib/errors/import-error";
import { type AnalysedPassage, analysePassage } from "../lib/german/analyse";
import type { Token, WordAnalysis } from "../lib/german/types";
import { importText } from "../lib/passages/import-text";

// Field order of the printed tokens; absent fields are left out.
const FIELDS = [
  "lemma",
  "pos",
  "gender",
  "plural",
  "parts",
  "glosses",
  "meaningGlosses",
  "aligned",
  "name",
  "foreign",
  "particle",
  "partnerIndex",
  "idiom",
  "principalParts",
  "reflexive",
  "weak",
  "adjectival",
  "form",
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

/** `sentenceIds` maps the engine's per-sentence segment index to the paragraph's English sentence index. */
function tokenJson(token: Token, word: WordAnalysis | null, sentenceIds: readonly number[]): Record<string, unknown> {
  const out: Record<string, unknown> = { text: token.text, type: token.type };
  if (!word) return out;
  for (const field of FIELDS) {
    if (word[field] === undefined) continue;
    out[field] =
      field === "aligned"
        ? word.aligned?.map((w) => ({ ...w, sentence: sentenceIds[w.sentence] ?? w.sentence }))
        : word[field];
  }
  return out;
}

function toJson(passage: AnalysedPassage, translation?: AlignedTranslation): unknown {
  return {
    ...(passage.date !== undefined && { date: passage.date }),
    ...(passage.source !== undefined && { source: passage.source }),
    paragraphs: passage.paragraphs.map((p, pi) => ({
      kind: p.kind,
      lang: p.lang,
      ...(translation?.english[pi]?.length && { translation: translation.english[pi] }),
      sentences: p.sentences.map((s, si) => {
        const ids = translation?.sentences[pi]?.[si] ?? [];
        return {
          text: s.text,
          ...(ids.length && { translation: ids }),
          tokens: s.tokens.map((t, i) => tokenJson(t, s.words[i] ?? null, ids)),
        };
      }),
    })),
  };
}

function parseArgs(args: readonly string[]): { path: string; translationPath?: string } {
  const positional: string[] = [];
  let translationPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--translation") {
      translationPath = args[++i];
      if (!translationPath) fail("--translation needs a file");
    } else if (arg.startsWith("--translation=")) translationPath = arg.slice("--translation=".length);
    else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const path = positional[0];
  if (!path || positional.length > 1) fail("usage: analyse FILE [--translation FILE.en.txt]");
  return translationPath === undefined ? { path } : { path, translationPath };
}

function main(): void {
  // `analyse FILE | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1));
  const { path, translationPath } = parseArgs(process.argv.slice(2));
  const text = readText(path);
  if (text.trim() === "") fail(`empty file: ${path}`);
  const english = translationPath === undefined ? undefined : readText(translationPath);
  if (english !== undefined && english.trim() === "") fail(`empty file: ${translationPath}`);
  let passage: AnalysedPassage;
  let translation: AlignedTranslation | undefined;
  try {
    const imported = importText(text);
    translation = english === undefined ? undefined : alignTranslation(imported, english);
    passage = analysePassage(
      imported,
      undefined,
      translation ? { chooseMeanings: translationChooser(translation.translations) } : {},
    );
  } catch (error) {
    if (error instanceof ImportError) fail(`${error.message} (${path})`);
    if (error instanceof TranslationShapeError) fail(`${error.message} (${translationPath})`);
    throw error;
  }
  process.stdout.write(`${JSON.stringify(toJson(passage, translation), null, 2)}\n`);
}

main();
