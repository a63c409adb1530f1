// The teacher's draft editor on a desktop, in English; the phone runs the same journey in German
// (editor-mobile.spec.ts), so both languages are walked without a second desktop run (see editor-flows.ts).
import { test } from "@playwright/test";
import { editorJourney, signInTeacher } from "./editor-flows";

const locale = "en";

test(`${locale}: dateline, growing boxes, leaving with unsaved changes, visibility`, async ({ page, browser }) => {
  await signInTeacher(page, locale);
  await editorJourney(page, locale, () => browser.newPage());
});
