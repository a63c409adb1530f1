// A stand-in for the browser's speech synthesis (Debian's headless chromium has no voices): utterances
// "speak" on timers, firing start and end, and every one is recorded with its text and speed. On a busy
// machine a test cannot count on catching a sentence between two timers: give utterances a long time and
// end the current one with finishUtterance().
import type { Page } from "@playwright/test";

export interface SpokenUtterance {
  text: string;
  rate: number;
  lang: string;
  voice: string | null;
}

declare global {
  interface Window {
    __speech: { spoken: SpokenUtterance[]; cancels: number; finish: () => void };
  }
}

/** Installs the fake before any page script runs; `german: false` offers only an English voice. */
export async function fakeSpeech(page: Page, { german = true, msPerUtterance = 500 } = {}) {
  await page.addInitScript(
    ({ german, ms }) => {
      const voice = (lang: string, name: string) => ({
        lang,
        name,
        voiceURI: name,
        default: false,
        localService: true,
      });
      const voices = german
        ? [voice("en-US", "Fake English"), voice("de-DE", "Fake Deutsch")]
        : [voice("en-US", "Fake English")];
      const log: Window["__speech"] = { spoken: [], cancels: 0, finish: () => end() };
      window.__speech = log;

      class FakeUtterance extends EventTarget {
        text: string;
        rate = 1;
        pitch = 1;
        volume = 1;
        lang = "";
        voice: { lang: string } | null = null;
        onstart: ((e: Event) => void) | null = null;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(text = "") {
          super();
          this.text = text;
        }
      }
      const fire = (u: FakeUtterance, type: "start" | "end" | "error", error?: string) => {
        const event = Object.assign(new Event(type), { utterance: u, error });
        u.dispatchEvent(event);
        u[`on${type}`]?.(event);
      };

      let queue: FakeUtterance[] = [];
      let current: FakeUtterance | null = null;
      let timers: number[] = [];
      const synth = Object.assign(new EventTarget(), {
        speaking: false,
        pending: false,
        paused: false,
        onvoiceschanged: null,
        getVoices: () => voices,
        speak(u: FakeUtterance) {
          queue.push(u);
          synth.pending = true;
          if (!current) next();
        },
        cancel() {
          log.cancels++;
          const dropped = [current, ...queue].filter((u): u is FakeUtterance => u !== null);
          for (const t of timers) clearTimeout(t);
          timers = [];
          queue = [];
          current = null;
          synth.speaking = synth.pending = false;
          // As in Chrome: a cancelled utterance reports an "interrupted" error, a moment later.
          for (const u of dropped) setTimeout(() => fire(u, "error", "interrupted"), 0);
        },
        pause() {},
        resume() {},
      });
      function next() {
        current = queue.shift() ?? null;
        synth.pending = queue.length > 0;
        synth.speaking = current !== null;
        const u = current;
        if (!u) return;
        log.spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.lang ?? null });
        timers.push(
          window.setTimeout(() => fire(u, "start"), 10),
          window.setTimeout(end, ms / u.rate),
        );
      }
      function end() {
        const u = current;
        if (!u) return;
        for (const t of timers) clearTimeout(t);
        timers = [];
        current = null;
        fire(u, "end");
        // The page may have spoken the next utterance from its end handler already.
        if (!current) next();
      }
      Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
      Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    },
    { german, ms: msPerUtterance },
  );
}

/** Ends the utterance being spoken now (the next one starts, as after its timer). */
export async function finishUtterance(page: Page) {
  await page.evaluate(() => window.__speech.finish());
}

/** The texts spoken so far, in order. */
export function spokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__speech.spoken.map((u) => u.text));
}

export function spoken(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => window.__speech.spoken);
}

/** The German sentences of the paragraph (a `.para` section), as read aloud (without the say buttons). */
export function sentencesOf(page: Page, paragraph: string): Promise<{ key: string; text: string }[]> {
  return page.locator(paragraph).evaluate((section) =>
    [...section.querySelectorAll<HTMLElement>(".para-de .s")].map((s) => {
      const copy = s.cloneNode(true) as HTMLElement;
      for (const b of copy.querySelectorAll("button")) b.remove();
      return { key: s.dataset.s ?? "", text: copy.textContent?.trim() ?? "" };
    }),
  );
}
