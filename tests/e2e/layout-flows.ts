// Phone and layout (issue 12 §4), as journeys shared by layout.spec.ts (desktop) and layout-mobile.spec.ts
// (phone, 390×844): the header and its menu, tap targets, nothing wider than the screen, a language switch
// that keeps the reading place and the review's answer, and the reader with its translations hidden.
import { type Browser, expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support";

export type Locale = "en" | "de";
export const PHONE = { width: 390, height: 844 };
const SEED_TITLE = "Alibaba-Gründer Jack Ma trifft Donald Trump";

export const LABELS = {
  en: {
    menu: "Menu",
    nav: ["Passages", "My texts", "Vocabulary", "Review", "Progress", "My classes"],
    teacherNav: "Classes",
    settings: "Settings",
    signOut: "Sign out",
    signIn: "Sign in",
    recall: /^Recall/,
    answer: "Your answer",
    hide: "Hide translations",
    show: "Show translations",
    reveal: "Show translation",
  },
  de: {
    menu: "Menü",
    nav: ["Texte", "Meine Texte", "Wortschatz", "Wiederholen", "Fortschritt", "Meine Klassen"],
    teacherNav: "Klassen",
    settings: "Einstellungen",
    signOut: "Abmelden",
    signIn: "Anmelden",
    recall: /^Abrufen/,
    answer: "Deine Antwort",
    hide: "Übersetzungen ausblenden",
    show: "Übersetzungen einblenden",
    reveal: "Übersetzung einblenden",
  },
} as const;
const LANGUAGE = { en: "English", de: "Deutsch" } as const;

// ---- accounts and data ---------------------------------------------------------------------------------

async function fillSignIn(page: Page, email: string, password: string) {
  // Hydrated first: a click before that would post the bare form.
  await page.waitForLoadState("networkidle");
  await page.locator("form.auth-form input[name=email]").fill(email);
  await page.locator("form.auth-form input[name=password]").fill(password);
  await page.locator("form.auth-form button[type=submit]").click();
}

export async function signInTeacher(page: Page, locale: Locale) {
  await page.goto(`/${locale}/sign-in?next=/${locale}/classes`);
  await fillSignIn(page, "teacher@bruecke.test", "teacher-demo-pass");
  await expect(page).toHaveURL(new RegExp(`:\\d+/${locale}/classes$`));
}

/** A new learner with one saved word (das Handy), so the review has a card. */
export async function signUpLearner(page: Page, name = "Lotte Layout") {
  const email = `layout-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
  await page.goto("/en/sign-up");
  await page.waitForLoadState("networkidle");
  await page.locator("form.auth-form input[name=name]").fill(name);
  await page.locator("form.auth-form input[name=email]").fill(email);
  await page.locator("form.auth-form input[name=password]").fill("Lotte-liest-am-Bodensee-2026");
  await page.locator("form.auth-form button[type=submit]").click();
  await expect(page.getByTestId("account-name")).toHaveText(new RegExp(name));
  await page.goto("/en/vocabulary");
  await page.getByText("Add a word").click();
  await page.getByLabel("German word (dictionary form)").fill("Handy");
  await page.getByLabel("English meaning").fill("mobile phone");
  await page.getByLabel("Article").selectOption({ label: "das" });
  await page.getByRole("button", { name: "Add word" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "das Handy" })).toBeVisible();
  return { email };
}

/** The seed article's reader path (/read/<id>), from the home page's list. */
export async function seedArticlePath(page: Page) {
  await page.goto("/en");
  const href = await page.getByRole("link", { name: SEED_TITLE }).getAttribute("href");
  return href!.replace(/^\/en/, "");
}

/**
 * A class with the seed article assigned and one learner in it, so the dashboard shows its wide tables.
 * Returns the class page's path (/classes/<id>).
 */
export async function classWithLearner(teacher: Page, learner: Page) {
  await teacher.goto("/en/classes");
  const name = `Layout-Klasse ${Date.now().toString(36)}`;
  await teacher.getByLabel("Class name").fill(name);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name })).toBeVisible();
  const path = new URL(teacher.url()).pathname.replace(/^\/en/, "");
  await teacher.getByLabel("Passage", { exact: true }).selectOption({ label: SEED_TITLE });
  await teacher.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(teacher.getByTestId("assignments")).toContainText(SEED_TITLE);
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  await learner.goto(`/en/join/${code}`);
  await learner.getByRole("button", { name: "Join class" }).click();
  await expect(learner).toHaveURL(/\/en\/classes\/joined$/);
  await teacher.reload();
  await expect(teacher.getByTestId("students")).toBeVisible();
  return path;
}

export async function newPage(browser: Browser, viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport, hasTouch: true, isMobile: true } : {});
  return context.newPage();
}

// ---- measurements --------------------------------------------------------------------------------------

/**
 * The only targets allowed below 44×44 px: WCAG 2.5.8 exempts targets inside running text, whose size the
 * line height sets. Everything else a finger can reach must measure at least 44×44.
 * - the words of the text being read (`.reader-text .w`): each is a button inside a German sentence;
 * - a link inside a sentence: shown inline, with text of its own block around it (the join link after
 *   its label, "No account yet? Sign up").
 */
const READER_WORD = ".reader-text .w";

/** Every visible interactive element smaller than 44×44 px (a check box or radio counts with its label). */
export async function smallTapTargets(page: Page, within = "body"): Promise<string[]> {
  return page.evaluate(
    ({ min, word, within }) => {
      const selector = [
        "a[href]",
        "button",
        "input:not([type=hidden])",
        "select",
        "textarea",
        "summary",
        "[role=button]",
        "[role=link]",
        "[role=radio]",
        "[role=checkbox]",
        "[role=tab]",
        "[tabindex]:not([tabindex='-1'])",
      ].join(", ");
      const inSentence = (element: HTMLElement) => {
        if (element.tagName !== "A" || getComputedStyle(element).display !== "inline") return false;
        let block = element.parentElement;
        while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
        const own = (element.textContent ?? "").trim().length;
        return (block?.textContent ?? "").trim().length > own;
      };
      const found: string[] = [];
      for (const element of document.querySelector(within)?.querySelectorAll<HTMLElement>(selector) ?? []) {
        if (element.matches(word) || inSentence(element)) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        // A check box or radio is tapped anywhere on it and its label.
        const parts: Element[] = [element];
        if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
          parts.push(...(element.labels ?? []));
        }
        const rects = parts.map((part) => part.getBoundingClientRect());
        const box = {
          left: Math.min(...rects.map((r) => r.left)),
          right: Math.max(...rects.map((r) => r.right)),
          top: Math.min(...rects.map((r) => r.top)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
        };
        const width = box.right - box.left;
        const height = box.bottom - box.top;
        // Parked off-screen until focused (the skip link), or visually hidden for screen readers.
        if (box.right <= 0 || width <= 1 || height <= 1) continue;
        if (width >= min - 0.5 && height >= min - 0.5) continue;
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40);
        const classes = typeof element.className === "string" && element.className ? `.${element.className}` : "";
        found.push(`${element.tagName.toLowerCase()}${classes} "${name}" ${Math.round(width)}×${Math.round(height)}`);
      }
      return found;
    },
    { min: 44, word: READER_WORD, within },
  );
}

/**
 * How far the page reaches past the screen's right edge (0 when nothing is wider than the screen). Against
 * the configured width, not innerWidth: a phone browser zooms out to fit a wider page, and innerWidth grows.
 */
export async function sidewaysOverflow(page: Page) {
  const width = page.viewportSize()!.width;
  return (await page.evaluate(() => document.scrollingElement!.scrollWidth)) - width;
}

/** The outermost elements reaching past the screen's right edge, to name in a failure. */
function widestElements(page: Page) {
  const width = page.viewportSize()!.width;
  return page.evaluate((width) => {
    const past = (el: Element) => el.getBoundingClientRect().right > width + 1;
    return [...document.querySelectorAll("body *")]
      .filter((el) => past(el) && !(el.parentElement && past(el.parentElement)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`);
  }, width);
}

/** Measures the page as it is: nothing wider than the screen, no tap target below 44×44. */
export async function expectPhoneFriendly(page: Page, what: string) {
  const overflow = await sidewaysOverflow(page);
  const culprits = overflow > 0 ? (await widestElements(page)).join(", ") : "";
  expect.soft(overflow, `${what}: wider than the screen (${culprits})`).toBeLessThanOrEqual(0);
  expect.soft(await smallTapTargets(page), `${what}: tap targets below 44×44 px`).toEqual([]);
}

// ---- the header ----------------------------------------------------------------------------------------

export function menuButton(page: Page, locale: Locale) {
  return page.locator(".site-header").getByRole("button", { name: LABELS[locale].menu });
}

export async function openMenu(page: Page, locale: Locale) {
  const button = menuButton(page, locale);
  // A tap that lands before the header has hydrated does nothing (as for a user on a slow phone, who taps
  // again): retry until the menu says it is open.
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return page.locator(`#${await button.getAttribute("aria-controls")}`.replace(/:/g, "\\:"));
}

/** Where the header's links are: in the opened menu on a phone, in the header row on wider screens. */
export async function headerLinks(page: Page, locale: Locale) {
  if (await menuButton(page, locale).isVisible()) return openMenu(page, locale);
  return page.locator(".site-header");
}

/** The phone header: compact, and a menu that works by keyboard and holds every link the desktop shows. */
export async function phoneMenuJourney(page: Page, locale: Locale, teacher: boolean) {
  const l = LABELS[locale];
  const header = page.locator(".site-header");
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  const button = menuButton(page, locale);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  const panelId = await button.getAttribute("aria-controls");
  expect(panelId).toBeTruthy();
  const panel = page.locator(`[id="${panelId}"]`);
  await expect(panel).toBeHidden();

  // By keyboard: Enter opens, Tab goes into the menu, Esc closes it and focus is back on the button.
  // Enter pressed before the header has hydrated does nothing (CI once failed here, the button never
  // opening): press again, by keyboard still, until the menu says it is open.
  await expect(async () => {
    await button.focus();
    if ((await button.getAttribute("aria-expanded")) !== "true") await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(panel).toBeVisible();
  const links = [...l.nav, ...(teacher ? [l.teacherNav] : []), l.settings, LANGUAGE.en, LANGUAGE.de];
  for (const name of links) await expect(panel.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(panel.getByRole("button", { name: l.signOut })).toBeVisible();
  await page.keyboard.press("Tab");
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expectNoSeriousA11yViolations(page);
  expect(await smallTapTargets(page, ".site-header")).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();

  // Space opens it too; following a link closes it, on the new page as well.
  await page.keyboard.press("Space");
  await expect(panel).toBeVisible();
  await panel.getByRole("link", { name: l.nav[2], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/vocabulary$`));
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  // A tap outside closes it.
  await button.click();
  await expect(panel).toBeVisible();
  // Below the menu, which drops down over the page.
  await page.mouse.click(PHONE.width / 2, PHONE.height - 10);
  await expect(panel).toBeHidden();
}

/** Signs out from the phone menu: the menu closes and offers sign-in. */
export async function signOutFromMenu(page: Page, locale: Locale) {
  const l = LABELS[locale];
  const panel = await openMenu(page, locale);
  await panel.getByRole("button", { name: l.signOut }).click();
  await expect(page.getByTestId("account-name")).toHaveCount(0);
  await expect(menuButton(page, locale)).toHaveAttribute("aria-expanded", "false");
  const again = await openMenu(page, locale);
  await expect(again.getByRole("link", { name: l.signIn, exact: true })).toBeVisible();
}

// ---- a language switch keeps the place -----------------------------------------------------------------

/** Clicks the other language, through the menu on a phone. */
export async function switchLanguage(page: Page, from: Locale, to: Locale, phone: boolean) {
  const scope = phone ? await openMenu(page, from) : page.locator(".site-header");
  await scope.getByRole("link", { name: LANGUAGE[to], exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

/** The id of the first paragraph not scrolled past, and how far its top is from the screen's top. */
function paragraphAtTop(page: Page) {
  return page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>(".reader-text section[id]")) {
      const box = section.getBoundingClientRect();
      // Clear of the sticky bars (the scroll margin), as components/locale-switcher.tsx counts it.
      if (box.bottom > (Number.parseFloat(getComputedStyle(section).scrollMarginTop) || 0) + 8) {
        return { id: section.id, top: box.top };
      }
    }
    return null;
  });
}

export async function readerKeepsPlace(page: Page, path: string, phone: boolean) {
  await page.goto(`/en${path}`);
  const target = page.locator(".reader-text .para--body").nth(5);
  await target.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const before = await paragraphAtTop(page);
  expect(before?.id).toBe(await target.getAttribute("id"));
  // The sticky toolbar does not cover the paragraph it was scrolled to.
  const toolbar = (await page.locator(".reader-toolbar").boundingBox())!;
  expect(before!.top).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);

  await switchLanguage(page, "en", "de", phone);
  await expect(page).toHaveURL(new RegExp(`/de${path}#${before!.id}$`));
  await expect.poll(async () => (await paragraphAtTop(page))?.id).toBe(before!.id);
  const after = (await paragraphAtTop(page))!;
  expect(Math.abs(after.top - before!.top)).toBeLessThan(80);

  // And back, from a place further down.
  const further = page.locator(".reader-text .para--body").nth(8);
  await further.evaluate((el) => el.scrollIntoView({ block: "start" }));
  // Near the end of the text the page may not scroll that far: the place is what is at the top.
  const id = (await paragraphAtTop(page))?.id;
  expect(id).toMatch(/^para-/);
  await switchLanguage(page, "de", "en", phone);
  await expect(page).toHaveURL(new RegExp(`/en${path}#${id}$`));
  await expect.poll(async () => (await paragraphAtTop(page))?.id).toBe(id);
}

/** The review's mode and typed answer survive a language switch, both ways. */
export async function reviewKeepsAnswer(page: Page, phone: boolean) {
  await page.goto("/en/review");
  await page.getByRole("radio", { name: LABELS.en.recall }).check();
  await page.getByLabel(LABELS.en.answer).fill("das Han");
  await switchLanguage(page, "en", "de", phone);
  await expect(page).toHaveURL(/\/de\/review$/);
  await expect(page.getByRole("radio", { name: LABELS.de.recall })).toBeChecked();
  await expect(page.getByLabel(LABELS.de.answer)).toHaveValue("das Han");
  await page.getByLabel(LABELS.de.answer).fill("das Hand");
  await switchLanguage(page, "de", "en", phone);
  await expect(page.getByRole("radio", { name: LABELS.en.recall })).toBeChecked();
  await expect(page.getByLabel(LABELS.en.answer)).toHaveValue("das Hand");
}

// ---- translations hidden, one paragraph revealed -------------------------------------------------------

async function box(page: Page, selector: string, index = 0) {
  return (await page.locator(selector).nth(index).boundingBox())!;
}

/** With translations hidden the German takes the whole width; a revealed paragraph shows its English below. */
export async function revealJourney(page: Page, path: string, locale: Locale) {
  const l = LABELS[locale];
  await page.goto(`/${locale}${path}`);
  await page.getByRole("button", { name: l.hide, exact: true }).click();
  const grid = await box(page, ".para--body .para-grid", 1);
  const german = await box(page, ".para--body .para-de", 1);
  expect(german.width).toBeGreaterThan(grid.width - 2);
  await expect(page.locator(".para--body .para-en").nth(1)).toBeHidden();

  const paragraph = page.locator(".para--body").nth(1);
  await paragraph.getByRole("button", { name: l.reveal, exact: true }).click();
  const english = paragraph.locator(".para-en");
  await expect(english).toBeVisible();
  const de = (await paragraph.locator(".para-de").boundingBox())!;
  const en = (await english.boundingBox())!;
  // Below the German, as wide as the text: no column left empty beside either.
  expect(en.y).toBeGreaterThanOrEqual(de.y + de.height - 1);
  expect(de.width).toBeGreaterThan(grid.width - 2);
  expect(en.width).toBeGreaterThan(grid.width * 0.9);
  // The other paragraphs keep the full width.
  expect((await box(page, ".para--body .para-de", 2)).width).toBeGreaterThan(grid.width - 2);
  await expectNoSeriousA11yViolations(page);
  // Shown again: back to the usual layout for the screen.
  await page.getByRole("button", { name: l.show, exact: true }).click();
  await expect(page.locator(".para--body .para-en").nth(2)).toBeVisible();
}
