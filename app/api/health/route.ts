import { db } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health";

// Answered fresh for every probe: never cached, never prerendered at build time.
export const dynamic = "force-dynamic";

/** GET /api/health, for load balancers and operators: 200 when the app can serve, 503 when it cannot. No sign-in. */
export async function GET() {
  const health = await checkHealth(db);
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
