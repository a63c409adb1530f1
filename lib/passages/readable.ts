// Which paragraphs are reading: body text and embeds. Headings and the source line are not, so they are
// never marked read and never count toward "paragraphs read" (reader, home, progress, class dashboards).
// The kinds are the schema's ParagraphKind values; this module stays free of Prisma so pure code can use it.
export const READABLE_KINDS = ["BODY", "EMBED"] as const;

export type ReadableKind = (typeof READABLE_KINDS)[number];

export function isReadable(kind: string): kind is ReadableKind {
  return (READABLE_KINDS as readonly string[]).includes(kind);
}

/** A Prisma `where` on paragraphs: only the readable ones. */
export const readableParagraphs = { kind: { in: [...READABLE_KINDS] } };
