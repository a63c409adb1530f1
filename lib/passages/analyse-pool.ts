// The language engine on worker threads, so a 50,000-character analysis (seconds of CPU) does not stop
// the server from answering everyone else. One worker per spare core (at least one), each keeping its
// own lexicon; jobs queue for a free worker. Where no worker can start (an environment that cannot
// load the worker's code) the analysis runs on the calling thread, as before.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PassageTranslations } from "@/lib/align/translation-chooser";
import type { ImportedPassage } from "./import-text";
import { type PreparedPassage, preparePassage } from "./prepare";

export interface AnalyseJob {
  id: number;
  imported: ImportedPassage;
  translations?: PassageTranslations;
}

export type AnalyseReply =
  | { ready: true }
  | { id: number; progress: number }
  | { id: number; prepared: PreparedPassage }
  | { id: number; error: string };

type Pending = {
  job: AnalyseJob;
  onProgress?: (fraction: number) => void;
  resolve: (prepared: PreparedPassage) => void;
  reject: (error: Error) => void;
};

type Slot = { worker: Worker; busy: Pending | null; ready: boolean };

const SIZE = Math.max(1, Math.min(4, Number(process.env.BRUECKE_ANALYSIS_WORKERS) || availableParallelism() - 1));

const state = globalThis as unknown as {
  bruckeAnalysis?: { slots: Slot[]; queue: Pending[]; nextId: number; unavailable: boolean };
};
state.bruckeAnalysis ??= { slots: [], queue: [], nextId: 1, unavailable: false };
const pool = state.bruckeAnalysis;

function startWorker(): Slot | null {
  let worker: Worker;
  try {
    // Source (tests, scripts under tsx): the worker needs tsx too. Built (`next build`): the bundler
    // compiles the worker's entry on its own and this URL points at that.
    const fromSource = import.meta.url.endsWith(".ts");
    worker = new Worker(new URL("./analyse-worker.ts", import.meta.url), {
      execArgv: fromSource ? [...process.execArgv, "--import", "tsx"] : process.execArgv,
    });
  } catch {
    pool.unavailable = true;
    return null;
  }
  worker.unref();
  const slot: Slot = { worker, busy: null, ready: false };
  worker.on("message", (reply: AnalyseReply) => {
    if ("ready" in reply) {
      slot.ready = true;
      return;
    }
    const current = slot.busy;
    if (!current || current.job.id !== reply.id) return;
    if ("progress" in reply) return current.onProgress?.(reply.progress);
    slot.busy = null;
    worker.unref();
    if ("prepared" in reply) current.resolve(reply.prepared);
    else current.reject(new Error(`analysis failed: ${reply.error}`));
    dispatch();
  });
  const lost = (error: Error) => {
    pool.slots = pool.slots.filter((s) => s !== slot);
    const current = slot.busy;
    slot.busy = null;
    // A worker that never started cannot start here: analyse on this thread from now on.
    if (!slot.ready) pool.unavailable = true;
    if (current) {
      if (slot.ready) current.reject(error);
      else pool.queue.unshift(current);
    }
    dispatch();
  };
  worker.on("error", lost);
  worker.on("exit", (code) => lost(new Error(`analysis worker exited with code ${code}`)));
  return slot;
}

function dispatch(): void {
  while (pool.queue.length > 0) {
    if (pool.unavailable) {
      const next = pool.queue.shift()!;
      runHere(next);
      continue;
    }
    let slot = pool.slots.find((s) => s.busy === null);
    if (!slot && pool.slots.length < SIZE) {
      const started = startWorker();
      if (!started) continue;
      pool.slots.push(started);
      slot = started;
    }
    if (!slot) return;
    const next = pool.queue.shift()!;
    slot.busy = next;
    // A worker with a job keeps the process alive; an idle one does not.
    slot.worker.ref();
    slot.worker.postMessage(next.job);
  }
}

function runHere(pending: Pending): void {
  try {
    pending.resolve(
      preparePassage(pending.job.imported, pending.job.translations, (done, total) =>
        pending.onProgress?.(done / total),
      ),
    );
  } catch (error) {
    pending.reject(error as Error);
  }
}

/** preparePassage on a worker thread; `onProgress` hears the fraction of sentences analysed. */
export function analyseOffThread(
  imported: ImportedPassage,
  translations?: PassageTranslations,
  onProgress?: (fraction: number) => void,
): Promise<PreparedPassage> {
  return new Promise((resolve, reject) => {
    const job: AnalyseJob = { id: pool.nextId++, imported, ...(translations && { translations }) };
    pool.queue.push({ job, resolve, reject, ...(onProgress && { onProgress }) });
    dispatch();
  });
}
