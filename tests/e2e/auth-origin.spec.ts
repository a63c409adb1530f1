// better-auth's origin check in the production build (vitest runs it in test mode, where it is off).
import { expect, test } from "@playwright/test";

const body = { email: "nobody@example.test", password: "whatever-pass" };

test("sign-in works from whatever host the browser used, e.g. 127.0.0.1", async ({ request, baseURL }) => {
  const url = new URL(baseURL ?? "");
  const origin = `http://127.0.0.1:${url.port}`;
  const response = await request.post(`${origin}/api/auth/sign-in/email`, {
    data: body,
    headers: { origin, cookie: "theme=dark" },
  });
  expect(response.status()).toBe(401); // reached the password check, not refused for its origin
});

test("a cross-site page cannot use the auth API with the visitor's cookies", async ({ request }) => {
  const response = await request.post("/api/auth/sign-in/email", {
    data: body,
    headers: { origin: "https://evil.example", cookie: "theme=dark" },
  });
  expect(response.status()).toBe(403);
});
