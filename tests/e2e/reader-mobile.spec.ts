import { expect, test } from "@playwright/test";
import { openSeedArticle } from "./support";

test("on a phone the English sits below the German and the text is readable", async ({ page }) => {
  await openSeedArticle(page);
  const paragraph = page.locator(".para--body").first();
  const german = await paragraph.locator(".para-de").boundingBox();
  const english = await paragraph.locator(".para-en").boundingBox();
  expect(german && english).toBeTruthy();
  expect(english!.y).toBeGreaterThanOrEqual(german!.y + german!.height - 1);
  const fontSize = await paragraph.locator(".para-de").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
