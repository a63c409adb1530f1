import { getPriority } from "node:os";
import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { lowerThreadPriority, type ThreadPriorityHost } from "./thread-priority";

const linux = (over: Partial<ThreadPriorityHost> = {}): ThreadPriorityHost => ({
  platform: "linux",
  readlink: () => "4242/task/4250",
  setPriority: vi.fn(),
  ...over,
});

describe("lowerThreadPriority", () => {
  it("lowers the calling thread by its id, not the process", () => {
    const host = linux();
    expect(lowerThreadPriority(19, host)).toBe(true);
    expect(host.setPriority).toHaveBeenCalledWith(4250, 19);
  });

  it("returns false, never throws, where it cannot apply", () => {
    const elsewhere = linux({ platform: "darwin" });
    expect(lowerThreadPriority(19, elsewhere)).toBe(false);
    expect(elsewhere.setPriority).not.toHaveBeenCalled();
    const noProc = () => {
      throw new Error("ENOENT: /proc/thread-self");
    };
    expect(lowerThreadPriority(19, linux({ readlink: noProc }))).toBe(false);
    expect(lowerThreadPriority(19, linux({ readlink: () => "self" }))).toBe(false);
    const refused = () => {
      throw new Error("EACCES: setpriority");
    };
    expect(lowerThreadPriority(19, linux({ setPriority: refused }))).toBe(false);
  });

  it.runIf(process.platform === "linux")(
    "on Linux, lowers a worker thread and leaves the process's main thread",
    async () => {
      const before = getPriority(0);
      const helper = new URL("./thread-priority.ts", import.meta.url).href;
      // The worker loads the helper through tsx's loader, lowers itself, then reports what the kernel says
      // of its own thread (getPriority(0) is the calling thread's on Linux).
      const code = `
      const { parentPort } = require("node:worker_threads");
      const { getPriority } = require("node:os");
      import("tsx/esm/api")
        .then(({ register }) => (register(), import(${JSON.stringify(helper)})))
        .then((m) => parentPort.postMessage({ lowered: m.lowerThreadPriority(), nice: getPriority(0) }));
    `;
      const worker = new Worker(code, { eval: true });
      const reply = await new Promise<{ lowered: boolean; nice: number }>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      await worker.terminate();
      expect(reply).toEqual({ lowered: true, nice: 19 });
      expect(getPriority(0)).toBe(before);
    },
  );
});
