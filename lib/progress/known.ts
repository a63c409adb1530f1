// What counts as a known word, and the measured retention. Pure: rows in, numbers out.

/**
 * A reviewed word is known once its FSRS stability (the days after which recall is expected to drop to 90%)
 * reaches this many days. One Easy on first sight gives about 8 days, so a single lucky answer is not enough.
 */
export const KNOWN_STABILITY_DAYS = 21;
/** A review is mature when the card had been scheduled this many days ahead or more (Anki's definition). */
export const MATURE_INTERVAL_DAYS = 21;
/** Below this many mature reviews a recall rate says little, so none is shown. */
export const MIN_RETENTION_REVIEWS = 20;

/** Parts of speech that are never counted as words known: names ("Jack Ma") and numbers. */
const NEVER_KNOWN_POS: ReadonlySet<string> = new Set(["name", "num"]);

/** Whether a saved entry is a word that can count as known at all (not a name, not a number, not ignored). */
export function countsAsWord(row: { status: string; pos: string; lemma: string }): boolean {
  return row.status !== "IGNORED" && !NEVER_KNOWN_POS.has(row.pos) && /\p{L}/u.test(row.lemma);
}

export interface KnownRow {
  lemma: string;
  status: string;
  pos: string;
  /** When the learner marked it known (null unless status is KNOWN). */
  knownAt: Date | null;
  /** When the entry last changed: the date for a word marked known before knownAt was recorded. */
  updatedAt: Date;
  /** The card's stability now, in days (null without a card). */
  stability: number | null;
  /** The review after which the stability reached the threshold and has stayed there since. */
  stableAt: Date | null;
}

/** When each known word became known: one date per known word. */
export function knownSince(rows: KnownRow[], threshold = KNOWN_STABILITY_DAYS): Date[] {
  return rows.flatMap((row) => {
    if (!countsAsWord(row)) return [];
    const stable = (row.stability ?? 0) >= threshold && row.stableAt ? row.stableAt : null;
    const marked = row.status === "KNOWN" ? (row.knownAt ?? row.updatedAt) : null;
    const dates = [marked, stable].filter((at): at is Date => at !== null);
    return dates.length ? [new Date(Math.min(...dates.map((at) => at.getTime())))] : [];
  });
}

export interface Retention {
  /** Share of mature reviews recalled; null until there are `needed` of them. */
  rate: number | null;
  /** Mature reviews in the log. */
  reviews: number;
  /** How many more mature reviews are needed before a rate is shown (0 once it is). */
  missing: number;
}

/** The measured recall rate of mature reviews, or how many more are needed before it means something. */
export function measuredRetention(reviews: number, recalled: number, needed = MIN_RETENTION_REVIEWS): Retention {
  const missing = Math.max(0, needed - reviews);
  return { rate: missing === 0 && reviews > 0 ? recalled / reviews : null, reviews, missing };
}
