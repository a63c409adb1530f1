// Lowers the calling thread's scheduling priority, for a worker whose work can wait: on a machine with few
// cores the server's request thread then wins the CPU while it has requests, and the background job only
// takes longer. Linux only, where a nice value belongs to one thread, named by its id in /proc/thread-self
// ("<pid>/task/<tid>"). Elsewhere setpriority names a whole process (the server with it), so nothing is done.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The lowest priority there is: the thread runs when nothing else wants the core. */
export const BACKGROUND_NICENESS = 19;

export interface ThreadPriorityHost {
  platform: NodeJS.Platform;
  readlink: (path: string) => string;
  setPriority: (pid: number, priority: number) => void;
}

const host: ThreadPriorityHost = { platform: process.platform, readlink: readlinkSync, setPriority };

/** Lowers this thread (not its process) to `niceness`; false where that cannot apply. Never throws. */
export function lowerThreadPriority(niceness = BACKGROUND_NICENESS, on: ThreadPriorityHost = host): boolean {
  if (on.platform !== "linux") return false;
  try {
    const tid = Number(/\/task\/(\d+)$/.exec(on.readlink("/proc/thread-self"))?.[1]);
    if (!Number.isInteger(tid) || tid <= 0) return false;
    on.setPriority(tid, niceness);
    return true;
  } catch {
    // No /proc (a sandbox), or not permitted (a container's seccomp policy): the thread keeps its priority.
    return false;
  }
}
