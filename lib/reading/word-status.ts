// The learner's word statuses in the reader, by lemma and then part of speech. Pure.

export type LemmaStatuses<S extends string> = Record<string, Partial<Record<string, S>>>;

/** The status of exactly this entry (lemma and part of speech): what the word card shows and changes. */
export function entryStatus<S extends string>(statuses: LemmaStatuses<S>, lemma: string, pos: string): S | undefined {
  return statuses[lemma]?.[pos];
}

/**
 * How a word is marked in the text: its own entry's status, else that of another entry of the same lemma, so a
 * saved word stays marked where the engine reads it as another part of speech (an adjective used as an adverb).
 */
export function textStatus<S extends string>(statuses: LemmaStatuses<S>, lemma: string, pos: string): S | undefined {
  const byPos = statuses[lemma];
  return byPos?.[pos] ?? Object.values(byPos ?? {})[0];
}

/** The statuses with one entry's changed. */
export function withStatus<S extends string>(
  statuses: LemmaStatuses<S>,
  lemma: string,
  pos: string,
  status: S,
): LemmaStatuses<S> {
  return { ...statuses, [lemma]: { ...statuses[lemma], [pos]: status } };
}
