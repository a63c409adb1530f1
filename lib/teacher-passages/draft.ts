// The draft editor's model and its edits: paragraph kinds, merging and splitting paragraphs and
// sentences. Pure and immutable, shared by the editor (client) and the save (server).

export const PARAGRAPH_KINDS = ["HEADING", "BODY", "EMBED", "SOURCE"] as const;
export type Kind = (typeof PARAGRAPH_KINDS)[number];
export type Origin = "HUMAN" | "MACHINE" | "HUMAN_EDITED";

export interface DraftSentence {
  /** Stable React key within one editing session. */
  key: string;
  /** Ids of the stored sentences this one was made from: one, several after a merge, none when new. */
  from: string[];
  text: string;
  /** English, one line per target sentence (segment). */
  translation: string;
  /** Origin of the stored translation this started from; null when there was none. */
  origin: Origin | null;
}

export interface DraftParagraph {
  key: string;
  kind: Kind;
  lang: "de" | "en";
  sentences: DraftSentence[];
}

export type NewKey = () => string;

/** Only headings and body text are translated: embeds are English already and the source line is a credit. */
export function isTranslatable(kind: Kind): boolean {
  return kind === "HEADING" || kind === "BODY";
}

export function toSegments(translation: string): string[] {
  return translation
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

const replaceAt = <T>(items: T[], index: number, ...replacement: T[]): T[] => [
  ...items.slice(0, index),
  ...replacement,
  ...items.slice(index + 1),
];

export function setKind(draft: DraftParagraph[], p: number, kind: Kind): DraftParagraph[] {
  const paragraph = draft[p];
  if (!paragraph) return draft;
  // Embeds are quoted posts in English; everything else is German text.
  const lang = kind === "EMBED" ? "en" : paragraph.kind === "EMBED" ? "de" : paragraph.lang;
  return replaceAt(draft, p, { ...paragraph, kind, lang });
}

export function mergeParagraphWithNext(draft: DraftParagraph[], p: number): DraftParagraph[] {
  const [first, second] = [draft[p], draft[p + 1]];
  if (!first || !second) return draft;
  return [
    ...draft.slice(0, p),
    { ...first, sentences: [...first.sentences, ...second.sentences] },
    ...draft.slice(p + 2),
  ];
}

/** Starts a new paragraph at sentence `s` (which must not be the first). */
export function splitParagraphBefore(draft: DraftParagraph[], p: number, s: number, newKey: NewKey): DraftParagraph[] {
  const paragraph = draft[p];
  if (!paragraph || s <= 0 || s >= paragraph.sentences.length) return draft;
  return replaceAt(
    draft,
    p,
    { ...paragraph, sentences: paragraph.sentences.slice(0, s) },
    { ...paragraph, key: newKey(), sentences: paragraph.sentences.slice(s) },
  );
}

export function mergeSentenceWithNext(draft: DraftParagraph[], p: number, s: number): DraftParagraph[] {
  const paragraph = draft[p];
  const [a, b] = [paragraph?.sentences[s], paragraph?.sentences[s + 1]];
  if (!paragraph || !a || !b) return draft;
  const merged: DraftSentence = {
    key: a.key,
    from: [...a.from, ...b.from],
    text: `${a.text.trim()} ${b.text.trim()}`,
    translation: [...toSegments(a.translation), ...toSegments(b.translation)].join("\n"),
    origin: a.origin ?? b.origin,
  };
  return replaceAt(draft, p, {
    ...paragraph,
    sentences: [...paragraph.sentences.slice(0, s), merged, ...paragraph.sentences.slice(s + 2)],
  });
}

/**
 * Splits sentence `s` at character `offset`. A machine translation no longer fits either half and is
 * dropped (it can be translated again); a translation someone typed stays with the first half, so
 * nothing typed is lost.
 */
export function splitSentence(
  draft: DraftParagraph[],
  p: number,
  s: number,
  offset: number,
  newKey: NewKey,
): DraftParagraph[] {
  const paragraph = draft[p];
  const sentence = paragraph?.sentences[s];
  if (!paragraph || !sentence) return draft;
  const head = sentence.text.slice(0, offset).trim();
  const tail = sentence.text.slice(offset).trim();
  if (!head || !tail) return draft;
  const keep = sentence.origin !== "MACHINE" || sentence.translation.trim() === "";
  const first: DraftSentence = { ...sentence, text: head, translation: keep ? sentence.translation : "" };
  const second: DraftSentence = { key: newKey(), from: sentence.from, text: tail, translation: "", origin: null };
  return replaceAt(draft, p, { ...paragraph, sentences: replaceAt(paragraph.sentences, s, first, second) });
}

export function updateSentence(
  draft: DraftParagraph[],
  p: number,
  s: number,
  change: Partial<Pick<DraftSentence, "text" | "translation">>,
): DraftParagraph[] {
  const paragraph = draft[p];
  const sentence = paragraph?.sentences[s];
  if (!paragraph || !sentence) return draft;
  return replaceAt(draft, p, {
    ...paragraph,
    sentences: replaceAt(paragraph.sentences, s, { ...sentence, ...change }),
  });
}

export interface StoredTranslation {
  segments: string[];
  origin: Origin;
}

/**
 * The origin a saved translation gets, judged against the stored sentences it was made from: an
 * unchanged translation keeps its origin (two machine translations merged are still machine-made),
 * a changed machine translation becomes HUMAN_EDITED, anything else someone typed is HUMAN.
 */
export function resolveOrigin(segments: string[], parts: (StoredTranslation | null)[]): Origin | null {
  if (segments.length === 0) return null;
  const stored = parts.filter((part): part is StoredTranslation => part !== null);
  if (stored.length === 0) return "HUMAN";
  const unchanged =
    stored.length === parts.length &&
    sameList(
      segments,
      stored.flatMap((part) => part.segments),
    );
  const origins = new Set(stored.map((part) => part.origin));
  if (unchanged) return origins.size === 1 ? stored[0]!.origin : "HUMAN_EDITED";
  return origins.has("MACHINE") || origins.has("HUMAN_EDITED") ? "HUMAN_EDITED" : "HUMAN";
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Counts sentences of translatable paragraphs that have no translation yet. */
export function countUntranslated(draft: DraftParagraph[]): number {
  return draft
    .filter((p) => isTranslatable(p.kind))
    .reduce((n, p) => n + p.sentences.filter((s) => toSegments(s.translation).length === 0).length, 0);
}
