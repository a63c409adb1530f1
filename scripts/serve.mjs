// `next start`, plus the one thing it cannot do: tell the app which address a request really came from.
// `next start` keeps the socket's address to itself and passes on an X-Forwarded-For a client wrote, so
// per-address limits could be dodged by rotating that header. Here the socket's address (which no client
// can choose) goes into x-bruecke-peer, replacing anything a client sent, and lib/server/client-address.ts
// believes X-Forwarded-For only when that peer is one of TRUSTED_PROXIES.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]   (PORT from the environment otherwise, 3000; all
// interfaces unless -H, as `next start`: HOSTNAME is not read, since containers set it to their own name)
// It also answers POST /api/review/grade itself, with the Next route's own handler (lib/review/grade-route.ts).
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { GRADE_ROUTE_BUNDLE } from "./build-grade-route.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
process.env.NODE_ENV ??= "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
// The mark lib/server/client-address.ts checks before it believes the header (plain `next start` has none).
globalThis[Symbol.for("bruecke.serve.peer-header")] = true;

const { default: next } = await import("next");
const app = next({ dev: false, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
const gradeRoute = await loadGradeRoute();

const server = createServer((request, response) => {
  request.headers["x-bruecke-peer"] = request.socket.remoteAddress ?? "";
  if (gradeRoute?.serves(request)) gradeRoute.serve(request, response);
  else handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▲ Brücke ready on http://${hostname ?? "localhost"}:${port}`);
});

/** The grade route's bundle from this build (scripts/build-grade-route.mjs), or null: then Next answers it. */
async function loadGradeRoute() {
  // The build folder as next.config.mjs names it.
  const bundle = path.resolve(process.env.NEXT_DIST_DIR || ".next", GRADE_ROUTE_BUNDLE);
  if (!existsSync(bundle)) {
    console.warn(`${bundle} is missing (built by next build since issue 13): Next answers the grade route`);
    return null;
  }
  try {
    const { gradeRoute } = await import(pathToFileURL(bundle).href);
    return gradeRoute({ distDir: path.dirname(path.dirname(bundle)), hostname: hostname ?? "localhost", port });
  } catch (error) {
    // E.g. no BETTER_AUTH_SECRET (lib/server/auth.ts refuses to load): Next answers, and fails, as it always did.
    console.error(`${bundle} did not load: Next answers the grade route.`, error);
    return null;
  }
}

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
