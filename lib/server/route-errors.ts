import "server-only";
import { type AppErrorCode, HTTP_STATUS } from "@/lib/errors";
import { logger } from "./logger";

/** A route handler's error answer: `{"error": code}` with the code's status, never cached. */
export function routeFailure(code: AppErrorCode): Response {
  return Response.json({ error: code }, { status: HTTP_STATUS[code], headers: { "cache-control": "no-store" } });
}

/** An error a route handler did not expect: one line in the server log, a generic 500 to the caller. */
export function routeError(route: string, error: unknown): Response {
  logger.error({ err: error, event: "route_failed", route }, "route handler failed");
  return routeFailure("internal");
}
