// Listening on a phone: the player's controls and the paragraph's button are reachable and big enough
// to tap (44 × 44 px at least), and reading works by touch.
import { expect, type Locator, test } from "@playwright/test";
import { fakeSpeech, sentencesOf, spokenTexts } from "./fake-speech";
import { openSeedArticle } from "./support";

async function expectTappable(control: Locator) {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, await control.evaluate((el) => el.outerHTML.slice(0, 80))).not.toBeNull();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
}

for (const locale of ["en", "de"] as const) {
  const l =
    locale === "en"
      ? { listen: "Listen", paragraph: "Listen to paragraph", top: "From the top", pause: "Pause", status: "Paused" }
      : { listen: "Anhören", paragraph: "Absatz anhören", top: "Von Anfang an", pause: "Pause", status: "Angehalten" };

  test(`listening by touch, with tap targets of 44 px (${locale})`, async ({ page }) => {
    await fakeSpeech(page, { msPerUtterance: 60_000 });
    await openSeedArticle(page, locale);
    const first = page.locator(".para--body").first();
    const sentences = await sentencesOf(page, ".para--body >> nth=0");
    const paragraphButton = first.getByRole("button", { name: l.paragraph });
    await expectTappable(paragraphButton);
    await paragraphButton.tap();
    await expect.poll(() => spokenTexts(page)).toEqual([sentences[0]!.text]);
    await expect(page.locator(".para-de .s.is-speaking")).toHaveAttribute("data-s", sentences[0]!.key);

    const toggle = page.getByRole("button", { name: l.listen, exact: true });
    const player = page.locator("#listen-player");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    for (const control of await player.locator("button, select").all()) await expectTappable(control);
    await expectTappable(toggle);
    await player.getByRole("button", { name: l.pause }).tap();
    await expect(player.getByRole("status")).toHaveText(l.status);
    await player.getByRole("button", { name: l.top }).tap();
    await expect(page.locator(".para-de .s.is-speaking")).toHaveAttribute("data-s", sentences[0]!.key);
    // The player's row fits the screen: nothing wider than the phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
