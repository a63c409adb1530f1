import { expect, type Page, test } from "@playwright/test";
import { openSeedArticle } from "./support";

/** The English text the reader currently lights as matched to a German word (CSS Custom Highlight API). */
function litWords(page: Page) {
  return page.evaluate(() => {
    const lit = CSS.highlights.get("aligned-words");
    return lit ? [...lit].map((range) => (range as Range).toString()) : [];
  });
}

test.describe("the meaning in this sentence", () => {
  test("hovering or opening a German word lights the English words it was matched to", async ({ page }) => {
    await openSeedArticle(page);
    const german = page.locator('.para-de .s[data-s="0-2"]');
    await german.locator(".w", { hasText: "Baumilliardär" }).hover();
    await expect.poll(() => litWords(page)).toEqual(["billionaire"]);

    await german.locator(".w", { hasText: "empfing" }).click();
    const card = page.getByRole("dialog");
    await expect(card).toBeVisible();
    await expect(card.locator(".glosses li").first()).toContainText("to receive");
    await expect(card.locator(".glosses li").first()).toContainText("as in the translation");
    // Away from the words, the open card's word stays lit.
    await page.locator(".reader-toolbar").hover();
    await expect.poll(() => litWords(page)).toEqual(["received"]);
    // Closing the card gives focus back to the word, which stays lit; with neither card nor pointer, nothing is.
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect.poll(() => litWords(page)).toEqual(["received"]);
    await german.locator(".w", { hasText: "Baumilliardär" }).hover();
    await expect.poll(() => litWords(page)).toEqual(["billionaire"]);
    await page.locator(".reader-toolbar").hover();
    await expect.poll(() => litWords(page)).toEqual([]);
  });
});
