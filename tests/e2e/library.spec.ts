// A learner's own texts on a desktop: import (German only, dateline as date and place), read with
// corrections that stick, rename, delete; nobody else can open the text. The desktop runs it in English and
// the phone (library-mobile.spec.ts) in German: the same flows, so each language is walked once per width of
// screen it matters for, not twice on a desktop (CI's 20 minutes).
import { expect, test } from "@playwright/test";
import { correctMeaning, importOwnText, renameAndDelete, signUpLearner } from "./library-flows";
import { watchConsole } from "./support";

const locale = "en";

test(`${locale}: import a text, correct a word, rename and delete it`, async ({ page, browser }) => {
  const errors = watchConsole(page);
  await signUpLearner(page, locale, "Lia Library");
  const title = `Mein Text ${locale} ${Date.now()}`;
  const readerUrl = await importOwnText(page, locale, title);
  await correctMeaning(page, locale);
  // Another visitor gets the not-found page, and the home list never shows the text.
  const stranger = await browser.newPage();
  const response = await stranger.goto(readerUrl);
  expect(response?.status()).toBe(404);
  await stranger.goto(`/${locale}`);
  await expect(stranger.getByText(title)).toHaveCount(0);
  await stranger.close();
  await renameAndDelete(page, locale, title);
  expect(errors).toEqual([]);
});
