import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toAnkiNotes } from "./note";
import { EXPECTED_NOTES, POS_LABEL, TRICKY_ROWS } from "./test-rows";
import { toAnkiTsv, tsvField } from "./tsv";

// Anki reads these files with a CSV reader: tab-separated, '"' quotes (doubled inside), lines starting with '#'
// are comments, rows may differ in length. csv-parse with the same rules stands in for it.
const ankiRead = (text: string): string[][] =>
  parse(text, { delimiter: "\t", quote: '"', comment: "#", comment_no_infix: true, relax_column_count: true });

describe("toAnkiTsv", () => {
  const text = toAnkiTsv(toAnkiNotes(TRICKY_ROWS, POS_LABEL));

  it("starts with Anki's header lines", () => {
    expect(text.split("\n").slice(0, 7)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Brücke",
      "#deck:Brücke",
      "#columns:German\tPlural\tPart of speech\tMeaning\tExample\tExample translation\tSource\tNotes\tTags\tGUID",
      "#tags column:9",
      "#guid column:10",
    ]);
  });

  it("reads back, with Anki's rules, as exactly the saved words, field by field", () => {
    const records = ankiRead(text);
    expect(records).toHaveLength(TRICKY_ROWS.length);
    expect(records).toEqual(EXPECTED_NOTES.map((note) => [...note.fields, note.tags.join(" "), note.guid]));
    expect(new Set(records.map((r) => r[0])).size).toBe(records.length);
  });

  it("keeps one line per note: no raw line breaks inside fields", () => {
    expect(text.trimEnd().split("\n")).toHaveLength(7 + TRICKY_ROWS.length);
  });
});

describe("tsvField", () => {
  it.each([
    ["plain", "plain"],
    ['"starts with a quote', '"""starts with a quote"'],
    ["#not a comment", '"#not a comment"'],
    ["a\tb", '"a\tb"'],
    ["a\nb", '"a\nb"'],
    ['say "hi"', '"say ""hi"""'],
    ["mid#hash", "mid#hash"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(tsvField(input)).toBe(expected);
  });
});
