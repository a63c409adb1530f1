// The teacher's draft editor on a desktop, in both languages (see editor-flows.ts).
import { test } from "@playwright/test";
import { editorJourney, signInTeacher } from "./editor-flows";

for (const locale of ["en", "de"] as const) {
  test(`${locale}: dateline, growing boxes, leaving with unsaved changes, visibility`, async ({ page, browser }) => {
    await signInTeacher(page, locale);
    await editorJourney(page, locale, () => browser.newPage());
  });
}
