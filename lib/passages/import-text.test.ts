import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/errors/import-error";
import { PASSAGE_LIMITS } from "@/lib/limits";
import { assertGerman, importText, MAX_IMPORT_CHARS, normalizeText } from "@/lib/passages/import-text";

/** Runs `fn` and returns the ImportError code it threw, so tests fail when nothing is thrown. */
function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return "no error";
}

describe("importText: messy pasted texts", () => {
  it("handles BOM, CRLF, blank-line runs, a heading, a labelled date and a 'Quelle:' line", () => {
    const raw =
      "\uFEFFDatum: 10.01.2017\r\n\r\nTrump trifft Jack Ma\r\n\r\n\r\n\r\n" +
      "Der künftige US-Präsident hat am Montag\r\nden Alibaba-Gründer empfangen. " +
      "Dr. Müller, ein Experte, nannte z. B. neue Jobs.\r\n  \r\nQuelle: dpa\r\n";
    expect(importText(raw)).toEqual({
      date: "2017-01-10",
      source: "dpa",
      paragraphs: [
        { kind: "heading", lang: "de", sentences: ["Trump trifft Jack Ma"] },
        {
          kind: "body",
          lang: "de",
          sentences: [
            "Der künftige US-Präsident hat am Montag den Alibaba-Gründer empfangen.",
            "Dr. Müller, ein Experte, nannte z. B. neue Jobs.",
          ],
        },
        { kind: "source", lang: "de", sentences: ["Quelle: dpa"] },
      ],
    });
  });

  it("removes invisible characters, maps odd spaces and composes umlauts", () => {
    const raw = "Die Wirt\u00ADschafts\u00ADlage ist\u00A0gut.\u200B Das\u2060 Gespra\u0308ch   war\tlang.";
    const passage = importText(raw);
    expect(passage.paragraphs).toEqual([
      { kind: "body", lang: "de", sentences: ["Die Wirtschaftslage ist gut.", "Das Gespräch war lang."] },
    ]);
    expect(passage.paragraphs[0]?.sentences[1]).toContain("\u00E4"); // precomposed ä (NFC)
  });

  it("keeps pasted markup literally as text", () => {
    const raw =
      "Ein Test: <script>alert(1)</script> Das ist nur Text.\n\n<b>Fett</b> und <i>kursiv</i> sind hier keine Formatierung.";
    expect(importText(raw).paragraphs.map((p) => p.sentences)).toEqual([
      ["Ein Test: <script>alert(1)</script> Das ist nur Text."],
      ["<b>Fett</b> und <i>kursiv</i> sind hier keine Formatierung."],
    ]);
  });

  it("takes a date alone on the first line, and a credit glued to the last paragraph", () => {
    const passage = importText("10.01.2017\n\nDer Handel wächst. Das sagte er am Montag. (AFP/Reuters)");
    expect(passage.date).toBe("2017-01-10");
    expect(passage.source).toBe("AFP/Reuters");
    expect(passage.paragraphs).toEqual([
      { kind: "body", lang: "de", sentences: ["Der Handel wächst.", "Das sagte er am Montag."] },
      { kind: "source", lang: "de", sentences: ["(AFP/Reuters)"] },
    ]);
  });

  it("leaves a date that is part of a sentence in the text", () => {
    const passage = importText("10.01.2017 war ein kalter Tag in New York.");
    expect(passage.date).toBeUndefined();
    expect(passage.paragraphs[0]?.sentences).toEqual(["10.01.2017 war ein kalter Tag in New York."]);
  });

  it.each([
    ["date 2017-01 Text folgt.", "2017-01"],
    ["Date: 2017-01-10\nText folgt.", "2017-01-10"],
    ["Datum: 10. Januar 2017\nText folgt.", "2017-01-10"],
    ["Datum März 2016\n\nText folgt.", "2016-03"],
  ])("reads the leading date in %j", (raw, date) => {
    const passage = importText(raw);
    expect(passage.date).toBe(date);
    expect(passage.paragraphs[0]?.sentences).toEqual(["Text folgt."]);
  });

  it.each([
    ["Berlin, 12. März 2025\n\nDer Kanzler sprach am Mittwoch.", "2025-03-12", "Berlin"],
    ["Frankfurt am Main, den 3.4.2024\n\nDie Börse schloss fester.", "2024-04-03", "Frankfurt am Main"],
    ["Wien, 5. Jänner 2023, 14:30 Uhr\n\nEs schneite.", "2023-01-05", "Wien"],
    ["Streik bei der Bahn\n\nHamburg, 1. Mai 2024\n\nDie Züge standen still.", "2024-05-01", "Hamburg"],
  ])("reads the dateline in %j as date and place, not as a heading", (raw, date, place) => {
    const passage = importText(raw);
    expect(passage).toMatchObject({ date, place });
    const texts = passage.paragraphs.flatMap((p) => p.sentences);
    expect(texts.some((text) => text.includes(place))).toBe(false);
    expect(passage.paragraphs.at(-1)?.kind).toBe("body");
  });

  it("keeps a sentence that ends in a date, and a dateline further down, as text", () => {
    const sentence = importText("Er kam, am 12. März 2025\n\nDann ging er.");
    expect(sentence.date).toBeUndefined();
    const late = importText("Eins.\n\nZwei.\n\nDrei.\n\nBerlin, 12. März 2025\n\nVier.");
    expect(late.date).toBeUndefined();
  });

  it("ignores an impossible date", () => {
    expect(importText("Datum: 31.13.2017\n\nText folgt.").date).toBeUndefined();
  });

  it("joins single line breaks with a space and collapses spaces", () => {
    expect(importText("Das   ist\nein  Satz,\n  der weitergeht.").paragraphs[0]?.sentences).toEqual([
      "Das ist ein Satz, der weitergeht.",
    ]);
  });

  it("only calls short lines without final punctuation headings, never the last paragraph", () => {
    const raw = [
      "Was will Jack Ma?",
      "Ein Satz.",
      "Dies ist eine sehr lange Zeile ohne Punkt am Ende die viel mehr als zwölf Wörter enthält und weitergeht",
      "Großes Treffen in New York",
      "Ein Schluss ohne Punkt",
    ].join("\n\n");
    expect(importText(raw).paragraphs.map((p) => p.kind)).toEqual(["body", "body", "body", "heading", "body"]);
  });

  it("marks an English paragraph as an embed and still splits it", () => {
    const raw = "Der Konzern äußerte sich am Montag.\n\nWe are going to do great things. The meeting was very good.";
    expect(importText(raw).paragraphs[1]).toEqual({
      kind: "embed",
      lang: "en",
      sentences: ["We are going to do great things.", "The meeting was very good."],
    });
  });

  it("does not take a long bracketed last paragraph for a source", () => {
    const passage = importText("Er kam.\n\n(Das Gespräch wurde am Montag in New York in deutscher Sprache geführt)");
    expect(passage.source).toBeUndefined();
    expect(passage.paragraphs.map((p) => p.kind)).toEqual(["body", "body"]);
  });
});

describe("importText: errors", () => {
  it("throws 'empty' for empty, blank or invisible-only input", () => {
    expect(errorCode(() => importText(""))).toBe("empty");
    expect(errorCode(() => importText("  \r\n\n \t "))).toBe("empty");
    expect(errorCode(() => importText("\uFEFF\u200B\u00AD"))).toBe("empty");
    expect(errorCode(() => importText("date 2017-01"))).toBe("empty");
    expect(errorCode(() => importText("(dpa)"))).toBe("empty");
  });

  it(`throws 'too_long' above ${MAX_IMPORT_CHARS} characters`, () => {
    const text = "Das ist ein Satz über den Hund, der jeden Morgen schnell durch die Straße läuft. ".repeat(700);
    expect(() => importText(text.slice(0, MAX_IMPORT_CHARS))).not.toThrow();
    expect(errorCode(() => importText(text.slice(0, MAX_IMPORT_CHARS + 1)))).toBe("too_long");
  });

  it(`throws 'too_many_paragraphs' above ${PASSAGE_LIMITS.paragraphs} paragraphs`, () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Der Hund ${i} läuft.`).join("\n\n");
    expect(importText(paragraphs(PASSAGE_LIMITS.paragraphs)).paragraphs).toHaveLength(PASSAGE_LIMITS.paragraphs);
    expect(errorCode(() => importText(paragraphs(PASSAGE_LIMITS.paragraphs + 1)))).toBe("too_many_paragraphs");
  });

  it(`throws 'too_many_sentences' above ${PASSAGE_LIMITS.sentences} sentences`, () => {
    const sentences = (n: number) => Array.from({ length: n }, () => "Ja.").join(" ");
    expect(() => importText(sentences(PASSAGE_LIMITS.sentences))).not.toThrow();
    expect(errorCode(() => importText(sentences(PASSAGE_LIMITS.sentences + 1)))).toBe("too_many_sentences");
  });

  it("is an Error with a code", () => {
    const error = new ImportError("not_german");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ImportError");
    expect(error.code).toBe("not_german");
  });
});

describe("assertGerman", () => {
  it("accepts German text with an English embed", () => {
    const passage = importText(
      "Jack Ma traf sich mit Donald Trump, der ihn in New York empfing.\n\nWe set a goal to help small firms.",
    );
    expect(() => assertGerman(passage)).not.toThrow();
  });

  it("rejects English and French text", () => {
    const english = importText("It was the first meeting.\n\nJack Ma and Donald Trump talked about jobs for the US.");
    expect(errorCode(() => assertGerman(english))).toBe("not_german");
    const french = importText("Le président des États-Unis a rencontré le fondateur du groupe Alibaba à New York.");
    expect(errorCode(() => assertGerman(french))).toBe("not_german");
  });

  it("rejects text that is mostly English even if one paragraph is German", () => {
    const raw =
      "Das ist ein Test.\n\n" +
      "We are going to do some great things together, and the meeting in New York was a very good one for all of us.";
    expect(errorCode(() => assertGerman(importText(raw)))).toBe("not_german");
  });
});

describe("normalizeText", () => {
  it("keeps line breaks and markup but removes invisible characters", () => {
    expect(normalizeText("\uFEFFa\r\nb\rc\u00AD\u200Bd <p>")).toBe("a\nb\ncd <p>");
  });
});
