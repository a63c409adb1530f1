// Accounts in the browser against the production build (scripts/e2e-server.sh seeds the demo users).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { openMenu } from "./layout-flows";

const DEMO_LEARNER = { email: "learner@bruecke.test", password: "learner-demo-pass", name: "Lena Lernerin" };

/** Page object for the sign-in and sign-up pages. */
class AuthPages {
  constructor(private readonly page: Page) {}

  async signUp(user: { name: string; email: string; password: string; teacher?: boolean }) {
    await this.page.goto("/en/sign-up");
    await this.page.getByLabel("Name").fill(user.name);
    await this.page.getByLabel("Email address").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
    if (user.teacher) await this.page.getByLabel("I teach a class").check();
    await this.page.getByRole("button", { name: "Create account" }).click();
  }

  async signIn(email: string, password: string, path = "/en/sign-in") {
    await this.page.goto(path);
    await this.page.getByLabel("Email address").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  }

  header() {
    return this.page.locator("header.site-header");
  }

  formAlert() {
    return this.page.locator("form.auth-form").getByRole("alert");
  }
}

/** A fresh address per run: the e2e database lives as long as the server. */
const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

test("sign up, see the name in the header, sign out, sign in again", async ({ page }) => {
  const auth = new AuthPages(page);
  const email = uniqueEmail("anna");
  await auth.signUp({ name: "Anna Browser", email, password: "anna-Zugspitze-Wanderweg" });

  await expect(page).toHaveURL(/\/en$/);
  const header = auth.header();
  await expect(header.getByTestId("account-name")).toHaveText(/Anna Browser/);
  await expect(header.getByRole("link", { name: "Vocabulary" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Classes", exact: true })).toHaveCount(0);

  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByTestId("account-name")).toHaveCount(0);

  await auth.signIn(email, "anna-Zugspitze-Wanderweg");
  await expect(header.getByTestId("account-name")).toHaveText(/Anna Browser/);
});

test("a teacher signing up gets the Classes link", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signUp({
    name: "Theo Teacher",
    email: uniqueEmail("theo"),
    password: "theo-Zugspitze-Wanderweg",
    teacher: true,
  });
  await expect(auth.header().getByTestId("account-name")).toHaveText(/Theo Teacher/);
  await expect(auth.header().getByRole("link", { name: "Classes", exact: true })).toBeVisible();
});

test("a wrong password shows the translated error and keeps the user signed out", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signIn(DEMO_LEARNER.email, "not-the-password");
  await expect(auth.formAlert()).toHaveText(
    "The email address or password is not right. Please check both and try again.",
  );
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(auth.header().getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a refused or failed request gets its own message", async ({ page }) => {
  const auth = new AuthPages(page);
  // What the server says after too many attempts (the limit itself is tested in tests/integration).
  await page.route("**/api/auth/sign-in/email", (route) =>
    route.fulfill({
      status: 429,
      headers: { "X-Retry-After": "42", "content-type": "application/json" },
      body: '{"message":"Too many requests."}',
    }),
  );
  await auth.signIn(DEMO_LEARNER.email, DEMO_LEARNER.password);
  await expect(auth.formAlert()).toHaveText("Too many attempts. Please wait 42 seconds and try again.");
  await page.unroute("**/api/auth/sign-in/email");
  await page.route("**/api/auth/sign-in/email", (route) => route.abort("internetdisconnected"));
  await page.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  await expect(auth.formAlert()).toHaveText(
    "Brücke could not be reached. Please check your internet connection and try again.",
  );
});

test("a taken email is explained", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signUp({ name: "Copy Cat", email: DEMO_LEARNER.email, password: "long-Zugspitze-Wanderweg" });
  await expect(auth.formAlert()).toHaveText(/already an account with this email address/);
  await expect(auth.header().getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("field errors are shown before anything is sent", async ({ page }) => {
  await page.goto("/en/sign-up");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Name")).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Please enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Please use at least 8 characters for your password.")).toBeVisible();
});

test("the German interface has German labels and errors", async ({ page }) => {
  const auth = new AuthPages(page);
  await page.goto("/de/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toBeVisible();
  await expect(page.getByLabel("Passwort")).toBeVisible();
  await page.getByLabel("E-Mail-Adresse").fill(DEMO_LEARNER.email);
  await page.getByLabel("Passwort").fill("falsches-passwort");
  await page.locator("form.auth-form").getByRole("button", { name: "Anmelden" }).click();
  await expect(auth.formAlert()).toHaveText(/E-Mail-Adresse oder Passwort ist falsch/);

  await page.goto("/de/sign-up");
  await expect(page.getByLabel("Ich unterrichte eine Klasse")).toBeVisible();
  await expect(page.getByRole("button", { name: "Konto erstellen" })).toBeVisible();
});

test("sign-in works with the keyboard alone and returns to ?next=", async ({ page }) => {
  await page.goto(`/en/sign-in?next=${encodeURIComponent("/en/read/none?from=keyboard")}`);
  const email = page.getByLabel("Email address");
  for (let presses = 0; presses < 20 && !(await email.evaluate((el) => el === document.activeElement)); presses++)
    await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
  await page.keyboard.type(DEMO_LEARNER.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_LEARNER.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/read\/none\?from=keyboard$/);
  await expect(page.locator("header.site-header").getByTestId("account-name")).toHaveText(/Lena Lernerin/);
});

test("a ?next= to another site is ignored", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signIn(
    DEMO_LEARNER.email,
    DEMO_LEARNER.password,
    `/en/sign-in?next=${encodeURIComponent("//evil.example/steal")}`,
  );
  await expect(auth.header().getByTestId("account-name")).toHaveText(/Lena Lernerin/);
  expect(new URL(page.url()).pathname).toBe("/en");
});

test("the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ page, context }) => {
  const auth = new AuthPages(page);
  await auth.signIn(DEMO_LEARNER.email, DEMO_LEARNER.password);
  await expect(auth.header().getByTestId("account-name")).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("better-auth.session_token"));
  expect(session, `cookies: ${cookies.map((c) => c.name).join(", ")}`).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true, path: "/" });
  expect(session?.name).toBe("__Secure-better-auth.session_token");
  expect(await page.evaluate(() => document.cookie)).not.toContain("session_token");
});

test("until the page has hydrated the sign-in button waits, so a tap never posts the bare form", async ({
  page,
  browser,
  baseURL,
}) => {
  // Without JavaScript the page never hydrates: what a slow phone shows in its first moments.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const still = await context.newPage();
  await still.goto("/en/sign-in");
  await expect(still.locator("form.auth-form").getByRole("button", { name: "Sign in" })).toBeDisabled();
  await context.close();
  await page.goto("/en/sign-in");
  await expect(page.locator("form.auth-form").getByRole("button", { name: "Sign in" })).toBeEnabled();
});

test("sign-out works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  // Sign in through the API (the form itself needs JavaScript), then use the plain sign-out form.
  const response = await page.request.post("/api/auth/sign-in/email", {
    data: { email: DEMO_LEARNER.email, password: DEMO_LEARNER.password },
    headers: { origin: baseURL ?? "" },
  });
  expect(response.status()).toBe(200);
  await page.goto("/en");
  const header = page.locator("header.site-header");
  await expect(header.getByTestId("account-name")).toHaveText(/Lena Lernerin/);
  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.close();
});

test("a signed-in learner marks a paragraph read, and it stays read after a reload", async ({ page }) => {
  const auth = new AuthPages(page);
  await auth.signIn(DEMO_LEARNER.email, DEMO_LEARNER.password);
  await expect(auth.header().getByTestId("account-name")).toHaveText(/Lena Lernerin/);

  await page.locator(".passage-list a").first().click();
  await expect(page).toHaveURL(/\/en\/read\//);
  const progress = page.getByTestId("progress-text");
  const before = await progress.textContent();

  // The first paragraph this learner has not read yet (other tests may share the demo account).
  const paragraph = page
    .locator(".para[data-paragraph-id]")
    .filter({ has: page.locator('button[data-action="mark-read"][aria-pressed="false"]') })
    .first();
  const id = await paragraph.getAttribute("data-paragraph-id");
  const button = page.locator(`.para[data-paragraph-id="${id}"] button[data-action="mark-read"]`);
  // The button turns at once (optimistic) and the server action saves behind it: a reload before its answer
  // would cancel the save, so the test waits for that answer (a server action is a POST with Next-Action).
  const saved = page.waitForResponse(
    (response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined,
  );
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  expect((await saved).ok()).toBe(true);
  await expect(progress).not.toHaveText(before ?? "");
  const after = await progress.textContent();

  await page.reload();
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await expect(progress).toHaveText(after ?? "");
});

test("the sign-in and sign-up pages pass an axe scan (WCAG 2 A/AA)", async ({ page }) => {
  for (const path of ["/en/sign-in", "/de/sign-up"]) {
    await page.goto(path);
    // Show the error states too: they are part of the page a screen reader meets.
    await page.locator("form.auth-form").getByRole("button").click();
    await expect(page.locator(".field-error").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the forms and the signed-in header fit the screen", async ({ page }) => {
    const auth = new AuthPages(page);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto("/en/sign-up");
    expect(await fits()).toBe(true);
    await auth.signIn(DEMO_LEARNER.email, DEMO_LEARNER.password);
    await expect(page).toHaveURL(/\/en$/);
    // On a phone the account and Sign out live in the header's menu (components/site-menu.tsx).
    const menu = await openMenu(page, "en");
    await expect(menu.getByTestId("account-name")).toBeVisible();
    await expect(menu.getByRole("button", { name: "Sign out" })).toBeInViewport();
    expect(await fits()).toBe(true);
  });
});
