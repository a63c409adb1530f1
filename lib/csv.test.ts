import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes every cell and doubles quotes", () => {
    expect(csvCell('Anna "Ann" Probe')).toBe('"Anna ""Ann"" Probe"');
    expect(csvCell("a,b\nc")).toBe('"a,b\nc"');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(null)).toBe('""');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const evil of ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(csvCell(evil).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell("Müller-Lüdenscheidt")).toBe('"Müller-Lüdenscheidt"');
  });

  it("starts with a BOM and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe('\uFEFF"a","1"\r\n"b",""\r\n');
  });
});
