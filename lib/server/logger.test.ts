import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("the server log", () => {
  it("writes one JSON object per line with a level name and an ISO time", () => {
    const { logger, lines } = memoryLogger();
    logger.warn({ event: "deepl_failure", status: 456 }, "DeepL request failed");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      level: "warn",
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      service: "bruecke",
      event: "deepl_failure",
      status: 456,
      msg: "DeepL request failed",
    });
  });

  it("logs an error's type, message, code, stack and causes, never its other properties", () => {
    const { logger, lines } = memoryLogger();
    const cause = Object.assign(new Error("connect ECONNREFUSED"), {
      config: { headers: { Authorization: "DeepL-Auth-Key secret-key" }, data: "text=Geheimer+Satz" },
    });
    const error = Object.assign(new Error("query failed", { cause }), { code: "P2021", meta: { secret: "x" } });
    logger.error({ err: error }, "server action failed");
    const line = JSON.parse(lines[0]!);
    expect(line.err).toMatchObject({
      type: "Error",
      message: "query failed",
      code: "P2021",
      cause: { type: "Error", message: "connect ECONNREFUSED" },
    });
    expect(line.err.stack).toContain("logger.test.ts");
    expect(lines[0]).not.toMatch(/secret|Geheimer/);
  });
});
