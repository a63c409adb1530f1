import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getClassDashboard } from "@/lib/classes/data";
import { classDashboardCsv, csvFileName } from "@/lib/classes/export";
import { getViewer } from "@/lib/server/session";

// Only the class's teacher gets the file; for everyone else the class does not exist (404).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const dashboard = viewer.role === "TEACHER" ? await getClassDashboard(viewer.id, id) : null;
  if (!dashboard) return Response.json({ error: "not_found" }, { status: 404 });
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const csv = await classDashboardCsv(dashboard, locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(dashboard.name)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
