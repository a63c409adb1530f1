import "server-only";
import { isReadable } from "@/lib/passages/readable";
import { type ArticleLabels, type ArticleTemplate, buildArticle } from "./article-html";
import { getPassageContent } from "./data";
import { buildWordData, passageLemmas, type WordData } from "./word-data";

// What every reader of a passage shares, built once per passage × content version (× locale for the
// markup) and kept in this process: a class opening the same text costs one database read and one
// build, then a lookup per request. Derived data only, keyed by the version read from the database on
// every request, so several app servers each keep their own copy and none can serve a stale one.
// Callers check access first (getPassageForReader): nothing here knows who is asking.

export interface SharedPassage {
  version: string;
  words: WordData;
  lemmas: string[];
  /** Each word's form as written, once: what the reader looks corrections up by. */
  surfaces: string[];
  readableIds: string[];
}

/** Passages (and their markup per locale) kept; a 50,000-character passage is ~1.5 MB of markup and data. */
const MAX_ENTRIES = 32;

class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

type Content = NonNullable<Awaited<ReturnType<typeof getPassageContent>>>;

// Promises, not values: thirty requests arriving together for a cold passage wait for one load. The
// passage's tokens are not kept: only what is built from them.
const passages = new Lru<Promise<SharedPassage>>(MAX_ENTRIES);
const articles = new Lru<Promise<ArticleTemplate>>(MAX_ENTRIES);

async function loadContent(passageId: string): Promise<Content> {
  const content = await getPassageContent(passageId);
  if (!content) throw new Error(`passage ${passageId} vanished while being read`);
  return content;
}

function cached<V>(lru: Lru<Promise<V>>, key: string, load: () => Promise<V>): Promise<V> {
  let value = lru.get(key);
  if (!value) {
    value = load();
    lru.set(key, value);
    // A failed load (database down, passage deleted) is not remembered: the next request tries again.
    value.catch(() => lru.delete(key));
  }
  return value;
}

function share(version: string, content: Content): SharedPassage {
  const words = buildWordData(content.paragraphs);
  return {
    version,
    words,
    lemmas: passageLemmas(words),
    surfaces: [
      ...new Set(
        content.paragraphs.flatMap((p) =>
          p.sentences.flatMap((s) => s.tokens.filter((t) => t.type === "word").map((t) => t.text)),
        ),
      ),
    ],
    readableIds: content.paragraphs.filter((p) => isReadable(p.kind)).map((p) => p.id),
  };
}

/** The word data, lemmas and readable paragraphs of a passage the caller may read, at this version. */
export function sharedPassage(passageId: string, version: string): Promise<SharedPassage> {
  return cached(passages, `${passageId}@${version}`, async () => share(version, await loadContent(passageId)));
}

/** The shared data and the article's markup in this locale (read and unread variants per paragraph). */
export async function readerArticle(passageId: string, version: string, locale: string, labels: ArticleLabels) {
  let content: Promise<Content> | undefined;
  // Both missing (the usual first request): one database read builds both.
  const load = () => (content ??= loadContent(passageId));
  const key = `${passageId}@${version}`;
  const [shared, article] = await Promise.all([
    cached(passages, key, async () => share(version, await load())),
    cached(articles, `${key}/${locale}`, async () => buildArticle((await load()).paragraphs, labels)),
  ]);
  return { shared, article };
}
