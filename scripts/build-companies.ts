// Builds data/gazetteer/companies.txt, names of companies and brands (Volkswagen, Zalando, Lufthansa), which
// the engine reads as names where the dictionary has no word of that spelling (lib/german/gazetteer.ts,
// analyse-word.ts), from the company-name dictionary of the npm package @cspell/dict-companies (MIT). See
// data/gazetteer/README.md.
// Usage: npx tsx scripts/build-companies.ts [/dir/with/the/unpacked/package]   (default .cache/gazetteer/dict-companies)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = process.argv[2] ?? join(process.cwd(), ".cache/gazetteer/dict-companies");
const OUT = join(process.cwd(), "data/gazetteer/companies.txt");

// The list holds the words of companies' names one a line ("Deutsche", "Bank", "Income", "Railway") and
// stock tickers ("AAPL"). Kept: single capitalised words with a small letter after the first (Volkswagen,
// ThyssenKrupp, Mercedes-Benz); all-capital words are names to the engine already (BASF, ZDF), and the
// ordinary words among the rest are left to the dictionary at run time.
const NAME = /^\p{Lu}(?=[\p{L}\d&'.-]*\p{Ll})[\p{L}\d&'.-]{2,}$/u;

const names = new Set<string>();
for (const line of readFileSync(join(DIR, "dict/companies.txt"), "utf8").split(/\r\n?|\n/)) {
  const name = line.trim();
  if (NAME.test(name)) names.add(name);
}
const lines = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, `${lines.join("\n")}\n`);
console.log(`${lines.length} names → ${OUT}`);
