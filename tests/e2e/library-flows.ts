// The learner's own library and corrections, as journeys shared by the desktop and phone specs.
import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

export const OWN_TEXT = [
  "Berlin, 12. März 2025",
  "",
  "Der Baumilliardär kauft ein altes Haus am See. Seine Nachbarn sind nicht begeistert.",
  "",
  "Am Abend spricht der Baumilliardär mit der Presse. Er will das Haus renovieren.",
].join("\n");

const LABELS = {
  en: {
    signUp: "Create account",
    name: "Name",
    email: "Email address",
    password: "Password",
    heading: "My texts",
    title: "Title",
    text: "German text",
    import: "Import and read",
    rename: "Rename",
    saveTitle: "Save title",
    delete: "Delete",
    correct: "Correct this word",
    ownMeaning: "My own meaning",
    saveCorrection: "Save correction",
    yours: "Your correction.",
    reset: "Reset to the automatic analysis",
    hideTranslations: "Hide translations",
    translate: "Translate it into English with DeepL",
  },
  de: {
    signUp: "Konto anlegen",
    name: "Name",
    email: "E-Mail-Adresse",
    password: "Passwort",
    heading: "Meine Texte",
    title: "Titel",
    text: "Deutscher Text",
    import: "Importieren und lesen",
    rename: "Umbenennen",
    saveTitle: "Titel speichern",
    delete: "Löschen",
    correct: "Dieses Wort korrigieren",
    ownMeaning: "Eigene Bedeutung",
    saveCorrection: "Korrektur speichern",
    yours: "Deine Korrektur.",
    reset: "Auf die automatische Analyse zurücksetzen",
    hideTranslations: "Übersetzungen ausblenden",
    translate: "Mit DeepL ins Englische übersetzen",
  },
} as const;

export type Locale = keyof typeof LABELS;

export async function signUpLearner(page: Page, locale: Locale, name: string) {
  const l = LABELS[locale];
  const email = `lib-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto(`/${locale}/sign-up`);
  await page.waitForLoadState("networkidle");
  await page.locator("form.auth-form input[name=name]").fill(name);
  await page.locator("form.auth-form input[name=email]").fill(email);
  await page.locator("form.auth-form input[name=password]").fill("Lia-liest-2026-am-See");
  await page.locator("form.auth-form button[type=submit]").click();
  await expect(page.getByTestId("account-name")).toHaveText(new RegExp(name));
  return { email, labels: l };
}

/** Imports OWN_TEXT under `title`, lands in the reader: German only, dateline as date and place. */
export async function importOwnText(page: Page, locale: Locale, title: string) {
  const l = LABELS[locale];
  await page.goto(`/${locale}/library`);
  await expect(page.getByRole("heading", { level: 1, name: l.heading })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel(l.title, { exact: true }).fill(title);
  await page.getByLabel(l.text, { exact: true }).fill(OWN_TEXT);
  // DeepL is configured on the test server: this learner keeps the text German only.
  await page.getByRole("checkbox", { name: l.translate }).uncheck();
  await page.getByRole("button", { name: l.import }).click();
  // The import analyses the text on the server: a busy machine takes a while.
  await expect(page).toHaveURL(new RegExp(`/${locale}/read/[a-z0-9]+$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // No translation: the English column is absent, not empty, and there is nothing to hide.
  await expect(page.locator(".para-en")).toHaveCount(0);
  await expect(page.getByRole("button", { name: l.hideTranslations })).toHaveCount(0);
  await expect(page.locator(".reader-header")).toContainText("Berlin");
  await expect(page.locator(".reader-header")).toContainText("2025-03-12");
  await expect(page.locator(".para-de").first()).not.toContainText("Berlin, 12. März");
  return page.url();
}

/** Corrects the meaning of Baumilliardär on its card; it shows as the learner's correction everywhere. */
export async function correctMeaning(page: Page, locale: Locale) {
  const l = LABELS[locale];
  const words = page.locator(".para-de .w", { hasText: /^Baumilliardär$/ });
  await words.first().click();
  const card = page.getByRole("dialog", { name: /Baumilliardär/ });
  await card.getByRole("button", { name: l.correct }).click();
  await card.getByRole("radio", { name: l.ownMeaning }).check();
  await card.getByRole("textbox", { name: l.ownMeaning }).fill("property developer");
  // Typing "s" or "k" in the form must not save the word or mark it known.
  await expect(card.getByRole("textbox", { name: l.ownMeaning })).toHaveValue("property developer");
  await expectNoSeriousA11yViolations(page);
  await card.getByRole("button", { name: l.saveCorrection }).click();
  await expect(card.getByTestId("correction-mark")).toContainText(l.yours);
  await expect(card.locator(".glosses li").first()).toContainText("property developer");
  await page.keyboard.press("Escape");
  // The same word in another paragraph, and after a reload: still corrected.
  await page.reload();
  await words.nth(1).click();
  await expect(card.getByTestId("correction-mark")).toContainText(l.yours);
  await expect(card.locator(".glosses li").first()).toContainText("property developer");
  // Reset: the engine's analysis is back.
  await card.getByRole("button", { name: l.reset }).click();
  await expect(card.getByTestId("correction-mark")).toHaveCount(0);
  await expect(card.locator(".glosses li").first()).not.toContainText("property developer");
}

/** Renames and deletes the text from the library page. */
export async function renameAndDelete(page: Page, locale: Locale, title: string) {
  const l = LABELS[locale];
  await page.goto(`/${locale}/library`);
  const row = page.getByTestId("own-texts").locator("li", { hasText: title });
  await row.getByRole("button", { name: l.rename }).click();
  await row.getByRole("textbox").fill(`${title} (neu)`);
  await row.getByRole("button", { name: l.saveTitle }).click();
  const renamed = page.getByTestId("own-texts").locator("li", { hasText: `${title} (neu)` });
  await expect(renamed).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await renamed.getByRole("button", { name: l.delete }).click();
  await expect(renamed).toHaveCount(0);
}
