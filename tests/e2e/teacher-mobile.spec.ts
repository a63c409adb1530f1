// The teacher's pages on a phone (project "phone", Pixel 7): nothing wider than the screen, tables scroll
// inside their own box.
import { expect, type Page, test } from "@playwright/test";

async function signInAsTeacher(page: Page) {
  await page.goto("/en/sign-in?next=/en/classes");
  await page.waitForLoadState("networkidle");
  await page.locator("form.auth-form input[name=email]").fill("teacher@bruecke.test");
  await page.locator("form.auth-form input[name=password]").fill("teacher-demo-pass");
  await page.locator("form.auth-form button[type=submit]").click();
  await expect(page).toHaveURL(/:\d+\/en\/classes$/);
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("classes, a class dashboard and the import form fit a phone screen", async ({ page }) => {
  await signInAsTeacher(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.getByLabel("Class name").fill("Handy-Klasse");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Handy-Klasse" })).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // The passage picker lists long titles (the seed article's) and must still fit.
  const picker = await page.getByLabel("Passage", { exact: true }).boundingBox();
  expect(picker!.x + picker!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.goto("/en/classes/passages/new");
  await page.getByLabel("German text", { exact: true }).fill("Der Hund schläft.");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
