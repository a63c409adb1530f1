// "A card you can always reach" (issue 12 §3), as steps shared by the desktop spec (card-reach.spec.ts,
// 1280×800, mouse) and the phone spec (card-reach-mobile.spec.ts, 390×844, touch).
import { expect, type Locator, type Page } from "@playwright/test";

export type Locale = "en" | "de";

export const LABELS = {
  en: {
    card: (word: string) => new RegExp(`Word card: ${word}`),
    save: "Save word",
    saved: "Saved",
    known: "I know this",
    ignore: "Ignore",
    status: /^Status: /,
    signInToSave: "Sign in to save words and review them later.",
    signIn: "Sign in",
  },
  de: {
    card: (word: string) => new RegExp(`Wortkarte: ${word}`),
    save: "Wort speichern",
    saved: "Gespeichert",
    known: "Kenne ich",
    ignore: "Ignorieren",
    status: /^Status: /,
    signInToSave: "Melde dich an, um Wörter zu speichern und später zu wiederholen.",
    signIn: "Anmelden",
  },
} as const;

/** The German word `text` in the article (the first one, when it occurs more than once). */
export function word(page: Page, text: string): Locator {
  return page.locator(".para-de .w", { hasText: new RegExp(`^${text}$`) }).first();
}

/** Scrolls the page so the top of `target` is `y` pixels below the top of the window. */
export async function scrollWordTo(target: Locator, y: number) {
  await target.evaluate((el, at) => {
    window.scrollBy({ top: el.getBoundingClientRect().top - at, behavior: "instant" });
  }, y);
}

export async function expectInWindow(page: Page, target: Locator, what: string) {
  const box = await target.boundingBox();
  const window = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect.soft(box!.y, `${what}: top in the window`).toBeGreaterThanOrEqual(0);
  expect.soft(box!.x, `${what}: left in the window`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom in the window`).toBeLessThanOrEqual(window.height + 0.5);
  expect(box!.x + box!.width, `${what}: right in the window`).toBeLessThanOrEqual(window.width + 0.5);
}

/** The card whole in the window, its actions and status line in view, and the word it explains not covered. */
export async function expectCardReachable(page: Page, locale: Locale, card: Locator, target: Locator) {
  const l = LABELS[locale];
  await expectInWindow(page, card, "card");
  for (const name of [l.known, l.ignore]) await expectInWindow(page, card.getByRole("button", { name }), name);
  await expectInWindow(page, card.getByRole("button", { name: new RegExp(`^(${l.save}|${l.saved})$`) }), "save");
  await expectInWindow(page, card.getByText(l.status), "status line");
  const wordBox = (await target.boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  const overlaps =
    wordBox.y < cardBox.y + cardBox.height &&
    cardBox.y < wordBox.y + wordBox.height &&
    wordBox.x < cardBox.x + cardBox.width &&
    cardBox.x < wordBox.x + wordBox.width;
  expect(overlaps, "the card leaves its word visible").toBe(false);
  await expectInWindow(page, target, "the word");
  // Nothing else (a bar stuck to the top, the sheet) lies over the word either.
  const onTop = await target.evaluate((el) => {
    const box = el.getClientRects()[0]!;
    return el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  });
  expect(onTop, "the word is not covered").toBe(true);
}

/** Where focus is: inside the card, on the word, or elsewhere. */
export async function focusIn(page: Page, target: Locator): Promise<boolean> {
  const handle = await target.elementHandle();
  return page.evaluate((el) => !!el && (el === document.activeElement || el.contains(document.activeElement)), handle);
}

/** The clicked word and the other half of its split verb or idiom are marked, visibly, until the card closes. */
export async function expectPartnersMarked(first: Locator, partner: Locator) {
  await expect(first).toHaveAttribute("data-card", "word");
  await expect(partner).toHaveAttribute("data-card", "partner");
  for (const marked of [first, partner]) {
    const outline = await marked.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
  }
}
