// A worker thread of the analysis pool (./analyse-pool.ts): prepares passages off the request thread.
// The lexicon is loaded once per worker, on its first job, and kept.
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import type { AnalyseJob, AnalyseReply } from "./analyse-pool";
import { preparePassage } from "./prepare";

/** How much progress (percent) is worth a message to the request thread. */
const PROGRESS_STEP = 5;

/** Nice value of this thread: below the request thread, which should win the cores while it serves readers. */
const BACKGROUND_NICENESS = 10;

const port = parentPort;
if (port) {
  // On Linux a nice value belongs to a thread, and pid 0 is the calling one: only this worker is lowered, so
  // on a busy machine a learner's page waits less for an import. Elsewhere it may lower the whole process,
  // or be refused; either way the analysis is unchanged.
  try {
    if (process.platform === "linux") setPriority(0, BACKGROUND_NICENESS);
  } catch {
    // Not permitted (a container's seccomp policy): the worker runs at the process's priority.
  }
  port.on("message", (job: AnalyseJob) => {
    let reported = 0;
    const send = (reply: AnalyseReply) => port.postMessage(reply);
    try {
      const prepared = preparePassage(job.imported, job.translations, (done, total) => {
        const percent = Math.floor((100 * done) / total);
        if (percent >= reported + PROGRESS_STEP) {
          reported = percent;
          send({ id: job.id, progress: done / total });
        }
      });
      send({ id: job.id, prepared });
    } catch (error) {
      send({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  port.postMessage({ ready: true } satisfies AnalyseReply);
}
