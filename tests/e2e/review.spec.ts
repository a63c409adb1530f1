// Save a word, review it in every mode with the keyboard, see the summary and the progress page.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchConsole } from "./support";

const DEMO_LEARNER = { email: "learner@bruecke.test", password: "learner-demo-pass" };
const WORD = { lemma: "Straße", gender: "die", gloss: "street", context: "Die Straße ist lang und schmal." };

// One sign-in for the whole file: the demo account's sign-in is throttled per account.
test.describe.configure({ mode: "serial" });
let storageState: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.getByLabel("Email address").fill(DEMO_LEARNER.email);
  await page.getByLabel("Password").fill(DEMO_LEARNER.password);
  await page.locator("form.auth-form").getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("account-name")).toBeVisible();
  storageState = await context.storageState();
  await context.close();
});

// biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument
test.use({ storageState: async ({}, use) => use(storageState) });

/** Page object for /review. */
class ReviewPage {
  readonly card: Locator;
  /** Cards from other tests that came before ours, graded Easy to get them out of the way. */
  skipped = 0;

  constructor(private readonly page: Page) {
    this.card = page.getByTestId("review-card");
  }

  async open(locale = "en") {
    await this.page.goto(`/${locale}/review`);
  }

  mode(name: RegExp) {
    return this.page.getByRole("radio", { name });
  }

  grade(name: string) {
    return this.page.getByRole("button", { name: new RegExp(`^${name}`) });
  }

  /** Until our word is showing: reveal and grade Easy (recognition mode, keys only). */
  async untilOurWord() {
    await this.mode(/^Recognise/).check();
    for (let i = 0; i < 100; i++) {
      await expect(this.card).toBeVisible();
      if ((await this.card.getByText(`${WORD.gender} ${WORD.lemma}`, { exact: true }).count()) > 0) return;
      const shown = await this.card.getAttribute("data-card");
      await this.page.keyboard.press("Space");
      await this.page.keyboard.press("4");
      await expect(this.card).not.toHaveAttribute("data-card", shown ?? "");
      this.skipped++;
    }
    throw new Error("our word never came up");
  }

  /** Waits for a grade to be saved and the next card (or the same card's next version) to show. */
  async nextCard(previous: string | null) {
    await expect(this.card.or(this.page.getByTestId("review-summary"))).toBeVisible();
    if (await this.card.count()) await expect(this.card).not.toHaveAttribute("data-card", previous ?? "");
  }
}

test("save a word, review it in all three modes with the keyboard, then see it on the progress page", async ({
  page,
}) => {
  const errors = watchConsole(page);

  // Save the word (the vocabulary page's form calls the same saveWord action as the reader's card).
  await page.goto("/en/vocabulary");
  await page.getByText("Add a word").click();
  await page.getByLabel("German word (dictionary form)").fill(WORD.lemma);
  await page.getByLabel("English meaning").fill(WORD.gloss);
  await page.getByLabel("Word type").selectOption("noun");
  await page.getByLabel("Article").selectOption({ label: WORD.gender });
  await page.getByLabel("Example sentence (optional)").fill(WORD.context);
  await page.getByRole("button", { name: "Add word" }).click();
  await expect(page.getByText(`Added “${WORD.lemma}”.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `${WORD.gender} ${WORD.lemma}` })).toBeVisible();

  const review = new ReviewPage(page);
  await review.open();
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  // Room for many new cards, in case other tests saved words for the demo learner too.
  await page.getByText("Daily settings").click();
  await page.getByLabel("New cards per day").fill("200");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved. Your queue has been updated.")).toBeVisible();
  // The save refreshes the page's server data (router.refresh), which streams the page's metadata again:
  // scanned while that lands, the page can be caught without its <title>. Scan once the refresh is done.
  await page.waitForLoadState("networkidle");
  await expectNoSeriousA11yViolations(page);

  // 1. Recognition: Space reveals, 1 = Again; U undoes it; then Again for real (due again in a minute).
  await review.untilOurWord();
  await expect(review.card).toContainText(WORD.context);
  let shown = await review.card.getAttribute("data-card");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("review-answer")).toContainText(WORD.gloss);
  await page.keyboard.press("1");
  await review.nextCard(shown);
  await expect(page.getByRole("button", { name: "Undo last grade" })).toBeEnabled();
  await page.keyboard.press("u");
  await expect(page.getByText("The last grade was taken back.")).toBeVisible();
  await expect(review.card.getByText(`${WORD.gender} ${WORD.lemma}`, { exact: true })).toBeVisible();
  shown = await review.card.getAttribute("data-card");
  await page.keyboard.press("Space");
  await page.keyboard.press("1");
  await review.nextCard(shown);

  // 2. Recall: type the noun with its article, tolerant of case and ss for ß; Enter checks, 3 = Good.
  await review.mode(/^Recall/).check();
  await expect(review.card).toContainText("Type the German noun with its article");
  await expect(review.card).toContainText(WORD.gloss);
  const answer = page.getByLabel("Your answer");
  await answer.fill("die strasse");
  await answer.press("Enter");
  const result = page.getByTestId("review-result");
  await expect(result).toContainText("Right — mind the spelling");
  await expect(result).toContainText("You wrote ss for ß.");
  await expect(result).toContainText("Answer: die Straße");
  shown = await review.card.getAttribute("data-card");
  await page.keyboard.press("3");
  await review.nextCard(shown);

  // 3. Cloze: the sentence with the word blanked; 4 = Easy sends the card into long-term review.
  await review.mode(/^Fill the gap/).check();
  await expect(review.card).toContainText("ist lang und schmal.");
  await expect(review.card).not.toContainText(WORD.context);
  await answer.fill("Straße");
  await answer.press("Enter");
  await expect(result).toContainText("Right");
  await expect(review.card).toContainText(WORD.context);
  await page.keyboard.press("4");

  // Summary: our three grades (one wrong) plus any cards skipped on the way.
  const summary = page.getByTestId("review-summary");
  await expect(summary.getByRole("heading", { name: "Session summary" })).toBeVisible();
  await expect(page.getByTestId("summary-reviewed")).toHaveText(String(1 + review.skipped));
  await expect(summary).toContainText(`${3 + review.skipped} grades`);
  await expect(page.getByTestId("summary-accuracy")).toHaveText(
    `${Math.round(((2 + review.skipped) / (3 + review.skipped)) * 100)}%`,
  );
  await expect(page.getByTestId("summary-next-due")).not.toHaveText("…");
  await expect(page.getByTestId("summary-time")).toHaveText(/\d+ s$/);

  // Progress: today's reviews, the chart and its table, the streak.
  await summary.getByRole("link", { name: "See your progress" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("progress-today")).toContainText(`${3 + review.skipped} of 20 reviews`);
  await expect(page.getByTestId("progress-streak")).toContainText("1 day");
  const chart = page.getByRole("img", { name: /Bar chart of reviews per day/ });
  await expect(chart).toHaveAttribute("aria-label", new RegExp(`${3 + review.skipped} in total`));
  await page.getByText("Show the numbers").first().click();
  const rows = page.getByRole("table", { name: "Reviews per day" }).getByRole("row");
  await expect(rows.last().getByRole("cell").first()).toHaveText(String(3 + review.skipped));
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});

test("vocabulary: search, edit, tag, change status, export and delete", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/en/vocabulary");
  const add = async (lemma: string, gloss: string, pos: string, article?: string) => {
    await page.getByLabel("German word (dictionary form)").fill(lemma);
    await page.getByLabel("English meaning").fill(gloss);
    await page.getByLabel("Word type").selectOption(pos);
    await page.getByLabel("Article").selectOption(article ? { label: article } : "");
    await page.getByRole("button", { name: "Add word" }).click();
    await expect(page.getByText(`Added “${lemma}”.`)).toBeVisible();
  };
  await page.getByText("Add a word").click();
  await add("Zeitung", "newspaper", "noun", "die");
  await add("laufen", "=run", "verb");

  const items = page.getByTestId("vocab-item");
  await page.getByRole("searchbox", { name: "Search" }).fill("NEWS");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(items).toHaveCount(1);
  const zeitung = items.filter({ has: page.getByRole("heading", { name: "die Zeitung" }) });

  await zeitung.getByRole("button", { name: "Edit die Zeitung" }).click();
  await zeitung.getByLabel("English meaning").fill("newspaper, paper");
  await zeitung.getByLabel("Note").fill("plural: die Zeitungen");
  await zeitung.getByLabel("Tags").fill("media, daily");
  await zeitung.getByRole("button", { name: "Save" }).click();
  await expect(zeitung.getByText("Saved.")).toBeVisible();
  await expect(zeitung).toContainText("newspaper, paper");
  await expect(zeitung).toContainText("plural: die Zeitungen");

  await zeitung.getByRole("group", { name: "Status of die Zeitung" }).getByRole("button", { name: "Known" }).click();
  await expect(zeitung.getByRole("button", { name: "Known" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/en/vocabulary?tag=media");
  await expect(items).toHaveCount(1);
  await expect(page.getByLabel("Status", { exact: true })).toContainText("Known (1)");

  // Exports: the caller's words only. Known words are left out unless the box is ticked (or, as here, the
  // status filter asks for them).
  const exportForm = page.locator("form[action='/api/vocabulary/export']");
  await expect(exportForm.locator("input[name=tag]")).toHaveValue("media");
  const apkgDownload = page.waitForEvent("download");
  await exportForm.getByRole("button", { name: "Anki package (.apkg)" }).click();
  expect((await apkgDownload).suggestedFilename()).toBe("bruecke-vocabulary.apkg");
  const anki = await page.request.get("/api/vocabulary/export?format=anki&tag=media&all=1");
  expect(anki.status()).toBe(200);
  const ankiText = await anki.text();
  expect(ankiText).toContain("#separator:tab\n#html:true\n#notetype:Brücke\n#deck:Brücke\n");
  expect(ankiText).toContain("die Zeitung\t\tnoun\tnewspaper, paper\t");
  expect(ankiText).toContain("\tbruecke media daily\tbruecke-");
  expect(ankiText).not.toContain("laufen");
  const withoutKnown = await (await page.request.get("/api/vocabulary/export?format=anki&tag=media")).text();
  expect(withoutKnown).not.toContain("Zeitung");
  const csv = await (await page.request.get("/api/vocabulary/export?format=csv&all=1")).text();
  expect(csv).toContain(`"laufen","laufen","laufen","verb","","","'=run",`);
  expect(csv).toContain('"newspaper, paper"');

  await page.goto("/en/vocabulary?q=laufen");
  const laufen = items.filter({ has: page.getByRole("heading", { name: "laufen" }) });
  await laufen.getByRole("button", { name: "Delete laufen" }).click();
  await expect(laufen.getByRole("alertdialog")).toContainText("Delete “laufen” and its review history?");
  await laufen.getByRole("button", { name: "Yes, delete" }).click();
  await expect(items).toHaveCount(0);
  await expect(page.getByText("No words match these filters.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);

  const anonymous = await page.request.get("/api/vocabulary/export?format=csv", { headers: { cookie: "" } });
  expect(anonymous.status()).toBe(401);
});

test("the review page in German", async ({ page }) => {
  await page.goto("/de/review");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Wiederholen" })).toBeVisible();
  await expect(page.getByTestId("review-queue")).toContainText("Heute begonnene neue Karten");
  await expect(page.getByText("Tageseinstellungen")).toBeVisible();
  await page.goto("/de/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Dein Fortschritt" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Balkendiagramm der Wiederholungen pro Tag/ })).toBeVisible();
});

test("a grade sent after the session ended is refused with a translated message", async ({ browser }) => {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto("/en/vocabulary");
  await page.getByText("Add a word").click();
  await page.getByLabel("German word (dictionary form)").fill("Ufer");
  await page.getByLabel("English meaning").fill("shore");
  await page.getByLabel("Word type").selectOption("noun");
  await page.getByLabel("Article").selectOption({ label: "das" });
  await page.getByRole("button", { name: "Add word" }).click();
  await expect(page.getByText("Added “Ufer”.")).toBeVisible();

  const review = new ReviewPage(page);
  await review.open("de");
  await review.mode(/^Erkennen/).check();
  await expect(review.card).toBeVisible();
  const shown = await review.card.getAttribute("data-card");
  // The session cookie goes (as when it ends): the grade is refused, the card stays, the page says why.
  await context.clearCookies();
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByRole("status").filter({ hasText: "Deine Sitzung ist abgelaufen" })).toBeVisible();
  await expect(review.card).toHaveAttribute("data-card", shown ?? "");
  await context.close();
});

test("signed out, the review page asks to sign in and comes back", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/en/review");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Freview$/);
  await context.close();
});
