import "server-only";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * The server log: one JSON object per line on stdout (pino), e.g.
 * {"level":"warn","time":"2026-12-02T08:00:00.000Z","msg":"DeepL request failed","kind":"quota","status":456,…}.
 * Written synchronously through process.stdout (synchronous for files and pipes on Linux), so the
 * line of a crash is not lost and no worker thread is needed. LOG_LEVEL sets the threshold (info).
 */
export function createLogger(destination: DestinationStream = process.stdout): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? "info",
      base: { service: "bruecke" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Only what errorFields picks: an error's own properties can hold request configs (keys, texts).
      serializers: { err: errorFields },
    },
    destination,
  );
}

export const logger = createLogger();

/** Type, message, code and stack of an error and its causes; never its other properties. */
export function errorFields(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
    stack: error.stack,
    ...(error.cause !== undefined && depth < 3 ? { cause: errorFields(error.cause, depth + 1) } : {}),
  };
}
