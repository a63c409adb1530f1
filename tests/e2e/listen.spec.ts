// Listening: the reader reads a paragraph or the passage aloud sentence by sentence, highlighting the
// sentence being read. The browser's speech synthesis is a recording fake (tests/e2e/fake-speech.ts).
import { expect, type Page, test } from "@playwright/test";
import { fakeSpeech, finishUtterance, sentencesOf, spoken, spokenTexts } from "./fake-speech";
import { expectNoSeriousA11yViolations, openSeedArticle } from "./support";

const FIRST = ".para--body >> nth=0";
const speaking = (page: Page) => page.locator(".para-de .s.is-speaking");
const player = (page: Page) => page.locator("#listen-player");

test.describe("listening", () => {
  test("a paragraph is read sentence by sentence, in order, with the sentence being read highlighted", async ({
    page,
  }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page);
    const sentences = await sentencesOf(page, FIRST);
    expect(sentences.length).toBeGreaterThan(2);
    await page.locator(FIRST).getByRole("button", { name: "Listen to paragraph" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Reading aloud");
    // The highlight follows the voice, sentence by sentence, on both sides of the text.
    await expect(page.locator(`.para-en .s[data-s="${sentences[0]!.key}"]`)).toHaveClass(/is-speaking/);
    for (const [i, sentence] of sentences.entries()) {
      await expect(speaking(page)).toHaveAttribute("data-s", sentence.key);
      await expect(player(page).getByTestId("listen-position")).toContainText(
        `sentence ${i + 1} of ${sentences.length}`,
      );
      expect(await spokenTexts(page)).toEqual(sentences.slice(0, i + 1).map((s) => s.text));
      await finishUtterance(page);
    }
    await expect(player(page).getByRole("status")).toHaveText("Finished reading aloud");
    await expect(speaking(page)).toHaveCount(0);
    const voices = await spoken(page);
    expect(voices.every((u) => u.voice === "de-DE" && u.lang === "de-DE" && u.rate === 1)).toBe(true);
  });

  test("utterances ending on their own carry the reading to the paragraph's end", async ({ page }) => {
    await fakeSpeech(page, { msPerUtterance: 300 });
    await openSeedArticle(page);
    const sentences = await sentencesOf(page, FIRST);
    await page.locator(FIRST).getByRole("button", { name: "Listen to paragraph" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Finished reading aloud", { timeout: 20_000 });
    expect(await spokenTexts(page)).toEqual(sentences.map((s) => s.text));
  });

  test("pause keeps the place, resume says that sentence again and goes on; stop ends it", async ({ page }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page);
    const sentences = await sentencesOf(page, FIRST);
    await page.getByRole("button", { name: "Listen", exact: true }).click();
    await expect(page.getByRole("button", { name: "Listen", exact: true })).toHaveAttribute("aria-expanded", "true");
    await player(page).getByRole("button", { name: "From the top" }).click();
    await expect(speaking(page)).toHaveAttribute("data-s", sentences[0]!.key);
    await finishUtterance(page);
    await expect(speaking(page)).toHaveAttribute("data-s", sentences[1]!.key);
    await player(page).getByRole("button", { name: "Pause" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Paused");
    // The cancelled utterance's late "interrupted" error does not move the player on.
    await page.waitForTimeout(500);
    expect(await spokenTexts(page)).toEqual([sentences[0]!.text, sentences[1]!.text]);
    await expect(speaking(page)).toHaveAttribute("data-s", sentences[1]!.key);
    await player(page).getByRole("button", { name: "Resume" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Reading aloud");
    await expect.poll(() => spokenTexts(page)).toHaveLength(3);
    await finishUtterance(page);
    await expect(speaking(page)).toHaveAttribute("data-s", sentences[2]!.key);
    expect(await spokenTexts(page)).toEqual([
      sentences[0]!.text,
      sentences[1]!.text,
      sentences[1]!.text,
      sentences[2]!.text,
    ]);
    const stop = player(page).getByRole("button", { name: "Stop" });
    await stop.click();
    await expect(player(page).getByRole("status")).toHaveText("Stopped");
    await expect(speaking(page)).toHaveCount(0);
    await expect(player(page).getByRole("button", { name: "Pause" })).toBeDisabled();
    // A keyboard user keeps their place: the stopped Stop button still has focus, and pressing it is harmless.
    await expect(stop).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(player(page).getByRole("status")).toHaveText("Stopped");
  });

  test("from here starts at the paragraph the learner is at; the sentence read is scrolled into view", async ({
    page,
  }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page);
    const third = ".para--body >> nth=2";
    const sentences = await sentencesOf(page, third);
    await page.locator(third).locator(".w").first().focus();
    await page.getByRole("button", { name: "Listen", exact: true }).click();
    await player(page).getByRole("button", { name: "From here" }).click();
    await expect(speaking(page)).toHaveAttribute("data-s", sentences[0]!.key);
    expect(await spokenTexts(page)).toEqual([sentences[0]!.text]);
    // From the top at the end of the text: the first sentence comes into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await player(page).getByRole("button", { name: "From the top" }).click();
    const first = page.locator(".para-de .s").first();
    await expect(first).toHaveClass(/is-speaking/);
    await expect(first).toBeInViewport();
  });

  test("speed: applied to the sentence being read, to later ones and to the say buttons, and remembered", async ({
    page,
  }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page);
    const sentences = await sentencesOf(page, FIRST);
    await page.locator(FIRST).getByRole("button", { name: "Listen to paragraph" }).click();
    await expect.poll(() => spokenTexts(page)).toEqual([sentences[0]!.text]);
    await player(page).getByLabel("Speed").selectOption("1.25");
    // The sentence is said again at the new speed, and so is the next one.
    await expect.poll(async () => (await spoken(page)).map((u) => u.rate)).toEqual([1, 1.25]);
    expect((await spokenTexts(page))[1]).toBe(sentences[0]!.text);
    await finishUtterance(page);
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe(sentences[1]!.text);
    expect((await spoken(page)).at(-1)?.rate).toBe(1.25);
    await page.reload();
    await page.getByRole("button", { name: "Listen", exact: true }).click();
    await expect(player(page).getByLabel("Speed")).toHaveValue("1.25");
    await page.locator('.s[data-s="0-0"] .say').click();
    await expect.poll(async () => (await spoken(page)).map((u) => u.rate)).toEqual([1.25]);
  });

  test("without a German voice nothing is read and the reader says why, in both languages", async ({ page }) => {
    await fakeSpeech(page, { german: false });
    await openSeedArticle(page);
    await page.locator(FIRST).getByRole("button", { name: "Listen to paragraph" }).click();
    await expect(page.locator(".reader-message")).toContainText("no German voice");
    await player(page).getByRole("button", { name: "From the top" }).click();
    await expect(page.locator(".reader-message")).toContainText("no German voice");
    expect(await spokenTexts(page)).toEqual([]);
    await expect(speaking(page)).toHaveCount(0);
    await openSeedArticle(page, "de");
    await page.locator(FIRST).getByRole("button", { name: "Absatz anhören" }).click();
    await expect(page.locator(".reader-message")).toContainText("keine deutsche Stimme");
  });

  test("German labels; axe finds no serious problem with the player open and reading", async ({ page }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page, "de");
    await page.getByRole("button", { name: "Anhören", exact: true }).click();
    await player(page).getByRole("button", { name: "Von Anfang an" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Wird vorgelesen");
    await expect(player(page).getByTestId("listen-position")).toContainText("Satz 1 von");
    await expect(player(page).getByLabel("Tempo")).toContainText("0,75×");
    await expect(player(page).getByRole("button", { name: "Pause" })).toBeEnabled();
    await expectNoSeriousA11yViolations(page);
    await player(page).getByRole("button", { name: "Pause" }).click();
    await expect(player(page).getByRole("status")).toHaveText("Angehalten");
    await expect(player(page).getByRole("button", { name: "Weiter" })).toBeVisible();
  });
});
