// Learner settings: level, time zone and daily targets, saved and kept; the browser's zone adopted once.
import { type Browser, devices, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsole } from "./support";

// The browser's zone, which a new account (still on the default UTC) takes over on its first page.
test.use({ timezoneId: "Asia/Tokyo" });

/** Page object for /settings, in English or German. */
class SettingsPage {
  constructor(private readonly page: Page) {}

  async open(locale: "en" | "de" = "en") {
    await this.page.goto(`/${locale}/settings`);
  }

  level = (label = "Reading level") => this.page.getByLabel(label);
  timeZone = (label = "Time zone") => this.page.getByLabel(label);
  dailyGoal = (label = "Daily goal (reviews per day)") => this.page.getByLabel(label);
  newLimit = (label = "New cards per day") => this.page.getByLabel(label);
  // The first status line on the page is the settings form's (the password and session sections have their own).
  status = () => this.page.getByRole("main").getByRole("status").first();

  async save(name = "Save settings") {
    await this.page.getByRole("button", { name }).click();
  }
}

async function signUp(page: Page, name: string) {
  const email = `settings-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("settings-Zugspitze-Wanderweg");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toHaveText(new RegExp(name));
}

test("a new learner gets the browser's zone, saves level and zone, keeps them after a reload, in English and German", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await signUp(page, "Sam Settings");
  const settings = new SettingsPage(page);

  await page.getByRole("banner").getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/en\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(settings.timeZone()).toHaveValue("Asia/Tokyo");
  await expect(settings.level()).toHaveValue("B1");
  await expectNoSeriousA11yViolations(page);

  // Keyboard only: the level select is reached with Tab and changed with the arrow keys.
  await settings.level().focus();
  await page.keyboard.press("ArrowDown");
  await expect(settings.level()).toHaveValue("B2");
  await settings.timeZone().selectOption("America/New_York");
  await settings.dailyGoal().fill("35");
  await settings.newLimit().fill("12");
  await settings.newLimit().press("Enter");
  await expect(settings.status()).toHaveText("Settings saved.");

  await page.reload();
  await expect(settings.level()).toHaveValue("B2");
  await expect(settings.timeZone()).toHaveValue("America/New_York");
  await expect(settings.dailyGoal()).toHaveValue("35");
  await expect(settings.newLimit()).toHaveValue("12");

  // The review page edits the same daily limit.
  await page.goto("/en/review");
  await expect(page.getByTestId("review-queue")).toContainText("of 12");

  await settings.open("de");
  await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Einstellungen" })).toBeVisible();
  await expect(settings.level("Leseniveau")).toHaveValue("B2");
  await expect(settings.timeZone("Zeitzone")).toHaveValue("America/New_York");
  await expect(settings.dailyGoal("Tagesziel (Wiederholungen pro Tag)")).toHaveValue("35");
  await expect(settings.newLimit("Neue Karten pro Tag")).toHaveValue("12");
  await expect(page.getByText("Bestimmt, welche Schlüsselwörter zu jedem Text angezeigt werden.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A value the browser lets through but the server refuses is reported on the field.
  await settings
    .dailyGoal("Tagesziel (Wiederholungen pro Tag)")
    .evaluate((input: HTMLInputElement) => input.removeAttribute("max"));
  await settings.dailyGoal("Tagesziel (Wiederholungen pro Tag)").fill("900");
  await settings.save("Einstellungen speichern");
  await expect(settings.status()).toHaveText("Bitte prüfe deine Eingaben.");
  await expect(settings.dailyGoal("Tagesziel (Wiederholungen pro Tag)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Gib eine ganze Zahl von 1 bis 500 ein.")).toBeVisible();
  await page.reload();
  await expect(settings.dailyGoal("Tagesziel (Wiederholungen pro Tag)")).toHaveValue("35");

  expect(errors).toEqual([]);
});

test("saves without JavaScript, and fits a phone screen", async ({ page, browser }) => {
  await signUp(page, "Nora NoScript");
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith("brucke.timeZoneOffered."))))
    .toBe(true);
  const noScript = await newContext(browser, page, { javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const settings = new SettingsPage(plain);
  await settings.open();
  await settings.level().selectOption("A2");
  await settings.timeZone().selectOption("Europe/Berlin");
  await settings.save();
  await expect(settings.status()).toHaveText("Settings saved.");
  await settings.open();
  await expect(settings.level()).toHaveValue("A2");
  await expect(settings.timeZone()).toHaveValue("Europe/Berlin");
  await noScript.close();

  const { defaultBrowserType: _browserType, ...pixel } = devices["Pixel 7"];
  const phone = await newContext(browser, page, pixel);
  const small = await phone.newPage();
  await new SettingsPage(small).open();
  await expect(new SettingsPage(small).level()).toHaveValue("A2");
  expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await phone.close();
});

/** A second browser context signed in as the same user. */
async function newContext(browser: Browser, page: Page, options: Parameters<Browser["newContext"]>[0]) {
  return browser.newContext({
    ...options,
    baseURL: new URL(page.url()).origin,
    storageState: await page.context().storageState(),
  });
}
