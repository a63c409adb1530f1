import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, openSeedArticle, watchConsole } from "./support";

test.describe("reader", () => {
  test("the server sends the article and its translation before any JavaScript runs", async ({ page, request }) => {
    await openSeedArticle(page);
    const html = await (await request.get(page.url())).text();
    const text = html.replace(/<[^>]+>/g, "");
    expect(html).toContain(">Baumilliardär</span>");
    expect(text).toContain("Wenn es um das Geschäft geht, scheint Donald Trump alle Fehden vergessen zu können.");
    expect(html).toContain("When it comes to business, Donald Trump seems able to forget all his feuds.");
    expect(html).toContain("Reuters/maka");
    // The date glued to the first line is metadata, not text.
    expect(html).not.toContain("date 2017-01");
  });

  test("the article is in the page on a full load, and fetched once on a client-side navigation", async ({ page }) => {
    const articleRequests: string[] = [];
    page.on("request", (request) => {
      if (/\/api\/passages\/[^/]+\/article/.test(request.url())) articleRequests.push(request.url());
    });
    // A client-side navigation from the home page: no server HTML of the article, so it is fetched.
    await page.goto("/en");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("link", { name: "Alibaba-Gründer Jack Ma trifft Donald Trump" }).click();
    const word = page.locator(".reader-text .w", { hasText: "Baumilliardär" }).first();
    await expect(word).toBeVisible();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(articleRequests).toHaveLength(1);
    await word.click();
    await expect(page.getByRole("dialog")).toContainText("construction");
    // A full load of the same address: hydration keeps the server's article, nothing is fetched.
    const errors = watchConsole(page);
    await page.reload();
    await expect(page.locator("#passage-title")).toBeVisible();
    await expect(page.locator("[data-words=ready]")).toBeVisible();
    await expect(word).toBeVisible();
    expect(articleRequests).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test("a word tapped before the scripts have run opens its card once they have", async ({ page }) => {
    await openSeedArticle(page);
    const address = page.url();
    // Hold the framework's scripts back, as a slow phone does, until the tap has happened.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/_next/static/**/*.js", async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(address, { waitUntil: "commit" });
    const word = page.locator(".reader-text .w", { hasText: "Baumilliardär" }).first();
    await word.click();
    // Nothing has run yet: the server's markup, no card.
    await expect(page.locator(".reader-shell")).toHaveAttribute("data-words", "loading");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    release();
    await expect(page.getByRole("dialog")).toContainText("construction");
    // Later taps are the reader's own: the early tap is not replayed over them.
    await page.keyboard.press("Escape");
    await page.locator(".reader-text .w", { hasText: "Geschäft" }).first().click();
    await expect(page.getByRole("dialog")).toContainText("business");
  });

  test("paragraph kinds: headings, the tweet embed and the source line", async ({ page }) => {
    await openSeedArticle(page);
    await expect(page.getByRole("heading", { level: 2, name: "Kleine Firmen sollen profitieren" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Alibaba will sich von Staatsunternehmen abheben" }),
    ).toBeVisible();
    const embed = page.locator(".para--embed blockquote");
    await expect(embed).toContainText("$BABA works w/US companies");
    await expect(page.locator(".para--embed figure")).toHaveAttribute("lang", "en");
    await expect(page.locator(".para--embed .para-en")).toHaveCount(0);
    await expect(page.locator(".para-source")).toHaveText("(Reuters/maka)");
    await expect(page.getByText("Published 2017-01")).toBeVisible();
  });

  test("hovering or focusing a German sentence highlights its English sentence", async ({ page }) => {
    await openSeedArticle(page);
    const german = page.locator('.para-de .s[data-s="0-2"]');
    const english = page.locator('.para-en .s[data-s="0-2"]');
    await expect(english).toContainText("real-estate billionaire");
    await german.locator(".w", { hasText: "Baumilliardär" }).hover();
    await expect(english).toHaveClass(/is-active/);
    await expect(page.locator('.para-en .s[data-s="0-1"]')).not.toHaveClass(/is-active/);
    // …and back: hovering the English sentence highlights the German one.
    await page.locator('.para-en .s[data-s="1-0"]').hover();
    await expect(page.locator('.para-de .s[data-s="1-0"]')).toHaveClass(/is-active/);
    await expect(english).not.toHaveClass(/is-active/);
  });

  test("keyboard: one tab stop into the text, arrows move word by word, focus highlights", async ({ page }) => {
    await openSeedArticle(page);
    const first = page.locator('.w[tabindex="0"]');
    await expect(first).toHaveCount(1);
    await expect(first).toHaveText("Wenn");
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".w:focus")).toHaveText("es");
    await page.keyboard.press("End");
    await expect(page.locator(".w:focus")).toHaveText("wird");
    await expect(page.locator(".para-en .s.is-active")).toContainText("sanctions");
  });

  test("hide all translations, reveal one paragraph, preference kept on reload", async ({ page }) => {
    await openSeedArticle(page);
    const firstEnglish = page.locator(".para--body .para-en").first();
    await expect(firstEnglish).toBeVisible();
    await page.getByRole("button", { name: "Hide translations" }).click();
    await expect(firstEnglish).toBeHidden();
    const reveal = page.locator(".para--body").first().getByRole("button", { name: "Show translation" });
    await reveal.click();
    await expect(firstEnglish).toBeVisible();
    await expect(page.locator(".para--body .para-en").nth(1)).toBeHidden();
    await page.reload();
    await expect(page.getByRole("button", { name: "Show translations" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".para--body .para-en").nth(1)).toBeHidden();
    await page.getByRole("button", { name: "Show translations" }).click();
    await expect(page.locator(".para--body .para-en").nth(1)).toBeVisible();
  });

  test("text size changes and is remembered", async ({ page }) => {
    await openSeedArticle(page);
    const body = page.locator(".reader-body");
    const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole("button", { name: "Larger text" }).click();
    await page.getByRole("button", { name: "Larger text" }).click();
    const after = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(after).toBeGreaterThan(before);
    await page.reload();
    await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(after);
  });

  test("read aloud uses a German voice or says clearly that none exists", async ({ page }) => {
    await openSeedArticle(page);
    const hasGerman = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.startsWith("de")));
    await page.locator('.s[data-s="0-0"] .say').click();
    if (hasGerman) {
      await expect.poll(() => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(true);
    } else {
      await expect(page.getByRole("status")).toContainText("no German voice");
    }
  });

  test("marking read asks an anonymous visitor to sign in and changes nothing", async ({ page }) => {
    await openSeedArticle(page);
    const button = page.locator(".para--body").first().getByRole("button", { name: "Mark as read" });
    await button.click();
    await expect(page.getByRole("status")).toContainText("Sign in to keep track");
    await expect(button).toHaveAttribute("aria-pressed", "false");
  });

  test("German interface, no hydration or console errors in either locale", async ({ page }) => {
    const errors = watchConsole(page);
    await openSeedArticle(page, "de");
    await expect(page.getByRole("button", { name: "Übersetzungen ausblenden" })).toBeVisible();
    await expect(page.getByText("Veröffentlicht 2017-01")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page
      .getByRole("navigation", { name: "Sprache der Oberfläche" })
      .getByRole("link", { name: "English" })
      .click();
    await expect(page.getByRole("button", { name: "Hide translations" })).toBeVisible();
    await expect(page).toHaveURL(/\/en\/read\//);
    expect(errors).toEqual([]);
  });

  test("the root redirects by Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "de-DE",
      extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
    await context.close();
  });

  test("unknown passages get the translated not-found page", async ({ page }) => {
    const response = await page.goto("/de/read/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nicht gefunden" })).toBeVisible();
  });

  // The one scan of every word of the article (other scans sample its first paragraphs: tests/e2e/support.ts);
  // a11y.spec.ts scans every page in both locales.
  test("axe finds no serious violations in the whole article", async ({ page }) => {
    await openSeedArticle(page, "de");
    await expectNoSeriousA11yViolations(page, { wholeArticle: true });
  });
});
