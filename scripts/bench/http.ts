// The HTTP half of `npm run bench`, against a running production server (scripts/bench.sh starts it):
// reader latency next to a static copy of its own HTML (the floor), transferred bytes, and 50 learners
// grading cards as the review page does (POST /api/review/grade). Writes one JSON file; scripts/bench/report.ts prints it.
// Usage: tsx scripts/bench/http.ts --base http://127.0.0.1:3400 --dist .next-bench --out .tmp/bench/http-pglite.json [--pid <server pid>]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type RequestParams } from "autocannon";
import { AppClient, type Session, sampleWord } from "../../tests/support/app-client";
import { classBurst, readerDuringImport } from "./class-load";
import { percentile, pool } from "./stats";

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    dist: { type: "string" },
    out: { type: "string" },
    pid: { type: "string" },
    "static-port": { type: "string" },
    "grading-only": { type: "boolean" },
    // How grades are sent: "route" (POST /api/review/grade, what the review page does) or "action" (the
    // gradeCard server action of builds before it), to measure one against the other.
    "grade-via": { type: "string", default: "route" },
    // Several servers behind the proxy: only the reader with 50 clients and grading, learners signed up at setup-base.
    "scale-only": { type: "boolean" },
    "setup-base": { type: "string" },
  },
});
const base = args.base!;
const outFile = args.out!;
const LEARNERS = 50;
const WORDS_PER_LEARNER = 12;
const CLASS_SIZE = 30;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Latency {
  requests: number;
  rps: number;
  errors: number;
  ttfb: { p50: number; p99: number };
  full: { p50: number; p99: number };
}

/** autocannon run that also records time to first byte (headers parsed) per request. */
async function measure(url: string, connections: number, seconds: number): Promise<Latency> {
  const ttfb: number[] = [];
  const full: number[] = [];
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    setupClient(client) {
      let started = 0;
      client.on("request", () => (started = performance.now()));
      client.on("headers", () => ttfb.push(performance.now() - started));
      client.on("response", () => full.push(performance.now() - started));
    },
  });
  ttfb.sort((a, b) => a - b);
  full.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
    ttfb: { p50: percentile(ttfb, 50), p99: percentile(ttfb, 99) },
    full: { p50: percentile(full, 50), p99: percentile(full, 99) },
  };
}

/** Bytes on the wire for one URL, as sent plain and gzipped. */
function transferSize(url: string, encoding: "identity" | "gzip"): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () =>
          response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${response.statusCode}`)),
        );
      })
      .on("error", reject);
  });
}

async function sizes(urls: string[]) {
  const each = await Promise.all(
    urls.map(async (url) => ({ raw: await transferSize(url, "identity"), gzip: await transferSize(url, "gzip") })),
  );
  return { count: urls.length, raw: each.reduce((n, s) => n + s.raw, 0), gzip: each.reduce((n, s) => n + s.gzip, 0) };
}

/** The module scripts a page loads; modern browsers skip `nomodule` ones (Next's legacy polyfills). */
function pageScripts(html: string) {
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const url = (m: RegExpMatchArray) => new URL(m[1]!, base).toString();
  return {
    scripts: [...new Set(tags.filter((m) => !/\snomodule/i.test(m[0])).map(url))],
    legacy: tags.filter((m) => /\snomodule/i.test(m[0])).map(url),
  };
}

/** First-load JS of a page with no client code of ours (the not-found page): Next's and React's own share. */
async function frameworkFloorJs(app: AppClient) {
  return sizes(pageScripts((await app.get("/en/bench-no-such-page")).text).scripts);
}

async function readerBytes(app: AppClient, readerUrl: string, html: string) {
  const { scripts, legacy } = pageScripts(html);
  const styles = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => new URL((m[1] ?? m[2])!, base).toString());
  return {
    html: await sizes([readerUrl]),
    js: await sizes(scripts),
    frameworkJs: await frameworkFloorJs(app),
    css: await sizes([...new Set(styles)]),
    legacyJs: await sizes(legacy),
    flight: flightBytes(html),
  };
}

/** How much of the HTML is the inline RSC payload (self.__next_f.push), and how much of that the UI messages. */
function flightBytes(html: string) {
  const payload = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
    (n, m) => n + m[1]!.length,
    0,
  );
  const messages = /"messages\\?":\{/.exec(html);
  let messagesBytes = 0;
  if (messages) {
    let depth = 0;
    for (let i = messages.index + messages[0].length - 1; i < html.length; i++) {
      if (html[i] === "{") depth++;
      else if (html[i] === "}" && --depth === 0) {
        messagesBytes = i - messages.index;
        break;
      }
    }
  }
  return { payload, messages: messagesBytes };
}

async function startStaticServer(file: string, port: number) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "static-server.ts"), file, String(port)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await once(child.stdout!, "data");
  return child;
}

async function createLearners(app: AppClient): Promise<(Session & { cards: { cardId: string; version: number }[] })[]> {
  const run = Date.now().toString(36);
  return pool(
    Array.from({ length: LEARNERS }, (_, i) => i),
    10,
    async (i) => {
      const session = await app.signUp({
        name: `Bench ${i}`,
        email: `bench-${run}-${i}@example.test`,
        password: "bench-Zugspitze-Wanderweg",
        ip: `10.77.${i >> 8}.${i & 255}`,
      });
      for (let w = 0; w < WORDS_PER_LEARNER; w++) {
        const saved = await app.call(session, "lib/vocabulary/actions.ts#saveWord", sampleWord(w));
        if (!saved.result?.ok) throw new Error(`saveWord failed: ${saved.status} ${saved.text.slice(0, 200)}`);
      }
      const cards = await app.reviewCards(session);
      if (cards.length !== WORDS_PER_LEARNER)
        throw new Error(`expected ${WORDS_PER_LEARNER} cards, the review page shows ${cards.length}`);
      return { ...session, cards };
    },
  );
}

/** 50 learners, one connection each, grading their cards in turn (each grade sends the version it was shown). */
async function gradingLoad(app: AppClient, learners: Awaited<ReturnType<typeof createLearners>>, seconds: number) {
  const cpuBefore = cpuMs();
  const viaAction = args["grade-via"] === "action";
  const actionId = viaAction ? app.action("lib/review/actions.ts#gradeCard").id : "";
  let next = 0;
  let ok = 0;
  let failed = 0;
  let firstFailure = "";
  // One request list per connection (autocannon's setupClient/setRequests), so each connection is one
  // learner and keeps its card versions in this closure.
  const requestsFor = (learner: (typeof learners)[number]) => {
    let turn = 0;
    let card = learner.cards[0]!;
    return [
      {
        method: "POST",
        path: viaAction ? "/en/review" : "/api/review/grade",
        setupRequest: (request: RequestParams) => {
          card = learner.cards[turn++ % learner.cards.length]!;
          const input = { cardId: card.cardId, version: card.version, grade: 3, mode: "recognition", durationMs: 1500 };
          return {
            ...request,
            headers: (viaAction
              ? {
                  "next-action": actionId,
                  "content-type": "text/plain;charset=UTF-8",
                  accept: "text/x-component",
                  origin: base,
                  cookie: learner.cookie,
                }
              : { "content-type": "application/json", origin: base, cookie: learner.cookie }) as Record<string, string>,
            body: JSON.stringify(viaAction ? [input] : input),
          };
        },
        onResponse: (status: number, body: string) => {
          if (status === 200 && (viaAction ? body.includes('"ok":true') : body.includes('"logId"'))) {
            card.version++;
            ok++;
          } else {
            failed++;
            firstFailure ||= `${status} ${body.slice(0, 200)}`;
          }
        },
      },
    ];
  };
  const result = await autocannon({
    url: `${base}/en/review`,
    connections: learners.length,
    duration: seconds,
    timeout: 30,
    setupClient: (client) => client.setRequests(requestsFor(learners[next++ % learners.length]!)),
  });
  const cpuAfter = cpuMs();
  // CPU time per grade does not depend on what else the machine runs, as throughput does: the figure to
  // compare between runs on a busy machine.
  const perGrade = (before: number | null, after: number | null) =>
    before === null || after === null || ok === 0 ? null : (after - before) / ok;
  return {
    graded: ok,
    rps: ok / result.duration,
    cpuMsPerGrade: {
      server: perGrade(cpuBefore.server, cpuAfter.server),
      database: perGrade(cpuBefore.database, cpuAfter.database),
    },
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: failed + result.errors + result.timeouts,
    firstFailure,
  };
}

// Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ, the same on every architecture Node runs on).
const TICK_MS = 10;

/** CPU time (user + system, ms) of one process from /proc, or null when it cannot be read. */
function processCpuMs(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** The app server's CPU time (--pid) and that of every PostgreSQL process on the machine (0 with PGlite, in-process). */
function cpuMs(): { server: number | null; database: number | null } {
  let database = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres") database += processCpuMs(pid) ?? 0;
    } catch {
      // the process ended while we looked
    }
  }
  return { server: args.pid ? processCpuMs(args.pid) : null, database };
}

function serverRssMb(pid: string | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function main() {
  const app = new AppClient(base, args.dist ?? ".next");
  if (args["grading-only"]) {
    // For profiling the server: only the grading load, printed instead of written.
    console.log(await gradingLoad(app, await createLearners(app), SECONDS * 2));
    return;
  }
  if (args["scale-only"]) {
    const setup = new AppClient(args["setup-base"] ?? base, args.dist ?? ".next");
    const readerUrl = `${base}${await setup.seedReaderPath()}`;
    await measure(readerUrl, 10, 2); // warm-up: every server behind the proxy
    const reader50 = await measure(readerUrl, 50, SECONDS);
    console.error(`  ${LEARNERS} learners sign up (at ${setup.base}) and save ${WORDS_PER_LEARNER} words each…`);
    const grading = await gradingLoad(app, await createLearners(setup), SECONDS * 2);
    writeFileSync(outFile, JSON.stringify({ reader50, grading }, null, 2));
    return;
  }
  const readerPath = await app.seedReaderPath();
  const readerUrl = `${base}${readerPath}`;
  const html = (await app.get(readerPath)).text;
  const htmlFile = outFile.replace(/\.json$/, ".reader.html");
  writeFileSync(htmlFile, html);
  const staticPort = Number(args["static-port"] ?? 3499);
  const staticServer = await startStaticServer(htmlFile, staticPort);
  const staticUrl = `http://127.0.0.1:${staticPort}/`;
  try {
    console.error("  reader and static floor…");
    await measure(readerUrl, 10, 2); // warm-up: JIT, caches, database pages
    const reader1 = await measure(readerUrl, 1, SECONDS);
    const static1 = await measure(staticUrl, 1, SECONDS);
    const reader50 = await measure(readerUrl, 50, SECONDS);
    const static50 = await measure(staticUrl, 50, SECONDS);
    const bytes = await readerBytes(app, readerUrl, html);
    console.error(`  ${LEARNERS} learners sign up and save ${WORDS_PER_LEARNER} words each…`);
    const learners = await createLearners(app);
    // A class of 30 opens the passage at once: first in German (a page no one has opened yet on this
    // server, so its article markup is built while they wait), then in English (already built).
    console.error("  a class of 30 opens the passage at once…");
    const classOf30 = learners.slice(0, CLASS_SIZE);
    const burstFirst = await classBurst(base, readerPath.replace(/^\/en\//, "/de/"), classOf30);
    const burstAgain = await classBurst(base, readerPath, classOf30);
    console.error("  reading while another learner imports 50,000 characters…");
    const duringImport = await readerDuringImport(
      app,
      readerPath,
      learners.slice(0, 5),
      learners.at(-1)!,
      SECONDS * 1000,
    );
    console.error("  grading…");
    const grading = await gradingLoad(app, learners, SECONDS * 2);
    const result = {
      readerPath,
      reader1,
      static1,
      reader50,
      static50,
      bytes,
      grading,
      burstFirst,
      burstAgain,
      duringImport,
      serverRssMb: serverRssMb(args.pid),
    };
    writeFileSync(outFile, JSON.stringify(result, null, 2));
  } finally {
    staticServer.kill();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
