// Issue 12 §3 on a desktop window of 1280×800: the card is whole on screen wherever its word is, closes
// by Esc or a click outside, keeps focus after its actions, marks its word (and split partner), and tells a
// signed-out learner to sign in right beside its actions.
import { expect, test } from "@playwright/test";
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

test.use({ viewport: { width: 1280, height: 800 } });

for (const locale of ["en", "de"] as const satisfies Locale[]) {
  test(`${locale}: Baumilliardär's card is whole in the window with its actions, wherever the word is`, async ({
    page,
  }) => {
    const l = LABELS[locale];
    await openSeedArticle(page, locale);
    const baumilliardaer = word(page, "Baumilliardär");
    const card = page.getByRole("dialog", { name: l.card("Baumilliardär") });
    // As loaded (the word in the lower part of the window), then near the top, the middle and the bottom.
    for (const y of [null, 120, 380, 740]) {
      if (y !== null) await scrollWordTo(baumilliardaer, y);
      await baumilliardaer.click();
      await expect(card).toBeVisible();
      await expectCardReachable(page, locale, card, baumilliardaer);
      await page.keyboard.press("Escape");
      await expect(card).toBeHidden();
    }
    // A long card (three compound parts) in the middle of the window: capped, its actions still in view.
    const long = word(page, "Wahlkampfversprechen");
    await scrollWordTo(long, 400);
    await long.click();
    const longCard = page.getByRole("dialog", { name: l.card("Wahlkampfversprechen") });
    await expectCardReachable(page, locale, longCard, long);
  });
}

test("Esc closes the card wherever focus is and gives it back to the word; a click outside closes it", async ({
  page,
}) => {
  await openSeedArticle(page);
  const target = word(page, "Baumilliardär");
  const card = page.getByRole("dialog", { name: /Baumilliardär/ });
  await target.click();
  await expect(card).toBeFocused();
  // Focus moved out of the (non-modal) card: Esc still closes it and focus goes back to the word.
  await page.locator("a[href]").last().focus();
  expect(await focusIn(page, card)).toBe(false);
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(target).toBeFocused();

  // A click in the margin, outside the card, closes it.
  await target.click();
  await expect(card).toBeVisible();
  await page.mouse.click(4, 400);
  await expect(card).toBeHidden();
  // A click on another word opens that word's card instead.
  await target.click();
  await word(page, "Wahlkampfversprechen").click();
  await expect(page.getByRole("dialog", { name: /Wahlkampfversprechen/ })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(1);
});

test("the clicked word and the other half of a split verb or idiom are marked while the card is open", async ({
  page,
}) => {
  await openSeedArticle(page);
  // "teilte … mit": a separable verb split across the clause.
  await word(page, "teilte").click();
  await expect(page.getByRole("dialog", { name: /mitteilen/ })).toBeVisible();
  const sentence = word(page, "teilte").locator("xpath=ancestor::span[@data-s]");
  await expectPartnersMarked(word(page, "teilte"), sentence.locator(".w", { hasText: /^mit$/ }));
  // "in Aussicht gestellt": the idiom's verb and its noun.
  await word(page, "gestellt").click();
  await expectPartnersMarked(word(page, "gestellt"), word(page, "Aussicht"));
  await expect(word(page, "teilte")).not.toHaveAttribute("data-card");
  await page.keyboard.press("Escape");
  await expect(page.locator(".w[data-card]")).toHaveCount(0);
});

for (const locale of ["en", "de"] as const satisfies Locale[]) {
  test(`${locale}: signed out, Save says "sign in" inside the card, beside its actions; focus stays`, async ({
    page,
  }) => {
    const l = LABELS[locale];
    await openSeedArticle(page, locale);
    await word(page, "Baumilliardär").click();
    const card = page.getByRole("dialog", { name: l.card("Baumilliardär") });
    await card.getByRole("button", { name: l.save }).click();
    const notice = card.getByTestId("card-notice");
    await expect(notice).toContainText(l.signInToSave);
    await expectInWindow(page, notice, "sign-in message");
    expect(await focusIn(page, card)).toBe(true);
    // The message sits right below the actions.
    const actions = (await card.getByRole("button", { name: l.known }).boundingBox())!;
    const message = (await notice.boundingBox())!;
    expect(message.y - (actions.y + actions.height)).toBeLessThan(40);
    await expect(notice.getByRole("link", { name: l.signIn })).toHaveAttribute(
      "href",
      new RegExp(`^/${locale}/sign-in\\?next=%2Fread%2F`),
    );
    if (locale === "en") await expectNoSeriousA11yViolations(page);
  });
}

test("signed in: focus stays in the card after Save, I know this and Ignore", async ({ page }) => {
  await signUpLearner(page, "en", "Karla Karte");
  await openSeedArticle(page);
  await word(page, "Baumilliardär").click();
  const card = page.getByRole("dialog", { name: /Baumilliardär/ });
  await card.getByRole("button", { name: "Save word" }).click();
  await expect(card).toContainText("Status: new");
  await expect(card.getByRole("button", { name: "Saved" })).toBeFocused();
  await card.getByRole("button", { name: "I know this" }).click();
  await expect(card).toContainText("Status: known");
  expect(await focusIn(page, card)).toBe(true);
  await page.keyboard.press("i");
  await expect(card).toContainText("Status: ignored");
  expect(await focusIn(page, card)).toBe(true);
  await expect(card.getByTestId("card-notice")).toBeEmpty();
});
