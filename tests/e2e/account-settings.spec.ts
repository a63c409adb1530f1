// Settings → Password and Where you are signed in: two browsers with one account; the first ends the
// second's session and changes the password (which ends it again), all by keyboard. The password rule
// shows while typing and the server refuses a guessable one. Axe on the page in English and German.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsole } from "./support";

const uniqueEmail = () => `account-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
const FIRST = "Lindenblatt-Kompass-Regen-4";
const SECOND = "Treppenhaus-Wolke-Gabel";

/** Page object for the account part of /settings. */
class AccountSettings {
  constructor(readonly page: Page) {}

  open(locale: "en" | "de" = "en") {
    return this.page.goto(`/${locale}/settings`);
  }

  sessions = () => this.page.getByRole("list", { name: "Where you are signed in" }).getByRole("listitem");
  passwordForm = () => this.page.locator("form[aria-labelledby=password-title]");

  /** Focus a control and press a key, as a keyboard user would after tabbing to it. */
  async press(target: ReturnType<Page["getByRole"]>, key = "Enter") {
    await target.focus();
    await expect(target).toBeFocused();
    await this.page.keyboard.press(key);
  }
}

async function signIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
  return page;
}

test("the password rule at sign-up: explained, judged while typing, enforced by the server", async ({ page }) => {
  await page.goto("/en/sign-up");
  await expect(page.getByText("Three or four unrelated words work well")).toBeVisible();
  await page.getByLabel("Name").fill("Rita Regel");
  await page.getByLabel("Email address").fill(uniqueEmail());
  const password = page.getByLabel("Password");
  await password.fill("abc");
  await expect(page.locator("#field-password-strength")).toHaveText("Too short: at least 8 characters.");
  await password.fill("aaaaaaaa");
  // The first estimate loads the dictionaries (several MB): seconds on a busy machine.
  await expect(page.locator("#field-password-strength")).toHaveText("Too easy to guess.", { timeout: 45_000 });
  // The browser's estimate is advice: the server refuses on its own.
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form.auth-form").getByRole("alert")).toHaveText(/This password is too easy to guess/);
  await password.fill(FIRST);
  await expect(page.locator("#field-password-strength")).toHaveText("Strong.");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(/Rita Regel/);
});

test("see and end sessions, change the password (which ends the others), by keyboard", async ({ page, browser }) => {
  test.setTimeout(180_000); // two browsers, three sign-ins, two axe scans
  const errors = watchConsole(page);
  const email = uniqueEmail();
  await page.goto("/en/sign-up");
  await page.getByLabel("Name").fill("Karl Konto");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(FIRST);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(/Karl Konto/);
  const other = await signIn(browser, email, FIRST);

  const settings = new AccountSettings(page);
  await settings.open();
  await expect(page.getByRole("heading", { level: 2, name: "Where you are signed in" })).toBeVisible();
  await expect(settings.sessions()).toHaveCount(2);
  await expect(settings.sessions().first()).toContainText("This device");
  await expect(settings.sessions().first()).toContainText(/Chrome on \w+/);
  await expectNoSeriousA11yViolations(page);

  // End the other browser's session.
  await settings.press(page.getByRole("button", { name: /^Sign out Chrome on \w+, signed in / }));
  await expect(page.getByRole("status").filter({ hasText: "Signed out." })).toBeVisible();
  await expect(settings.sessions()).toHaveCount(1);
  await other.goto("/en/settings");
  await expect(other).toHaveURL(/\/en\/sign-in/);

  // Signed in again there; now change the password here.
  const again = await signIn(browser, email, FIRST);
  await settings.open();
  await expect(settings.sessions()).toHaveCount(2);
  const form = settings.passwordForm();
  await form.getByLabel("Current password").fill(FIRST);
  await form.getByLabel("New password").fill("karlkonto1");
  await expect(page.locator("#field-newPassword-strength")).toHaveText("Too easy to guess.", { timeout: 45_000 });
  await settings.press(form.getByRole("button", { name: "Change password" }));
  await expect(form.getByRole("alert")).toHaveText(/too easy to guess/);
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill(SECOND);
  await settings.press(form.getByRole("button", { name: "Change password" }));
  await expect(form.getByRole("alert")).toHaveText(/current password is not right/);
  await form.getByLabel("Current password").fill(FIRST);
  await settings.press(form.getByRole("button", { name: "Change password" }));
  await expect(form.getByRole("status")).toHaveText(/password has been changed/);
  await expect(settings.sessions()).toHaveCount(1);
  await expect(page.getByText("You are signed in only here.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The other browser is signed out; this one is still in; the new password works, the old does not.
  await again.goto("/en/settings");
  await expect(again).toHaveURL(/\/en\/sign-in/);
  await page.reload();
  await expect(page.getByTestId("account-name")).toHaveText(/Karl Konto/);
  await again.getByLabel("Email address").fill(email);
  await again.getByLabel("Password").fill(FIRST);
  await again.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  await expect(again.locator("form.auth-form").getByRole("alert")).toHaveText(/not right/);
  await again.getByLabel("Password").fill(SECOND);
  await again.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByTestId("account-name")).toHaveText(/Karl Konto/);
  // The two refused changes are 400 answers the browser logs; nothing else may show up.
  expect(errors.filter((error) => !error.includes("status of 400"))).toEqual([]);
});

test("the account sections in German pass axe", async ({ page }) => {
  await page.goto("/de/sign-up");
  await page.getByLabel("Name").fill("Greta Deutsch");
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail());
  await page.getByLabel("Passwort").fill(FIRST);
  await page.getByRole("button", { name: "Konto erstellen" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(/Greta Deutsch/);
  await page.goto("/de/settings");
  await expect(page.getByRole("heading", { level: 2, name: "Passwort" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wo du angemeldet bist" })).toBeVisible();
  await expect(page.getByText("Du bist nur hier angemeldet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
