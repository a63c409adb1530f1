import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { isGeneralAppError } from "@/lib/errors";
import { requestOrigin, STRICT_TRANSPORT_SECURITY } from "@/lib/security/request-checks";
import { parseInput } from "@/lib/server/parse-input";
import { readTextUpTo } from "@/lib/server/request-body";
import { routeFailure as failure, routeError } from "@/lib/server/route-errors";
import { signedSessionToken } from "@/lib/server/session-token";
import { gradeCardForSession } from "./mutations";
import { gradeInput } from "./schema";

const ROUTE = "POST /api/review/grade";
const noStore = { "cache-control": "no-store" };

/** A grade is a few small fields and an answer of at most TEXT_LIMITS.answer characters: 16 KiB is ample. */
export const GRADE_BODY_LIMIT = 16 * 1024;

/** The answer to a body over GRADE_BODY_LIMIT (413, never cached), wherever it is noticed. */
export function bodyTooLarge(): Response {
  return Response.json({ error: "invalid_input" }, { status: 413, headers: noStore });
}

/**
 * POST /api/review/grade {cardId, version, grade, mode, answer?, durationMs}: the review page grades here,
 * not through a server action, which cost ~14 ms of CPU a grade in Next's action pipeline and
 * better-auth's session lookup. The same checks in one round trip (lib/review/grade-sql.ts sessionCard):
 * same origin only (as for server actions), an unexpired session, the card the session's user owns (someone
 * else's is 404), the version the learner was shown (409 otherwise). Answers the grade's result as JSON, or
 * {"error": code} with the code's status (422 adds the fields' messages).
 *
 * Framework-free (a web Request in, a Response out), so two callers serve the same code: the Next route
 * (app/api/review/grade/route.ts) and scripts/serve.mjs, which answers this path itself from a bundle of
 * this module (lib/review/grade-route.ts) and so skips Next's request pipeline.
 * Neither runs the proxy for this path (proxy.ts), so the HSTS header is set here.
 */
export async function gradeRequest(request: Request): Promise<Response> {
  let response: Response;
  try {
    response = await grade(request);
  } catch (error) {
    // Only a fault outside grade()'s own catch (e.g. the auth context failing to load) gets here.
    response = routeError(ROUTE, error);
  }
  if (new URL(request.url).protocol === "https:")
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

async function grade(request: Request): Promise<Response> {
  if (request.headers.get("origin") !== requestOrigin(request)) return failure("forbidden");
  const token = await signedSessionToken(request);
  if (!token) return failure("unauthenticated");
  const text = await readTextUpTo(request, GRADE_BODY_LIMIT);
  if (text === null) return bodyTooLarge();
  const input = parseInput(gradeInput, parseJson(text));
  if (!input.ok) return Response.json({ error: input.error, fields: input.fields }, { status: 422, headers: noStore });
  try {
    return Response.json(await gradeCardForSession(token, input.data), { headers: noStore });
  } catch (error) {
    if (isGeneralAppError(error)) return failure(error.code);
    if (isDatabaseUnavailable(error)) return failure("unavailable");
    return routeError(ROUTE, error);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
