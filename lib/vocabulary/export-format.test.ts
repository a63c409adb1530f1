import { describe, expect, it } from "vitest";
import { type ExportRow, toCsv } from "./export-format";

const row = (overrides: Partial<ExportRow> = {}): ExportRow => ({
  id: "item1",
  lemma: "Arbeitsplatz",
  surface: "Arbeitsplätze",
  pos: "noun",
  gender: "m",
  plural: "Arbeitsplätze",
  gloss: "job",
  grammar: null,
  note: null,
  tags: [],
  status: "NEW",
  context: "Tausende Arbeitsplätze sind bedroht.",
  contextTranslation: "Thousands of jobs are at risk.",
  passageTitle: null,
  createdAt: new Date("2026-01-02T03:04:05Z"),
  updatedAt: new Date("2026-01-02T03:04:05Z"),
  ...overrides,
});

describe("toCsv", () => {
  it("starts with a BOM and header, uses CRLF, and guards every cell", () => {
    const text = toCsv([
      row({
        gloss: "=cmd|' /C calc'!A0",
        grammar: "der Arbeitsplatz, des Arbeitsplatzes",
        tags: ["a", "b"],
        note: "-x",
      }),
    ]);
    expect(text.startsWith('\uFEFF"german","lemma","surface",')).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '"der Arbeitsplatz","Arbeitsplatz","Arbeitsplätze","noun","m","Arbeitsplätze","\'=cmd|\' /C calc\'!A0","der Arbeitsplatz, des Arbeitsplatzes","\'-x","a, b","NEW","Tausende Arbeitsplätze sind bedroht.","Thousands of jobs are at risk.","2026-01-02T03:04:05.000Z"',
    );
  });

  it("writes only the header for no rows", () => {
    expect(toCsv([]).slice(1).split("\r\n")).toEqual([expect.stringMatching(/^"german",/), ""]);
  });
});
