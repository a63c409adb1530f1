import { toLocale } from "@/i18n/routing";
import { getPassageForReader } from "@/lib/reading/data";
import { viewerArticle } from "@/lib/reading/viewer-article";
import { routeFailure as failure, routeError } from "@/lib/server/route-errors";
import { getViewer } from "@/lib/server/session";

/**
 * GET /api/passages/<id>/article?locale=<en|de>: the article's HTML with the viewer's read marks, as the
 * reader page renders it. Only a client-side navigation to the reader asks for it (a full load has it in
 * the page). Access is checked as for the page; the read marks make it the viewer's own, so no cache keeps it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ passageId: string }> }) {
  const { passageId } = await params;
  try {
    const locale = toLocale(new URL(request.url).searchParams.get("locale") ?? "");
    const viewer = await getViewer();
    const passage = await getPassageForReader(passageId, viewer?.id ?? null);
    if (!passage) return failure("not_found");
    const { html } = await viewerArticle(passage, locale);
    return new Response(html, {
      headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
    });
  } catch (error) {
    return routeError("GET /api/passages/[passageId]/article", error);
  }
}
