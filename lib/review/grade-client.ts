// The review page's call to POST /api/review/grade, answering as a server action would (ActionResult), so
// the page handles both the same way. A failed fetch rejects, as a failed action call does.

import type { z } from "zod";
import type { ActionResult, AppErrorCode } from "@/lib/errors";
import type { GradeResult } from "./mutations";
import type { gradeInput } from "./schema";

export const GRADE_PATH = "/api/review/grade";

export async function postGrade(input: z.input<typeof gradeInput>): Promise<ActionResult<GradeResult>> {
  const response = await fetch(GRADE_PATH, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as GradeResult | { error: AppErrorCode; fields?: Record<string, string[]> };
  if (response.ok) return { ok: true, data: body as GradeResult };
  const { error, fields } = body as { error: AppErrorCode; fields?: Record<string, string[]> };
  return fields ? { ok: false, error, fields } : { ok: false, error };
}
