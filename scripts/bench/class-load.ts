// The class scenarios of issue 13, for `npm run bench`: a teacher says "open today's text" and a class of
// signed-in learners loads the same passage at once; and other learners keep reading while someone imports
// a 50,000-character text. Each learner sends its own session cookie, so every response carries its own
// overlay (word statuses, read marks).
import type { AppClient, Session } from "../../tests/support/app-client";
import { largeGermanText } from "../../tests/support/large-text";
import { percentile } from "./stats";

export interface Burst {
  learners: number;
  /** Every response a 200 with the whole page. */
  complete: number;
  slowestMs: number;
  p50Ms: number;
}

/** One reader request, timed to its last byte; complete when it is a 200 ending with the document's end. */
async function timedGet(url: string, session: Session) {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    return { ms: performance.now() - started, ok: response.status === 200 && text.trimEnd().endsWith("</html>") };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/** All learners ask for the page in the same instant; how long until the last one has all of it. */
export async function classBurst(base: string, path: string, learners: Session[]): Promise<Burst> {
  const results = await Promise.all(learners.map((learner) => timedGet(`${base}${path}`, learner)));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    learners: learners.length,
    complete: results.filter((r) => r.ok).length,
    slowestMs: times.at(-1) ?? Number.NaN,
    p50Ms: percentile(times, 50),
  };
}

interface Window {
  requests: number;
  failed: number;
  p50Ms: number;
  p99Ms: number;
}

/** Each reader reads the page again as soon as it has it, until `until` settles. */
async function readWhile(base: string, path: string, readers: Session[], until: Promise<unknown>): Promise<Window> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  let failed = 0;
  await Promise.all(
    readers.map(async (reader) => {
      while (!done) {
        const { ms, ok } = await timedGet(`${base}${path}`, reader);
        times.push(ms);
        if (!ok) failed++;
      }
    }),
  );
  times.sort((a, b) => a - b);
  return { requests: times.length, failed, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

export interface ReaderDuringImport {
  readers: number;
  chars: number;
  importMs: number;
  importOk: boolean;
  without: Window;
  during: Window;
}

/**
 * Reader latency for a few learners, first on its own for `baselineMs`, then while another learner imports
 * a 50,000-character text through the library's server action (analysis on the worker, batched writes).
 */
export async function readerDuringImport(
  app: AppClient,
  path: string,
  readers: Session[],
  importer: Session,
  baselineMs: number,
): Promise<ReaderDuringImport> {
  const without = await readWhile(app.base, path, readers, new Promise((resolve) => setTimeout(resolve, baselineMs)));
  const text = largeGermanText();
  const started = performance.now();
  const imported = app.call(
    importer,
    "lib/library/actions.ts#importOwnTextAction",
    { title: `Bench import ${Date.now()}`, text, translate: false },
    { locale: "en", timeoutMs: 300_000 },
  );
  const during = await readWhile(app.base, path, readers, imported);
  const result = await imported;
  return {
    readers: readers.length,
    chars: text.length,
    importMs: performance.now() - started,
    // The action answers { ok, data }, and the import itself says whether it stored the text.
    importOk:
      result.status === 200 && result.result?.ok === true && (result.result.data as { ok?: boolean })?.ok === true,
    without,
    during,
  };
}
