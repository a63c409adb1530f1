// The hostile corpus through the importer, the engine and the upload decoder, in-process: each input
// gives a typed ImportError or a clean passage (no invisible or control characters left in words), quickly.
import { beforeAll, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/errors/import-error";
import { assertGerman, importText } from "@/lib/passages/import-text";
import { preparePassage } from "@/lib/passages/prepare";
import { decodeTextFile } from "@/lib/teacher-passages/text-file";
import { hostileCorpus } from "../support/hostile-corpus";

// Loads the lexicon once, so the time limit below measures the input's own cost.
beforeAll(() => {
  preparePassage(importText("Der Hund schläft."));
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters the importer must strip
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u200B-\u200D\u2060\uFEFF]/;

describe.each(hostileCorpus())("hostile input $name", ({ name, bytes, text }) => {
  it("imports cleanly or fails with a typed import error", () => {
    const started = performance.now();
    let outcome: string;
    try {
      const imported = importText(text);
      assertGerman(imported);
      const prepared = preparePassage(imported);
      for (const paragraph of prepared.paragraphs) {
        for (const sentence of paragraph.sentences) {
          expect(sentence.text).not.toMatch(INVISIBLE);
          for (const token of sentence.tokens)
            if (token.type === "word") expect(token.text).not.toMatch(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]/);
        }
      }
      outcome = "imported";
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      outcome = error.code;
    }
    // The worst case (one 38,000-letter compound) takes about a second; far more means runaway backtracking.
    expect(performance.now() - started, `${name} took too long (${outcome})`).toBeLessThan(10_000);
    if (name.startsWith("empty") || name.startsWith("whitespace")) expect(outcome).toBe("empty");
    if (name.startsWith("one-megabyte")) expect(outcome).toBe("too_long");
  });

  it("as an uploaded file: decoded strictly or refused", () => {
    const decoded = decodeTextFile("upload.txt", bytes);
    if (name === "binary.bin" || name === "invalid-utf8.txt") expect(decoded).toEqual({ ok: false, error: "not_utf8" });
    else if (name.startsWith("one-megabyte")) expect(decoded).toEqual({ ok: false, error: "too_long" });
    else expect(decoded).toMatchObject({ ok: true });
  });
});
