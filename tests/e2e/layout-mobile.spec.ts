// Phone and layout on a phone (project "phone", at the 390×844; journeys in layout-flows.ts): the
// compact header and its menu, tap targets and page width on every main page, a language switch that
// keeps the place, and the reader with translations hidden. The teacher's German header is the longest.
import { devices, expect, test } from "@playwright/test";
import {
  classWithLearner,
  expectPhoneFriendly,
  openMenu,
  PHONE,
  phoneMenuJourney,
  readerKeepsPlace,
  revealJourney,
  reviewKeepsAnswer,
  seedArticlePath,
  signInTeacher,
  signOutFromMenu,
  signUpLearner,
} from "./layout-flows";
import { expectNoSeriousA11yViolations } from "./support";

test.use({ viewport: PHONE });

test("learner in English: a compact header, a menu that works by keyboard, sign out from it", async ({ page }) => {
  await signUpLearner(page);
  await page.goto("/en");
  await phoneMenuJourney(page, "en", false);
  await signOutFromMenu(page, "en");
});

test("teacher in German: the longest header is compact too, its menu has the class links", async ({ page }) => {
  await signInTeacher(page, "de");
  await phoneMenuJourney(page, "de", true);
  await expectNoSeriousA11yViolations(page);
});

test("every main page fits the phone and every tap target is at least 44×44 px", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signUpLearner(page);
  const reader = await seedArticlePath(page);
  const teacher = await (await browser.newContext({ ...devices["Pixel 7"], viewport: PHONE })).newPage();
  await signInTeacher(teacher, "de");
  const classPage = await classWithLearner(teacher, page);

  // The learner, in English.
  for (const path of ["", reader, "/library", "/vocabulary", "/progress", "/classes/joined", "/settings"]) {
    await page.goto(`/en${path}`);
    await expectPhoneFriendly(page, `learner /en${path}`);
  }
  await openMenu(page, "en");
  await expectPhoneFriendly(page, "learner menu");
  // The review in each of its states: recognition, recall with an answer typed, the answer checked.
  await page.goto("/en/review");
  await expectPhoneFriendly(page, "review, recognition");
  await page.getByRole("button", { name: "Show answer" }).tap();
  await expectPhoneFriendly(page, "review, answer shown");
  await page.getByRole("radio", { name: /^Recall/ }).tap();
  await page.getByLabel("Your answer").fill("das Handi");
  await expectPhoneFriendly(page, "review, recall");
  await page.getByRole("button", { name: "Check" }).tap();
  await expect(page.getByTestId("interval-4")).toBeVisible();
  await expectPhoneFriendly(page, "review, checked");

  // The teacher, in German (the longer labels), on the teacher pages and the learner pages.
  for (const path of [
    "",
    "/classes",
    classPage,
    "/classes/passages/new",
    reader,
    "/library",
    "/vocabulary",
    "/review",
    "/progress",
    "/settings",
  ]) {
    await teacher.goto(`/de${path}`);
    await expectPhoneFriendly(teacher, `teacher /de${path}`);
  }
  await teacher.goto(`/de${classPage}`);
  await teacher.locator("details summary").first().tap();
  await expectPhoneFriendly(teacher, "class dashboard, by student");
  await expectNoSeriousA11yViolations(teacher);
  await openMenu(teacher, "de");
  await expectPhoneFriendly(teacher, "teacher menu");

  // Signed out.
  await teacher.context().clearCookies();
  for (const path of ["/de", "/de/sign-in", "/en/sign-up"]) {
    await teacher.goto(path);
    await expectPhoneFriendly(teacher, `signed out ${path}`);
  }
});

test("a language switch keeps the reader's place and the review's mode and answer", async ({ page }) => {
  await signUpLearner(page);
  await readerKeepsPlace(page, await seedArticlePath(page), true);
  await reviewKeepsAnswer(page, true);
});

test("translations hidden: the German fills the screen, a revealed paragraph shows its English below", async ({
  page,
}) => {
  const reader = await seedArticlePath(page);
  await revealJourney(page, reader, "de");
});
