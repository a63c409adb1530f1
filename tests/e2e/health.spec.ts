// GET /api/health as a load balancer sees it: no session, through proxy.ts, states only.
import { expect, test } from "@playwright/test";

test("answers 200 with the states only, to a visitor, never cached", async ({ request }) => {
  const response = await request.get("/api/health", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["content-type"]).toContain("application/json");
  // playwright.config.ts gives the server a DeepL key ("fake-deepl-key"): configured, and not shown.
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({ status: "ok", database: "ok", migrations: "ok", deepl: "configured" });
  for (const secret of ["fake-deepl-key", "e2e-tests-secret", "e2e-db", "127.0.0.1"])
    expect(body).not.toContain(secret);
});
