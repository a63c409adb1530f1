// A learner's own texts on a desktop, in both languages: import (German only, dateline as date and
// place), read with corrections that stick, rename, delete; nobody else can open the text.
import { expect, test } from "@playwright/test";
import { correctMeaning, importOwnText, type Locale, renameAndDelete, signUpLearner } from "./library-flows";
import { watchConsole } from "./support";

for (const locale of ["en", "de"] as const satisfies Locale[]) {
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
}
