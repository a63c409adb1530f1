// A word tapped before the reader's script has run. The text shows as soon as the HTML arrives; on a slow
// phone the framework's scripts load and hydrate the page a second or two later, and until then a tap
// would do nothing. A few bytes of inline script, sent in the page before the article, remember the last
// word tapped; the reader opens its card once it runs (useEarlyTap, in reader-client.tsx).

/** Where the inline script keeps the last word tapped (global: the script runs before any module). */
const SLOT = "__brueckeEarlyTap";

type EarlyTapWindow = Window & {
  [SLOT]?: { word: Element | null; done: boolean };
  HTMLElement: typeof HTMLElement;
};

/**
 * The inline script (a nonced <script> in the reader page): a capturing click listener on the document,
 * so it sees taps on words parsed after it, that stops recording once the reader has taken over.
 */
export const EARLY_TAP_SCRIPT = `(function(){var s=window.${SLOT}={word:null,done:false};document.addEventListener("click",function(e){if(s.done)return;var t=e.target;var w=t&&t.closest?t.closest(".reader-text .w"):null;if(w)s.word=w;},true);})();`;

/**
 * The word tapped before the reader ran, if it is still in the page, and no more recording. Called once,
 * when the reader mounts; null on every later call and where the script did not run.
 */
export function takeEarlyTap(view: Window = window): HTMLElement | null {
  const page = view as EarlyTapWindow;
  const slot = page[SLOT];
  if (!slot || slot.done) return null;
  slot.done = true;
  const word = slot.word;
  slot.word = null;
  return word instanceof page.HTMLElement && word.isConnected ? word : null;
}
