import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, openSeedArticle, watchConsole } from "./support";

test.describe("vocabulary cards", () => {
  test("Baumilliardär: lemma, gender, plural, compound parts, glosses, context — no request needed", async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await openSeedArticle(page);
    // The word data comes once per passage version, right after the text shows; from then on a card costs
    // no request (on a busy machine the test can click before it has arrived: the card then waits for it).
    await expect(page.locator(".reader-shell")).toHaveAttribute("data-words", "ready");
    // Kept by address, so that a failure names the request (a run of 2026-12-07 saw one, unnamed).
    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
    const word = page.locator(".para-de .w", { hasText: /^Baumilliardär$/ });
    await word.click();
    const card = page.getByRole("dialog", { name: /Baumilliardär/ });
    await expect(card).toBeVisible();
    await expect(card.getByRole("heading", { level: 2 })).toHaveText("der Baumilliardär");
    await expect(card).toContainText("masculine");
    await expect(card).toContainText("die Baumilliardäre");
    await expect(card.locator(".compound-parts")).toContainText("Bau = construction");
    await expect(card.locator(".compound-parts")).toContainText("Milliardär = billionaire");
    await expect(card.locator(".glosses li").first()).toContainText(/tycoon|billionaire/);
    await expect(card.locator(".context")).toContainText("real-estate billionaire received Jack Ma");
    await expect(card.locator(".context strong")).toHaveText("Baumilliardär");
    expect(requests).toEqual([]);
    // Esc closes and focus returns to the word.
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect(word).toBeFocused();
    expect(errors).toEqual([]);
  });

  test("Wahlkampfversprechen from the keyboard: three parts, Enter opens, Esc closes", async ({ page }) => {
    await openSeedArticle(page);
    const word = page.locator(".para-de .w", { hasText: /^Wahlkampfversprechen$/ });
    await word.focus();
    await page.keyboard.press("Enter");
    const card = page.getByRole("dialog", { name: /Wahlkampfversprechen/ });
    await expect(card).toBeFocused();
    await expect(card.getByRole("heading", { level: 2 })).toHaveText("das Wahlkampfversprechen");
    await expect(card.locator(".compound-split")).toHaveText(/Wahl·kampf·versprechen/i);
    await expect(card.locator(".compound-parts li")).toHaveCount(3);
    await expect(card.locator(".compound-parts")).toContainText("Wahl = election");
    await expect(card.locator(".compound-parts")).toContainText("Kampf = ");
    await expect(card.locator(".compound-parts")).toContainText("Versprechen = promise");
    await page.keyboard.press("Escape");
    await expect(word).toBeFocused();
  });

  test("opening a card does not move the text", async ({ page }) => {
    await openSeedArticle(page);
    const paragraph = page.locator(".para--body").nth(1);
    const word = page.locator(".para-de .w", { hasText: /^Arbeitsplätzen$/ }).first();
    await word.scrollIntoViewIfNeeded();
    const before = await paragraph.boundingBox();
    await word.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await paragraph.boundingBox()).toEqual(before);
  });

  test("linking elements, separable verbs, names and zu-infinitives", async ({ page }) => {
    await openSeedArticle(page);
    await page
      .locator(".para-de .w", { hasText: /^Arbeitsplätzen$/ })
      .first()
      .click();
    let card = page.getByRole("dialog");
    await expect(card.getByRole("heading", { level: 2 })).toHaveText("der Arbeitsplatz");
    await expect(card.locator(".compound-split")).toContainText("(s)");
    await page.keyboard.press("Escape");

    await page.locator(".para-de .w", { hasText: /^entgegenzuwirken$/ }).click();
    card = page.getByRole("dialog");
    await expect(card.getByRole("heading", { level: 2 })).toHaveText("entgegenwirken");
    await page.keyboard.press("Escape");

    await page
      .locator(".para-de .w", { hasText: /^Peking$/ })
      .first()
      .click();
    card = page.getByRole("dialog");
    await expect(card).toContainText(/proper name/i);
    await page.keyboard.press("Escape");
  });

  test("key vocabulary lists Baumilliardär and Wahlkampfversprechen and opens their cards", async ({ page }) => {
    await openSeedArticle(page);
    await page.getByText(/^Key vocabulary/).click();
    const list = page.locator(".key-vocabulary");
    await expect(list.getByRole("button", { name: /Baumilliardär/ })).toBeVisible();
    await list.getByRole("button", { name: /Wahlkampfversprechen/ }).click();
    await expect(page.getByRole("dialog", { name: /Wahlkampfversprechen/ })).toBeVisible();
    // A word outside the frequency list is "rare", in the interface's language, never the raw band value.
    await expect(list).not.toContainText("unknown");
    await expect(list).toContainText("(rare)");
  });

  test("grammar: principal parts, weak nouns, reflexive verbs and the form explained", async ({ page }) => {
    await openSeedArticle(page);
    const open = async (text: string) => {
      await page
        .locator(".para-de .w", { hasText: new RegExp(`^${text}$`) })
        .first()
        .click();
      return page.getByRole("dialog");
    };
    let card = await open("empfing");
    await expect(card.locator('[data-grammar="principal-parts"]')).toHaveText(
      "Principal parts (strong or irregular verb): empfangen – empfängt – empfing – hat empfangen",
    );
    await expect(card.locator('[data-grammar="form"]')).toHaveText("empfing: past tense (Präteritum) of empfangen");
    await page.keyboard.press("Escape");
    card = await open("Festlandchinesen");
    await expect(card.locator('[data-grammar="weak-noun"]')).toContainText(
      "Weak noun (n-declension): der Festlandchinese, den/dem Festlandchinesen, des Festlandchinesen",
    );
    await expect(card.locator('[data-grammar="form"]')).toHaveText(
      "Festlandchinesen: genitive/dative/accusative singular or plural",
    );
    await page.keyboard.press("Escape");
    card = await open("abheben");
    await expect(card.getByRole("heading", { level: 2 })).toHaveText("sich abheben");
    await expect(card.locator('[data-grammar="principal-parts"]')).toContainText("Reflexive verb");
    await page.keyboard.press("Escape");
    card = await open("wolle");
    await expect(card.locator('[data-grammar="form"]')).toHaveText("wolle: Konjunktiv I (reported speech) of wollen");
  });

  test("German interface: the card speaks German", async ({ page }) => {
    await openSeedArticle(page, "de");
    await page.locator(".para-de .w", { hasText: /^Baumilliardär$/ }).click();
    const card = page.getByRole("dialog", { name: /Wortkarte: Baumilliardär/ });
    await expect(card).toContainText("maskulin");
    await expect(card).toContainText("Kompositum");
    await expect(card.getByRole("button", { name: "Wort speichern" })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.locator(".para-de .w", { hasText: /^Wahlkampfversprechen$/ }).click();
    await expect(page.getByRole("dialog", { name: /Wortkarte: Wahlkampfversprechen/ })).toContainText("neutral");
    await page.keyboard.press("Escape");
    await page.locator(".para-de .w", { hasText: /^empfing$/ }).click();
    const verb = page.getByRole("dialog", { name: /Wortkarte: empfangen/ });
    await expect(verb.locator('[data-grammar="principal-parts"]')).toHaveText(
      "Stammformen (starkes oder unregelmäßiges Verb): empfangen – empfängt – empfing – hat empfangen",
    );
    await expect(verb.locator('[data-grammar="form"]')).toHaveText("empfing: Präteritum von empfangen");
    await page.keyboard.press("Escape");
    await page.locator(".para-de .w", { hasText: /^Festlandchinesen$/ }).click();
    await expect(page.getByRole("dialog").locator('[data-grammar="weak-noun"]')).toContainText(
      "Schwaches Nomen (n-Deklination): der Festlandchinese",
    );
    await page.keyboard.press("Escape");
    await page
      .locator(".para-de .w", { hasText: /^abheben$/ })
      .first()
      .click();
    await expect(page.getByRole("dialog").locator('[data-grammar="principal-parts"]')).toContainText("Reflexives Verb");
  });

  test("an open card passes axe", async ({ page }) => {
    await openSeedArticle(page);
    await page.locator(".para-de .w", { hasText: /^Baumilliardär$/ }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
