// A learner's own texts on a phone (project "phone"): the same journey, nothing wider than the screen.
import { expect, test } from "@playwright/test";
import { correctMeaning, importOwnText, renameAndDelete, signUpLearner } from "./library-flows";

const overflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("import a text, correct a word, rename and delete it on a phone", async ({ page }) => {
  await signUpLearner(page, "de", "Paula Phone");
  const title = `Handytext ${Date.now()}`;
  await importOwnText(page, "de", title);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await correctMeaning(page, "de");
  await page.goto("/de/library");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await renameAndDelete(page, "de", title);
});
