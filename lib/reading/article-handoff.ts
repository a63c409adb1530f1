// The article's HTML goes from the reader page (a server component) to its client component's server
// render in the same process, without entering the RSC payload. As a prop it was sent twice: once as
// HTML and once inside the inline RSC script, where Next escapes every < > & of its ~100 kB (about a
// sixth of the server's time per reader request, and ~100 kB of every page). In the browser nothing is
// found here: the HTML is already in the DOM, or the client fetches it (a client-side navigation).
// No framework or Node import: the client component's browser bundle includes this module.

const STORE = Symbol.for("bruecke.reader.article-handoff");
/** Enough for every render in flight; an entry evicted before its render makes the browser fetch it. */
const LIMIT = 200;
/** The page's render and the client component's server render follow each other within the request. */
const TTL_MS = 60_000;

type Store = Map<string, string>;

function store(): Store {
  const global = globalThis as { [STORE]?: Store };
  global[STORE] ??= new Map();
  return global[STORE];
}

/** Keeps `html` for this request's server render of the client component; returns its key. */
export function handOffArticle(html: string): string {
  const key = globalThis.crypto.randomUUID();
  const entries = store();
  entries.set(key, html);
  // Maps iterate in insertion order: the first key is the oldest.
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value ?? "");
  const timer = setTimeout(() => entries.delete(key), TTL_MS) as { unref?: () => void };
  timer.unref?.();
  return key;
}

/** The HTML left under `key`, on the server; undefined in the browser or once gone. */
export function takeArticle(key: string): string | undefined {
  if (typeof window !== "undefined") return undefined;
  // Kept, not deleted: a render may run twice; the timer or the limit removes it.
  return store().get(key);
}
