// The teacher's draft editor as a journey shared by the desktop and phone specs: a dateline becomes date
// and place, sentence boxes show all their text, leaving with unsaved changes asks first, and a passage
// is private until made public.
import { expect, type Page } from "@playwright/test";
import { headerLinks } from "./layout-flows";
import { expectNoSeriousA11yViolations } from "./support";

const LABELS = {
  en: {
    title: "Title",
    text: "German text",
    import: "Import as draft",
    english: "English, paragraph 1, sentence 1",
    german: "German, paragraph 1, sentence 2",
    leave: "Unsaved changes",
    stay: "Stay here",
    saveAndLeave: "Save and leave",
    public: /^Public/,
    place: "Place: Berlin",
    back: "← Classes and passages",
  },
  de: {
    title: "Titel",
    text: "Deutscher Text",
    import: "Als Entwurf importieren",
    english: "Englisch, Absatz 1, Satz 1",
    german: "Deutsch, Absatz 1, Satz 2",
    leave: "Ungespeicherte Änderungen",
    stay: "Hierbleiben",
    saveAndLeave: "Speichern und verlassen",
    public: /^Öffentlich/,
    place: "Ort: Berlin",
    back: "← Klassen und Texte",
  },
} as const;

const LONG =
  "Nach monatelangen Verhandlungen, zahllosen Sitzungen in den Ausschüssen und einer hitzigen Debatte im Plenum, die bis spät in die Nacht andauerte, einigten sich die Abgeordneten schließlich auf einen Kompromiss, der sowohl die Interessen der Länder als auch die des Bundes berücksichtigt.";
const TEXT = `Berlin, 12. März 2025\n\nDer Bundestag hat entschieden. ${LONG}\n\nDie Opposition kritisiert das Ergebnis.`;

export async function signInTeacher(page: Page, locale: "en" | "de") {
  await page.goto(`/${locale}/sign-in?next=/${locale}/classes`);
  await page.waitForLoadState("networkidle");
  await page.locator("form.auth-form input[name=email]").fill("teacher@bruecke.test");
  await page.locator("form.auth-form input[name=password]").fill("teacher-demo-pass");
  await page.locator("form.auth-form button[type=submit]").click();
  // The path itself, not the sign-in page's "?next=/…/classes", which also ends that way.
  await expect(page).toHaveURL(new RegExp(`:\\d+/${locale}/classes$`));
}

export async function editorJourney(page: Page, locale: "en" | "de", browserPage: () => Promise<Page>) {
  const l = LABELS[locale];
  const title = `Bundestag ${locale} ${Date.now()}`;
  await page.goto(`/${locale}/classes/passages/new`);
  await page.getByLabel(l.title, { exact: true }).fill(title);
  await page.getByLabel(l.text, { exact: true }).fill(TEXT);
  await page.getByRole("button", { name: l.import }).click();
  // The editor of the new passage (not the import page itself, whose "new" would also match); the import
  // analyses the text on the server, which takes a while on a busy machine.
  await expect(page).toHaveURL(new RegExp(`/${locale}/classes/passages/(?!new$)[a-z0-9]+$`), { timeout: 30_000 });
  const editorUrl = page.url();

  // The dateline is metadata, not a heading paragraph.
  await expect(page.getByTestId("passage-meta")).toContainText(l.place);
  await expect(page.getByTestId("passage-meta")).toContainText("2025-03-12");
  await expect(page.getByTestId("paragraph").first()).not.toContainText("Berlin, 12. März");

  // The long sentence's box shows all of it.
  const box = page.getByLabel(l.german, { exact: true });
  await expect(box).toHaveValue(LONG);
  const cut = await box.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(cut).toBeLessThanOrEqual(2);

  // Leaving with an unsaved translation asks first; "stay" keeps it, "save and leave" saves it.
  await page.getByLabel(l.english, { exact: true }).fill("The Bundestag has decided.");
  await page.getByRole("link", { name: l.back }).click();
  const dialog = page.getByRole("dialog", { name: l.leave });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: l.stay }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(editorUrl);
  await expect(page.getByLabel(l.english, { exact: true })).toHaveValue("The Bundestag has decided.");
  // The language switch is a link too (in the header's menu on a phone).
  await (await headerLinks(page, locale))
    .locator(".locale-switcher a")
    .filter({ hasNotText: locale === "en" ? "English" : "Deutsch" })
    .click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: l.saveAndLeave }).click();
  await expect(page).not.toHaveURL(editorUrl);
  await page.goto(editorUrl);
  await expect(page.getByLabel(l.english, { exact: true })).toHaveValue("The Bundestag has decided.");

  // Private by default: a visitor cannot open the (draft, then published) passage; public once chosen.
  const passageId = editorUrl.split("/").at(-1)!;
  await page.getByRole("radio", { name: l.public }).check();
  await expect(page.getByTestId("visibility")).toContainText(locale === "en" ? "Saved." : "Gespeichert.");
  const visitor = await browserPage();
  expect((await visitor.goto(`/${locale}/read/${passageId}`))?.status()).toBe(404); // still a draft
  await visitor.close();
}
