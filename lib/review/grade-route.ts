// POST /api/review/grade answered by scripts/serve.mjs itself, from a bundle of this module that `next
// build` leaves in the build folder (scripts/build-grade-route.mjs): the Next route's own handler
// (./grade-handler.ts) without Next's request pipeline (its router, a NextRequest over undici's streams,
// the response piped back and gzipped), over half of the app server's CPU per grade. What that pipeline adds
// for this path is added the same way (lib/server/node-web.ts); the handler does every check itself, and the
// proxy never ran for this path. Shares the process's one database client with Next (lib/server/db.ts).
import "server-only";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { logger } from "@/lib/server/logger";
import {
  BodyTooLargeError,
  configHeaders,
  type RoutesManifest,
  readBody,
  sendWebResponse,
  toWebRequest,
} from "@/lib/server/node-web";
import { GRADE_PATH } from "./grade-client";
import { bodyTooLarge, GRADE_BODY_LIMIT, gradeRequest } from "./grade-handler";

export interface NodeRoute {
  /** Whether this route answers the request (else Next does). */
  serves(request: IncomingMessage): boolean;
  serve(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/**
 * The grade route for a server started as next({ hostname, port }) on the build in `distDir`, or null when
 * next.config.mjs gives the path conditional headers (then Next answers it, as it can evaluate them).
 */
export function gradeRoute(options: { distDir: string; hostname: string; port: number }): NodeRoute | null {
  const manifest = JSON.parse(readFileSync(path.join(options.distDir, "routes-manifest.json"), "utf8"));
  const headers = configHeaders(manifest as RoutesManifest, GRADE_PATH);
  if (!headers) return null;
  return {
    serves: (request) => request.method === "POST" && request.url?.split("?", 1)[0] === GRADE_PATH,
    async serve(request, response) {
      try {
        const web = toWebRequest(request, await readBody(request, GRADE_BODY_LIMIT), options);
        await sendWebResponse(response, await gradeRequest(web), headers);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          // Answered before the rest is read: the connection closes rather than take in what is left.
          response.setHeader("connection", "close");
          await sendWebResponse(response, bodyTooLarge(), headers);
          return;
        }
        // gradeRequest answers its own failures: this is a request cut off, or a fault here. A bare 500, as Next's.
        logger.error({ err: error, event: "request_failed", method: "POST", path: GRADE_PATH }, "request failed");
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      }
    },
  };
}
