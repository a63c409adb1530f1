import { describe, expect, it } from "vitest";
import { csvCell, type ExportRow, toAnki, toCsv } from "./export-format";

const row = (overrides: Partial<ExportRow> = {}): ExportRow => ({
  lemma: "Arbeitsplatz",
  surface: "Arbeitsplätze",
  pos: "noun",
  gender: "m",
  plural: "Arbeitsplätze",
  gloss: "job",
  note: null,
  tags: [],
  status: "NEW",
  context: "Tausende Arbeitsplätze sind bedroht.",
  contextTranslation: "Thousands of jobs are at risk.",
  createdAt: new Date("2026-01-02T03:04:05Z"),
  ...overrides,
});

describe("toAnki", () => {
  it("writes Anki's header lines and one tab-separated note per word", () => {
    const lines = toAnki([row({ tags: ["work", "news paper"] })]).split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "#separator:tab",
      "#html:false",
      "#columns:Front\tBack\tContext\tTranslation\tTags",
      "#tags column:5",
    ]);
    expect(lines[4]).toBe(
      "der Arbeitsplatz\tjob\tTausende Arbeitsplätze sind bedroht.\tThousands of jobs are at risk.\twork news_paper",
    );
    expect(lines[5]).toBe("");
  });

  it("puts the article before nouns only, and the note after the gloss", () => {
    const text = toAnki([
      row({ lemma: "Zeitung", gender: "f" }),
      row({ lemma: "Kind", gender: "n" }),
      row({ lemma: "laufen", pos: "verb", gender: null, note: "irregular" }),
    ]);
    expect(text).toContain("die Zeitung\t");
    expect(text).toContain("das Kind\t");
    expect(text).toContain("laufen\tjob (irregular)\t");
  });

  it("never lets a tab or line break split a note, and quotes fields with quotes", () => {
    const text = toAnki([
      row({ gloss: "job\tposition", context: 'Er sagte: "Ja"\nund ging.', contextTranslation: null }),
    ]);
    const note = text.split("\n")[4] ?? "";
    expect(note.split("\t")).toEqual(["der Arbeitsplatz", "job position", '"Er sagte: ""Ja"" und ging."', "", ""]);
    expect(text.split("\n")).toHaveLength(6);
  });
});

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["", ""],
    [null, ""],
    ["a=b", "a=b"],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and header, uses CRLF, and guards every cell", () => {
    const text = toCsv([row({ gloss: "=cmd|' /C calc'!A0", tags: ["a", "b"], note: "-x" })]);
    expect(text.startsWith("\uFEFFgerman,lemma,surface,")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      "der Arbeitsplatz,Arbeitsplatz,Arbeitsplätze,noun,m,Arbeitsplätze,'=cmd|' /C calc'!A0,'-x,\"a, b\",NEW,Tausende Arbeitsplätze sind bedroht.,Thousands of jobs are at risk.,2026-01-02T03:04:05.000Z",
    );
  });

  it("writes only the header for no rows", () => {
    expect(toCsv([]).slice(1).split("\r\n")).toEqual([expect.stringMatching(/^german,/), ""]);
  });
});
