// A worker thread of the analysis pool (./analyse-pool.ts): prepares passages off the request thread.
// The lexicon is loaded once per worker, on its first job, and kept.
import { parentPort } from "node:worker_threads";
import type { AnalyseJob, AnalyseReply } from "./analyse-pool";
import { preparePassage } from "./prepare";
import { BACKGROUND_NICENESS, lowerThreadPriority } from "./thread-priority";

/** How much progress (percent) is worth a message to the request thread. */
const PROGRESS_STEP = 5;

const port = parentPort;
if (port) {
  // Only this thread, not the server's: on a busy machine a learner's page waits less for an import, and
  // the import takes longer. Where it cannot apply the analysis is unchanged.
  lowerThreadPriority(BACKGROUND_NICENESS);
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
