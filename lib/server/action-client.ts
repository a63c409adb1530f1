import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { type ActionResult, isGeneralAppError } from "@/lib/errors";
import { logger } from "./logger";
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

/** Input parsed as every action parses it (NUL dropped, then zod), or invalid_input with the fields' messages. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; error: "invalid_input"; fields: Record<string, string[]> } {
  const parsed = schema.safeParse(withoutNul(raw));
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return { ok: false, error: "invalid_input", fields };
}

/** U+0000 is never meant as text, and PostgreSQL cannot store it (a 500 otherwise): drop it from every string. */
function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\u0000", "");
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, withoutNul(entry)]));
  }
  return value;
}
