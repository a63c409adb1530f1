import { routeFailure as failure, routeError } from "@/lib/server/route-errors";
import { getViewer } from "@/lib/server/session";
import { exportFile } from "@/lib/vocabulary/export-file";
import { exportQuery, vocabularyFilters } from "@/lib/vocabulary/schema";

/** GET /api/vocabulary/export?format=apkg|anki|csv[&all=1] (+ the list's filters): the signed-in learner's words only. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return failure("unauthenticated");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = exportQuery.safeParse(params);
  if (!query.success) return failure("invalid_input");
  const { page: _page, ...filters } = vocabularyFilters.parse(params);
  try {
    const { format, all, locale } = query.data;
    const file = await exportFile(viewer.id, { format, filters, includeAll: all, locale });
    return new Response(file.body as BodyInit, {
      headers: {
        "content-type": file.type,
        "content-disposition": `attachment; filename="${file.name}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return routeError("GET /api/vocabulary/export", error);
  }
}
