import { type AppErrorCode, HTTP_STATUS } from "@/lib/errors";
import { getViewer } from "@/lib/server/session";
import { exportRows } from "@/lib/vocabulary/data";
import { toAnki, toCsv } from "@/lib/vocabulary/export-format";
import { exportFormat, vocabularyFilters } from "@/lib/vocabulary/schema";

const FILES = {
  anki: { render: toAnki, type: "text/plain; charset=utf-8", name: "bruecke-vocabulary-anki.txt" },
  csv: { render: toCsv, type: "text/csv; charset=utf-8", name: "bruecke-vocabulary.csv" },
} as const;

const failure = (code: AppErrorCode) =>
  Response.json({ error: code }, { status: HTTP_STATUS[code], headers: { "cache-control": "no-store" } });

/** GET /api/vocabulary/export?format=anki|csv (+ the list's filters): the signed-in learner's words only. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return failure("unauthenticated");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const format = exportFormat.safeParse(params.format);
  if (!format.success) return failure("invalid_input");
  const { page: _page, ...filters } = vocabularyFilters.parse(params);
  try {
    const file = FILES[format.data];
    const body = file.render(await exportRows(viewer.id, filters));
    return new Response(body, {
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${file.name}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    console.error("vocabulary export failed", error);
    return failure("internal");
  }
}
