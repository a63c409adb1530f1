// The teacher's draft editor on a phone (project "phone"), in German (see editor-flows.ts).
import { test } from "@playwright/test";
import { editorJourney, signInTeacher } from "./editor-flows";

test("dateline, growing boxes, leaving with unsaved changes, visibility on a phone", async ({ page, browser }) => {
  await signInTeacher(page, "de");
  await editorJourney(page, "de", () => browser.newPage());
});
