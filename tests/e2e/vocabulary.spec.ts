// The vocabulary page (issue 11 §3): search without accents and in meanings and tags, the tag filter,
// homographs as two entries, a word added twice offering its new meaning, and the export form by keyboard.
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsole } from "./support";

async function signUp(page: Page) {
  const email = `vocab-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Name").fill("Vocabulary Learner");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("vocabulary-learner-pass");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
}

async function fillWord(page: Page, word: { lemma: string; gloss: string; pos: string; article?: string }) {
  await page.getByLabel("German word (dictionary form)").fill(word.lemma);
  await page.getByLabel("English meaning").fill(word.gloss);
  await page.getByLabel("Word type").selectOption(word.pos);
  await page.getByLabel("Article").selectOption(word.article ? { label: word.article } : "");
  await page.getByRole("button", { name: "Add word" }).click();
}

test("vocabulary: accent-free search, tags, homographs and a second meaning", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await signUp(page);
  await page.goto("/en/vocabulary");
  await page.getByText("Add a word").click();
  const status = page.locator("form", { has: page.getByRole("button", { name: "Add word" }) }).getByRole("status");
  for (const word of [
    { lemma: "Baumilliardär", gloss: "billionaire", pos: "noun", article: "der" },
    { lemma: "Geschäft", gloss: "business", pos: "noun", article: "das" },
    { lemma: "Straße", gloss: "street", pos: "noun", article: "die" },
    { lemma: "Weg", gloss: "way", pos: "noun", article: "der" },
  ]) {
    await fillWord(page, word);
    await expect(status).toHaveText(`Added “${word.lemma}”.`);
  }

  // The adverb "weg" beside the noun "der Weg": a second entry.
  await fillWord(page, { lemma: "weg", gloss: "away", pos: "adv" });
  await expect(status).toHaveText("Added “weg”.");
  const items = page.getByTestId("vocab-item");
  await expect(items).toHaveCount(5);
  await expect(page.getByRole("heading", { level: 3, name: "der Weg", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "weg", exact: true })).toBeVisible();

  // The noun again with another meaning: not "Added", an offer to add the meaning, taken by keyboard.
  await fillWord(page, { lemma: "Weg", gloss: "path", pos: "noun", article: "der" });
  await expect(status).toHaveText("“Weg” (noun) is already in your list, meaning “way”.");
  const offer = page.getByRole("button", { name: "Add “path” to its meaning" });
  await expect(offer).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("“Weg” now means “way; path”.");
  const noun = items.filter({ has: page.getByRole("heading", { name: "der Weg", exact: true }) });
  await expect(noun).toContainText("way; path");
  await expect(items).toHaveCount(5);
  // The same meaning once more: nothing to add.
  await fillWord(page, { lemma: "Weg", gloss: "Path", pos: "noun", article: "der" });
  await expect(status).toHaveText("“Weg” (noun) is already in your list with this meaning.");

  // Tag a word, then search and filter.
  const street = items.filter({ has: page.getByRole("heading", { name: "die Straße" }) });
  await street.getByRole("button", { name: "Edit die Straße" }).click();
  await street.getByLabel("Tags").fill("Reise, A1");
  await street.getByRole("button", { name: "Save" }).click();
  await expect(street.getByText("Saved.")).toBeVisible();

  const search = page.getByRole("searchbox", { name: "Search" });
  const show = async (query: string) => {
    await search.fill(query);
    await search.press("Enter");
    await expect(search).toHaveValue(query);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(query)}`));
  };
  const headings = items.getByRole("heading", { level: 3 });
  await show("baumilliardar");
  await expect(headings).toHaveText(["der Baumilliardär"]);
  await show("Geschaft");
  await expect(headings).toHaveText(["das Geschäft"]);
  await show("strasse");
  await expect(headings).toHaveText(["die Straße"]);
  await show("path"); // meanings
  await expect(headings).toHaveText(["der Weg"]);
  await show("reise"); // tags
  await expect(headings).toHaveText(["die Straße"]);

  // The tag filter control, by keyboard.
  await page.goto("/en/vocabulary");
  const tag = page.getByLabel("Tag", { exact: true });
  await tag.focus();
  await tag.selectOption("A1");
  await page.getByRole("button", { name: "Show" }).press("Enter");
  await expect(page).toHaveURL(/tag=A1/);
  await expect(headings).toHaveText(["die Straße"]);

  // Export: left-out words are opt-in with a checkbox a keyboard reaches and ticks.
  await page.goto("/en/vocabulary");
  const exportForm = page.locator("form[action='/api/vocabulary/export']");
  const includeAll = exportForm.getByRole("checkbox", { name: "Also include known and ignored words and names" });
  await expect(includeAll).not.toBeChecked();
  await includeAll.focus();
  await page.keyboard.press("Space");
  await expect(includeAll).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(exportForm.getByRole("button", { name: "Anki package (.apkg)" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
