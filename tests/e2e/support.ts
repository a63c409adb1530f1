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

/**
 * axe on the page as it is: no serious or critical violation. In the reader only the first paragraphs are
 * scanned unless `wholeArticle` is set: every paragraph comes from one template (lib/reading/article-html.ts),
 * the first ones hold each kind (heading, paragraph, translation, actions), and a scan of all 2,500 words of
 * the seed article takes 20–30 s on a busy 2-core machine. reader.spec.ts scans the whole article once.
 */
export async function expectNoSeriousA11yViolations(page: Page, { wholeArticle = false } = {}) {
  // Next streams metadata: after a client-side navigation the <title> arrives a moment later. Scan the
  // settled page, not one caught between the two.
  await expect(page).toHaveTitle(/\S/);
  // A scan of the reader (thousands of elements) takes seconds on an idle machine and can take a minute
  // on a busy 2-core one: each scan adds a minute to the test's time limit rather than failing it.
  test.info().setTimeout(test.info().timeout + 60_000);
  const scan = async () => {
    const axe = new AxeBuilder({ page });
    if (!wholeArticle) axe.exclude(".reader-text section.para:nth-child(n+6)");
    const results = await axe.analyze();
    return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  };
  let serious = await scan();
  // A server action's router.refresh that lands during the scan streams the metadata again, and the page
  // is without its <title> for that moment: scan once more when that is all axe saw. A page that really
  // lacks a title fails the wait before the scan, and the second scan too.
  if (serious.length === 1 && serious[0]?.id === "document-title") {
    await expect(page).toHaveTitle(/\S/);
    serious = await scan();
  }
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`)).toEqual(
    [],
  );
}
