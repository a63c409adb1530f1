import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import loglevel from "loglevel";

/** What DeepL answered to one call: the last HTTP status and the X-Trace-ID DeepL's support asks for. */
export interface DeeplExchange {
  status?: number;
  traceId?: string;
}

const current = new AsyncLocalStorage<DeeplExchange>();

// deepl-node 1.28 keeps the status and X-Trace-ID of a failed response to itself; it only tells its
// own "deepl" logger (loglevel). A method factory reads both from there into the exchange of the
// call in progress (AsyncLocalStorage keeps concurrent calls apart) and prints nothing, so request
// details (texts) and response bodies logged at debug level never leave the process.
// loglevel must be the instance deepl-node requires: next.config.mjs keeps both external.
const deeplLog = loglevel.getLogger("deepl");
deeplLog.methodFactory = () => (message: unknown) => {
  const exchange = current.getStore();
  if (!exchange || typeof message !== "string") return;
  const trace = /^Trace details:, xTraceId = (\S+)$/.exec(message);
  if (trace && trace[1] !== "undefined") exchange.traceId = trace[1];
  const response = /^DeepL API response \S+ \S+ (\d{3})$/.exec(message);
  if (response) exchange.status = Number(response[1]);
};
deeplLog.setLevel("debug");

/** Runs one deepl-node call and records what DeepL answered into `exchange`. */
export function recordExchange<T>(exchange: DeeplExchange, call: () => Promise<T>): Promise<T> {
  return current.run(exchange, call);
}
