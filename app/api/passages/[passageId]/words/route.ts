import { sharedPassage } from "@/lib/reading/article-cache";
import { getPassageForReader } from "@/lib/reading/data";
import { routeFailure as failure, routeError } from "@/lib/server/route-errors";
import { getViewer } from "@/lib/server/session";

/**
 * GET /api/passages/<id>/words?v=<content version>: the reader's word data (each analysis once, per
 * sentence the index of each token's), so a card opens with no round trip. Fetched once per passage
 * version: the version in the URL changes with the content, so the browser may keep it for good.
 * Access is checked on every request, as for the reader page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ passageId: string }> }) {
  const { passageId } = await params;
  try {
    const viewer = await getViewer();
    const passage = await getPassageForReader(passageId, viewer?.id ?? null);
    if (!passage) return failure("not_found");
    const { words } = await sharedPassage(passage.id, passage.version);
    const current = new URL(request.url).searchParams.get("v") === passage.version;
    return Response.json(words, {
      headers: {
        // private: who may read a passage depends on the session, so no shared cache keeps it.
        "cache-control": current ? "private, max-age=31536000, immutable" : "private, no-cache",
        etag: `"${passage.id}-${passage.version}"`,
      },
    });
  } catch (error) {
    return routeError("GET /api/passages/[passageId]/words", error);
  }
}
