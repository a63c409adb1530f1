import { importKeyInput } from "@/lib/passages/import-key";
import { db } from "@/lib/server/db";
import { importProgress } from "@/lib/server/imports";
import { routeFailure as failure, routeError } from "@/lib/server/route-errors";
import { getViewer } from "@/lib/server/session";

/**
 * GET /api/imports/<key>: how far the viewer's import with this key is ("analysing"/"saving" and a
 * percentage, or "unknown" when it is not running). A route, not a server action: the browser runs one
 * server action at a time, and the import itself is one, still running while its page polls this.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  try {
    const viewer = await getViewer();
    if (!viewer) return failure("unauthenticated");
    const parsed = importKeyInput.safeParse(key);
    if (!parsed.success) return failure("not_found");
    return Response.json(await importProgress(db, viewer.id, parsed.data), {
      headers: { "cache-control": "private, no-store" },
    });
  } catch (error) {
    return routeError("GET /api/imports/[key]", error);
  }
}
