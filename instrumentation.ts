import type { Instrumentation } from "next";

/**
 * Every error Next turns into a 500 (a page, a route handler or a server action that threw) is one
 * JSON line in the server log. Errors the app maps itself are logged where they are mapped
 * (lib/server/action-client.ts, the route handlers' catch blocks).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/server/logger");
  logger.error(
    {
      err: error,
      event: "request_failed",
      method: request.method,
      path: request.path.split("?")[0],
      routeType: context.routeType,
      routePath: context.routePath,
    },
    "request failed",
  );
};
