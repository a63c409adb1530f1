import type { z } from "zod";

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
