import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** Collects console errors and page errors (hydration mismatches show up here). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Opens the seed article from the home page, as a learner would. */
export async function openSeedArticle(page: Page, locale: "en" | "de" = "en") {
  await page.goto(`/${locale}`);
  await page.getByRole("link", { name: "Alibaba-Gründer Jack Ma trifft Donald Trump" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Alibaba-Gründer Jack Ma trifft Donald Trump" }),
  ).toBeVisible();
}

export async function expectNoSeriousA11yViolations(page: Page) {
  // Next streams metadata: after a client-side navigation the <title> arrives a moment later. Scan the
  // settled page, not one caught between the two.
  await expect(page).toHaveTitle(/\S/);
  // A scan of the reader (thousands of elements) takes seconds on an idle machine and can take a minute
  // on a busy 2-core one: each scan adds a minute to the test's time limit rather than failing it.
  test.info().setTimeout(test.info().timeout + 60_000);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual(
    [],
  );
}
