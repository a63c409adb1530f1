// Prints the table of `npm run bench` from the JSON files the other bench scripts wrote, with the
// targets beside the figures. Usage: tsx scripts/bench/report.ts .tmp/bench
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Burst, ReaderDuringImport } from "./class-load";

const dir = process.argv[2] ?? ".tmp/bench";
const DATABASES = [
  ["pglite", "PGlite"],
  ["postgres", "PostgreSQL"],
] as const;

type Http = {
  reader1: Latency;
  static1: Latency;
  reader50: Latency;
  static50: Latency;
  bytes: Record<"html" | "js" | "css" | "legacyJs", { count: number; raw: number; gzip: number }> & {
    flight: { payload: number; messages: number };
    // Absent from runs made before it was measured.
    frameworkJs?: { count: number; raw: number; gzip: number };
  };
  grading: {
    graded: number;
    rps: number;
    p50: number;
    p99: number;
    errors: number;
    firstFailure: string;
    cpuMsPerGrade?: { server: number | null; database: number | null };
  };
  // Absent from runs made before they were measured.
  burstFirst?: Burst;
  burstAgain?: Burst;
  duringImport?: ReaderDuringImport;
  serverRssMb: number | null;
};
type Latency = {
  requests: number;
  rps: number;
  errors: number;
  ttfb: { p50: number; p99: number };
  full: { p50: number; p99: number };
};
type Import = {
  words: number;
  pastes: number;
  maxPasteChars: number;
  onePaste: { words: number; analyseMs: number };
  importMs: number;
  prepareMs: number;
  storeMs: number;
  totalMs: number;
};

const read = <T>(file: string): T | null =>
  existsSync(path.join(dir, file)) ? (JSON.parse(readFileSync(path.join(dir, file), "utf8")) as T) : null;
const http = DATABASES.map(([key]) => read<Http>(`http-${key}.json`));
const imports = DATABASES.map(([key]) => read<Import>(`import-${key}.json`));
const engine = existsSync(path.join(dir, "engine.txt")) ? readFileSync(path.join(dir, "engine.txt"), "utf8") : "";
const scale = read<Pick<Http, "reader50" | "grading">>("http-postgres-2.json");
const lighthouse = read<{ runs: number[]; score: number; tbt: number; tti: number; fcp: number; lcp: number }>(
  "lighthouse.json",
);
const meta = read<{ loadAverage: string; date: string }>("meta.json");

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;
const verdict = (pass: boolean | null) => (pass === null ? "" : pass ? "met" : "MISSED");

const rows: [string, string[], string, string][] = [];
function row(label: string, cell: (h: Http, i: Import | null) => string, target = "", status: boolean | null = null) {
  rows.push([label, http.map((h, i) => (h ? cell(h, imports[i] ?? null) : "–")), target, verdict(status)]);
}
const all = (test: (h: Http) => boolean) => (http.every((h) => h) ? http.every((h) => test(h!)) : null);

row("Reader TTFB p50 / p99, 1 client (ms)", (h) => pair(h.reader1.ttfb.p50, h.reader1.ttfb.p99));
row("Reader full p50 / p99, 1 client (ms)", (h) => pair(h.reader1.full.p50, h.reader1.full.p99));
row("Static floor full p50 / p99, 1 client (ms)", (h) => pair(h.static1.full.p50, h.static1.full.p99));
row(
  "Reader p50 ÷ static floor p50, 1 client",
  (h) => `${(h.reader1.full.p50 / h.static1.full.p50).toFixed(0)}×`,
  "≤ 3×",
  all((h) => h.reader1.full.p50 <= 3 * h.static1.full.p50),
);
row("Reader TTFB p50 / p99, 50 clients (ms)", (h) => pair(h.reader50.ttfb.p50, h.reader50.ttfb.p99));
row("Reader full p50 / p99, 50 clients (ms)", (h) => pair(h.reader50.full.p50, h.reader50.full.p99));
row("Static floor full p50 / p99, 50 clients (ms)", (h) => pair(h.static50.full.p50, h.static50.full.p99));
row(
  "Reader p50 ÷ static floor p50, 50 clients",
  (h) => `${(h.reader50.full.p50 / h.static50.full.p50).toFixed(0)}×`,
  "≤ 3×",
  all((h) => h.reader50.full.p50 <= 3 * h.static50.full.p50),
);
row(
  "Reader throughput, 50 clients (req/s)",
  (h) => `${h.reader50.rps.toFixed(0)} (static ${h.static50.rps.toFixed(0)})`,
);
row(
  "Reader errors (both runs)",
  (h) => String(h.reader1.errors + h.reader50.errors),
  "0",
  all((h) => h.reader1.errors + h.reader50.errors === 0),
);
// Issue 13 sets grading's target on PostgreSQL, as for the class of 30 below.
const pgGrading = http[1]?.grading;
row(
  "Grading, 50 learners (req/s)",
  (h) => h.grading.rps.toFixed(0),
  "≥ 500 on PostgreSQL",
  pgGrading ? pgGrading.rps >= 500 : null,
);
row("Grading p50 / p99 (ms)", (h) => pair(h.grading.p50, h.grading.p99));
row("Grading CPU per grade, app server / database (ms)", (h) => {
  const cpu = h.grading.cpuMsPerGrade;
  return cpu?.server == null ? "–" : `${cpu.server.toFixed(1)} / ${(cpu.database ?? 0).toFixed(1)}`;
});
row(
  "Grading errors (of graded)",
  (h) => `${h.grading.errors} (of ${h.grading.graded})`,
  "0",
  all((h) => h.grading.errors === 0),
);
const burst = (b: Burst | undefined) =>
  b
    ? `${ms(b.slowestMs)} / ${ms(b.p50Ms)}${b.complete < b.learners ? ` (${b.learners - b.complete} incomplete)` : ""}`
    : "–";
const burstOk = (b: Burst | undefined) => (b ? b.complete === b.learners && b.slowestMs < 1000 : null);
// The target is set on PostgreSQL (PGlite, one process's embedded database, serves one query at a time).
const pgHttp = http[1];
row(
  "Class of 30 at once, first opening: slowest / p50 (ms)",
  (h) => burst(h.burstFirst),
  "all < 1 s on PostgreSQL",
  pgHttp ? burstOk(pgHttp.burstFirst) : null,
);
row(
  "Class of 30 at once, opened before: slowest / p50 (ms)",
  (h) => burst(h.burstAgain),
  "all < 1 s on PostgreSQL",
  pgHttp ? burstOk(pgHttp.burstAgain) : null,
);
const importRatio = (d: ReaderDuringImport) => d.during.p99Ms / d.without.p99Ms;
row("Reader p99, 5 learners, without / during a 50,000-character import (ms)", (h) =>
  h.duringImport ? pair(h.duringImport.without.p99Ms, h.duringImport.during.p99Ms) : "–",
);
row(
  "Reader p99 during the import ÷ without",
  (h) =>
    h.duringImport
      ? `${importRatio(h.duringImport).toFixed(2)}× (import ${ms(h.duringImport.importMs)} ms${h.duringImport.importOk ? "" : ", FAILED"})`
      : "–",
  "≤ 2×",
  http.every((h) => h?.duringImport)
    ? http.every((h) => h!.duringImport!.importOk && importRatio(h!.duringImport!) <= 2)
    : null,
);
row("Import 10,000 words: importer (ms)", (_h, i) => (i ? ms(i.importMs) : "–"));
row("Import 10,000 words: engine (ms)", (_h, i) => (i ? ms(i.prepareMs) : "–"));
row("Import 10,000 words: store (ms)", (_h, i) => (i ? ms(i.storeMs) : "–"));
row("Import 10,000 words: total (ms)", (_h, i) => (i ? ms(i.totalMs) : "–"));
row("Server memory after the run (RSS)", (h) => (h.serverRssMb === null ? "–" : `${h.serverRssMb} MB`));

const first = http.find((h) => h);
const headers = ["", ...DATABASES.map(([, name]) => name), "target", ""];
const table = [headers, ...rows.map(([label, cells, target, status]) => [label, ...cells, target, status])];
const widths = headers.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;

const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
console.log(
  `\nBrücke bench: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${meta?.date ?? new Date().toISOString().slice(0, 10)}, load average at start ${meta?.loadAverage ?? "?"}\n`,
);
console.log(line(table[0]!));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of table.slice(1)) console.log(line(r));

if (first) {
  const b = first.bytes;
  const jsPass = b.js.gzip <= 120_000;
  const htmlPass = b.html.gzip <= 30_000;
  console.log(`\nTransferred for the reader (the same on both databases):`);
  console.log(
    `  HTML ${kb(b.html.raw)} raw, ${kb(b.html.gzip)} gzip (target ≤ 30 kB gzip: ${verdict(htmlPass)}; inline RSC payload ${kb(b.flight.payload)}, of it UI messages ${kb(b.flight.messages)})`,
  );
  console.log(
    `  JS   ${kb(b.js.raw)} raw, ${kb(b.js.gzip)} gzip in ${b.js.count} script chunks = first-load JS (target ≤ 120 kB gzip: ${verdict(jsPass)})`,
  );
  if (b.frameworkJs) {
    console.log(
      `       of it Next's and React's own: ${kb(b.frameworkJs.gzip)} gzip in ${b.frameworkJs.count} chunks, what a page with no client code of ours loads (the not-found page)`,
    );
  }
  console.log(
    b.css.count === 0
      ? "  CSS  inside the HTML (next.config.mjs inlineCss): no stylesheet request"
      : `  CSS  ${kb(b.css.raw)} raw, ${kb(b.css.gzip)} gzip in ${b.css.count} file(s)`,
  );
  console.log(`  legacy polyfills (nomodule, not loaded by current browsers) ${kb(b.legacyJs.gzip)} gzip`);
}
const pg = http[1];
if (scale && pg) {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(
    `\nTwo servers on one PostgreSQL behind nginx (${os.cpus().length} cores shared by both, nginx and PostgreSQL):`,
  );
  console.log(
    `  Reader, 50 clients: ${scale.reader50.rps.toFixed(0)} req/s, p50 / p99 ${pair(scale.reader50.full.p50, scale.reader50.full.p99)} ms, ${scale.reader50.errors} errors — ${ratio(scale.reader50.rps, pg.reader50.rps)} one server's throughput`,
  );
  console.log(
    `  Grading, 50 learners: ${scale.grading.rps.toFixed(0)} req/s, p50 / p99 ${pair(scale.grading.p50, scale.grading.p99)} ms, ${scale.grading.errors} errors of ${scale.grading.graded} — ${ratio(scale.grading.rps, pg.grading.rps)} one server's`,
  );
  if (scale.grading.firstFailure) console.log(`  first failure: ${scale.grading.firstFailure}`);
}
if (lighthouse) {
  console.log(
    `\nLighthouse, mobile preset, seed reader on PGlite (median of ${lighthouse.runs.length}: ${lighthouse.runs.join(", ")}): score ${lighthouse.score} (target ≥ 95: ${verdict(lighthouse.score >= 95)}), TBT ${lighthouse.tbt} ms (target ≤ 200: ${verdict(lighthouse.tbt <= 200)}), FCP ${lighthouse.fcp} ms, LCP ${lighthouse.lcp} ms, TTI ${lighthouse.tti} ms`,
  );
}
const imp = imports.find((i) => i);
if (imp) {
  console.log(
    `\nImport: ${imp.words} words in ${imp.pastes} pastes (one paste holds at most ${imp.maxPasteChars.toLocaleString("en")} characters ≈ ${imp.onePaste.words} words; importer + engine for one full paste ${ms(imp.onePaste.analyseMs)} ms).`,
  );
}
if (engine) console.log(`\nEngine (scripts/bench-engine.ts):\n${engine.trimEnd().replace(/^/gm, "  ")}`);
const failures = http.flatMap((h, i) =>
  h?.grading.firstFailure ? [`${DATABASES[i]![1]}: ${h.grading.firstFailure}`] : [],
);
if (failures.length) console.log(`\nFirst grading failure: ${failures.join("; ")}`);
