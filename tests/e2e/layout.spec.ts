// Phone and layout, the desktop side (journeys in layout-flows.ts): the header stays one row without a menu,
// a language switch keeps the place, and the reader with translations hidden has no empty column.
import { expect, test } from "@playwright/test";
import {
  LABELS,
  menuButton,
  readerKeepsPlace,
  revealJourney,
  reviewKeepsAnswer,
  seedArticlePath,
  signInTeacher,
  signUpLearner,
} from "./layout-flows";

test("the desktop header shows every link, without a menu button (teacher, German)", async ({ page }) => {
  await signInTeacher(page, "de");
  const header = page.locator(".site-header");
  await expect(menuButton(page, "de")).toBeHidden();
  const l = LABELS.de;
  const items = [
    ...[...l.nav, l.teacherNav].map((name) => header.getByRole("link", { name, exact: true })),
    header.getByRole("link", { name: l.settings, exact: true }),
    header.getByRole("button", { name: l.signOut }),
    header.getByRole("link", { name: "English", exact: true }),
  ];
  // As before the phone menu: every item in the header itself (the German teacher's wraps to a second row).
  for (const item of items) await expect(item).toBeVisible();
});

test("a language switch keeps the review's mode and answer", async ({ page }) => {
  await signUpLearner(page);
  await reviewKeepsAnswer(page, false);
});

// The desktop header does not stick: reaching the switch scrolls to the top, and the switch uses the place
// remembered while reading (components/locale-switcher.tsx).
test("a language switch keeps the reader's place on a desktop", async ({ page }) => {
  await signUpLearner(page);
  await readerKeepsPlace(page, await seedArticlePath(page), false);
});

// In English here; the phone runs the reveal in German (layout-mobile.spec.ts).
const locale = "en";

test(`translations hidden (${locale}): the German takes the width, a revealed paragraph shows its English below`, async ({
  page,
}) => {
  await revealJourney(page, await seedArticlePath(page), locale);
});
