import "server-only";
import type { z } from "zod";
import { type ActionResult, AppError } from "@/lib/errors";
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
      const parsed = options.schema.safeParse(raw);
      if (!parsed.success) {
        const fields: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
        return { ok: false, error: "invalid_input", fields };
      }
      return { ok: true, data: await handler(parsed.data, viewer) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.code };
      console.error("server action failed", error);
      return { ok: false, error: isDatabaseDown(error) ? "unavailable" : "internal" };
    }
  };
}

function isDatabaseDown(error: unknown): boolean {
  const text = String((error as Error)?.message ?? error);
  return /ECONNREFUSED|Connection terminated|Can't reach database|ECONNRESET|57P01|connection/i.test(text);
}
