// CSV for spreadsheets. Every cell is quoted, and a cell a spreadsheet would run as a formula
// (=, +, -, @, tab, CR at the start) gets a leading apostrophe: a learner named "=HYPERLINK(…)"
// must not become a link in the teacher's Excel.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '""';
  // Numbers we produce are safe as they are; a negative number would start with "-" but is data.
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows joined with CRLF (RFC 4180), with a BOM so Excel reads UTF-8 umlauts correctly. */
export function toCsv(rows: CsvCell[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
