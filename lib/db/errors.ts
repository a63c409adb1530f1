// Which errors mean "the database is down or unreachable" (a translated "try again shortly", HTTP 503)
// rather than a bug (500). Classified by Prisma's error classes and codes, and by the driver's own
// codes where an error arrives unwrapped (better-auth passes some through as causes).
import { Prisma } from "@/lib/generated/prisma/client";

// P1001 can't reach the server, P1002 it timed out, P1008 the operation timed out, P1017 the server
// closed the connection, P2024 no connection from the pool in time.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What a driver adapter reports before Prisma maps it to a code.
const ADAPTER_UNAVAILABLE = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const PG_CONNECTION_ENDED = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Connection terminated due to connection timeout",
]);
// Sockets refused or cut by the operating system.
const SOCKET_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/** PostgreSQL SQLSTATE: class 08 is a connection exception, 57P01–57P03 the server shutting down or starting. */
function isUnavailableSqlState(code: unknown): boolean {
  return typeof code === "string" && (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code));
}

function isUnavailableError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (PRISMA_UNAVAILABLE.has(error.code)) return true;
    const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string; code?: string } } } | undefined)
      ?.driverAdapterError?.cause;
    return ADAPTER_UNAVAILABLE.has(cause?.kind ?? "") || isUnavailableSqlState(cause?.code);
  }
  if (typeof error !== "object" || error === null) return false;
  const { code, kind, message } = error as { code?: unknown; kind?: unknown; message?: unknown };
  // node-postgres ends a query on a dropped socket with one of these, and gives them no code.
  if (typeof message === "string" && PG_CONNECTION_ENDED.has(message)) return true;
  if (typeof kind === "string" && ADAPTER_UNAVAILABLE.has(kind)) return true;
  return (typeof code === "string" && SOCKET_UNAVAILABLE.has(code)) || isUnavailableSqlState(code);
}

/** True when the error, or one of its causes, says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (isUnavailableError(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
