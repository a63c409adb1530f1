// Lighthouse (its default mobile preset: Moto G Power screen, simulated slow 4G, 4× CPU slowdown) on
// the seed article's reader, with Debian's chromium. Lighthouse is a bench-only tool: bench.sh installs
// a pinned copy into .tmp/lighthouse (it is not one of the app's dependencies).
// Usage: tsx scripts/bench/lighthouse.ts --url http://127.0.0.1:3400/en/read/<id> --prefix .tmp/lighthouse --out file.json
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: { url: { type: "string" }, prefix: { type: "string" }, out: { type: "string" }, runs: { type: "string" } },
});
const modules = path.resolve(args.prefix!, "node_modules");
const load = (file: string) => import(pathToFileURL(path.join(modules, file)).href);

interface Audit {
  numericValue?: number;
}
interface Result {
  categories: { performance: { score: number } };
  audits: Record<string, Audit>;
}

async function main() {
  const { default: lighthouse } = (await load("lighthouse/core/index.js")) as {
    default: (url: string, flags: object) => Promise<{ lhr: Result } | undefined>;
  };
  const chromeLauncher = (await load("chrome-launcher/dist/index.js")) as {
    launch(options: object): Promise<{ port: number; kill(): Promise<void> }>;
  };
  const runs: Result[] = [];
  for (let i = 0; i < Number(args.runs ?? 3); i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
    });
    try {
      const result = await lighthouse(args.url!, {
        port: chrome.port,
        onlyCategories: ["performance"],
        output: "json",
      });
      if (!result) throw new Error("lighthouse returned nothing");
      runs.push(result.lhr);
    } finally {
      await chrome.kill();
    }
  }
  // The median run by score, as Lighthouse's own guidance suggests for noisy machines.
  runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const median = runs[Math.floor(runs.length / 2)]!;
  const ms = (id: string) => Math.round(median.audits[id]?.numericValue ?? Number.NaN);
  const summary = {
    runs: runs.map((r) => Math.round(r.categories.performance.score * 100)),
    score: Math.round(median.categories.performance.score * 100),
    tbt: ms("total-blocking-time"),
    tti: ms("interactive"),
    fcp: ms("first-contentful-paint"),
    lcp: ms("largest-contentful-paint"),
    cls: median.audits["cumulative-layout-shift"]?.numericValue ?? null,
  };
  writeFileSync(args.out!, JSON.stringify(summary, null, 2));
  console.error(`  lighthouse (mobile): ${JSON.stringify(summary)}`);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
