// Issue 12 §3 on a phone of 390×844 (touch): the card is a sheet at the bottom that never covers the tapped
// word, its actions in view without scrolling inside it; it closes by a tap outside or Esc, keeps focus
// after its actions, marks its word (and split partner), and tells a signed-out learner to sign in inside it.
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  expectCardReachable,
  expectInWindow,
  expectPartnersMarked,
  focusIn,
  LABELS,
  type Locale,
  scrollWordTo,
  word,
} from "./card-reach-flows";
import { signUpLearner } from "./library-flows";
import { expectNoSeriousA11yViolations, openSeedArticle } from "./support";

test.use({ viewport: { width: 390, height: 844 } });

/** The sheet sits on the bottom edge and the tapped word is in view above it. */
async function expectSheetBelowWord(page: Page, sheet: Locator, target: Locator) {
  const box = (await sheet.boundingBox())!;
  const wordBox = (await target.boundingBox())!;
  expect(Math.round(box.y + box.height)).toBe(page.viewportSize()!.height);
  expect(wordBox.y).toBeGreaterThanOrEqual(0);
  expect(wordBox.y + wordBox.height).toBeLessThanOrEqual(box.y);
  // Actions reachable without scrolling inside the sheet.
  const body = sheet.locator(".word-card-body");
  expect(await body.evaluate((el) => el.scrollTop)).toBe(0);
}

for (const locale of ["en", "de"] as const satisfies Locale[]) {
  test(`${locale}: the sheet never covers the tapped word, its actions in view`, async ({ page }) => {
    const l = LABELS[locale];
    await openSeedArticle(page, locale);
    // A word low in the window, which the sheet would cover, and the very last word of the text.
    const baumilliardaer = word(page, "Baumilliardär");
    await scrollWordTo(baumilliardaer, 780);
    await baumilliardaer.tap();
    const card = page.getByRole("dialog", { name: l.card("Baumilliardär") });
    await expect(card).toBeVisible();
    await expectCardReachable(page, locale, card, baumilliardaer);
    await expectSheetBelowWord(page, card, baumilliardaer);
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();

    const last = page.locator(".para-de .w").last();
    await last.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }));
    await last.tap();
    const lastCard = page.getByRole("dialog");
    await expect(lastCard).toBeVisible();
    await expectCardReachable(page, locale, lastCard, last);
    await expectSheetBelowWord(page, lastCard, last);
  });
}

test("a tap outside closes the sheet; Esc closes it and gives focus back to the word", async ({ page }) => {
  await openSeedArticle(page);
  const target = word(page, "Baumilliardär");
  await scrollWordTo(target, 200);
  await target.tap();
  const card = page.getByRole("dialog", { name: /Baumilliardär/ });
  await expect(card).toBeVisible();
  const top = (await card.boundingBox())!.y;
  // In the page margin, above the sheet.
  await page.touchscreen.tap(3, Math.round(top / 2));
  await expect(card).toBeHidden();

  await target.tap();
  await expect(card).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(target).toBeFocused();

  // Tapping another word shows that word's card in the same sheet.
  await target.tap();
  await word(page, "Gründer").tap();
  await expect(page.getByRole("dialog", { name: /Gründer/ })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(1);
});

test("the tapped word and the other half of its idiom are marked while the sheet is open", async ({ page }) => {
  await openSeedArticle(page);
  const verb = word(page, "gestellt");
  await scrollWordTo(verb, 200);
  await verb.tap();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectPartnersMarked(verb, word(page, "Aussicht"));
  await page.keyboard.press("Escape");
  await expect(page.locator(".w[data-card]")).toHaveCount(0);
});

for (const locale of ["en", "de"] as const satisfies Locale[]) {
  test(`${locale}: signed out, Save says "sign in" inside the sheet, in view`, async ({ page }) => {
    const l = LABELS[locale];
    await openSeedArticle(page, locale);
    const target = word(page, "Baumilliardär");
    await target.tap();
    const card = page.getByRole("dialog", { name: l.card("Baumilliardär") });
    await card.getByRole("button", { name: l.save }).tap();
    const notice = card.getByTestId("card-notice");
    await expect(notice).toContainText(l.signInToSave);
    await expectInWindow(page, notice, "sign-in message");
    await expectCardReachable(page, locale, card, target);
    expect(await focusIn(page, card)).toBe(true);
    if (locale === "de") await expectNoSeriousA11yViolations(page);
  });
}

test("signed in: focus stays in the sheet after Save, I know this and Ignore", async ({ page }) => {
  await signUpLearner(page, "en", "Paula Phone");
  await openSeedArticle(page);
  await word(page, "Baumilliardär").tap();
  const card = page.getByRole("dialog", { name: /Baumilliardär/ });
  await card.getByRole("button", { name: "Save word" }).tap();
  await expect(card).toContainText("Status: new");
  expect(await focusIn(page, card)).toBe(true);
  await card.getByRole("button", { name: "I know this" }).tap();
  await expect(card).toContainText("Status: known");
  expect(await focusIn(page, card)).toBe(true);
  await card.getByRole("button", { name: "Ignore" }).tap();
  await expect(card).toContainText("Status: ignored");
  expect(await focusIn(page, card)).toBe(true);
});
