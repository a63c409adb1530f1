// The learner pages on a phone (Pixel 7 project): nothing wider than the screen, review usable by touch.
import { expect, type Page, test } from "@playwright/test";
import { openMenu } from "./layout-flows";

async function expectNoSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("vocabulary, review and progress fit a phone screen", async ({ page }) => {
  const email = `phone-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Name").fill("Phone Learner");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("phone-Zugspitze-Wanderweg");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en$/);
  // On a phone the account name is in the header's menu.
  await expect((await openMenu(page, "en")).getByTestId("account-name")).toBeVisible();

  await page.goto("/en/vocabulary");
  await page.getByText("Add a word").click();
  await page.getByLabel("German word (dictionary form)").fill("Handy");
  await page.getByLabel("English meaning").fill("mobile phone");
  await page.getByLabel("Article").selectOption({ label: "das" });
  await page.getByRole("button", { name: "Add word" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "das Handy" })).toBeVisible();
  await expectNoSideways(page);

  // Recall with a slip: the verdict, the character comparison and the grade buttons with their intervals fit.
  await page.goto("/en/review");
  await page.getByRole("radio", { name: /^Recall/ }).tap();
  await page.getByLabel("Your answer").fill("das Handi");
  await page.getByRole("button", { name: "Check" }).tap();
  await expect(page.getByTestId("review-result").locator("[data-verdict]")).toHaveText("Almost");
  await expect(page.getByTestId("review-compare")).toBeVisible();
  await expect(page.getByTestId("interval-4")).toBeVisible();
  await expectNoSideways(page);
  await page.getByRole("button", { name: /^Easy/ }).tap();
  await expect(page.getByTestId("review-summary")).toBeVisible();
  await expectNoSideways(page);

  await page.goto("/en/progress");
  await expect(page.getByTestId("progress-today")).toContainText("1 of 20 reviews");
  await expectNoSideways(page);
});
