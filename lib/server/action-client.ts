import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { type ActionResult, isGeneralAppError } from "@/lib/errors";
import { logger } from "./logger";
import { parseInput } from "./parse-input";
import { getViewer, type Role, type Viewer } from "./session";

interface ActionOptions<S extends z.ZodType> {
  schema: S;
  /** Who may call it: any signed-in user, or teachers only. */
  role?: Role;
}

/**
 * Wraps a server action: checks the session (and role), parses input with zod, and maps errors to a
 * typed result. Ownership is the handler's job: it gets the viewer and must check what it touches.
 */
export function authedAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  handler: (input: z.infer<S>, viewer: Viewer) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const viewer = await getViewer();
      if (!viewer) return { ok: false, error: "unauthenticated" };
      if (options.role && viewer.role !== options.role) return { ok: false, error: "forbidden" };
      const parsed = parseInput(options.schema, raw);
      if (!parsed.ok) return parsed;
      return { ok: true, data: await handler(parsed.data, viewer) };
    } catch (error) {
      if (isGeneralAppError(error)) return { ok: false, error: error.code };
      const code = isDatabaseUnavailable(error) ? "unavailable" : "internal";
      logger.error({ err: error, event: "server_action_failed", code }, "server action failed");
      return { ok: false, error: code };
    }
  };
}
