import { COMPLETE_PASSAGE } from "@/lib/server/passage-access";
import "server-only";
import { db } from "@/lib/server/db";
import { readGlossaryEntries } from "@/lib/translation/glossary";
import type { DraftParagraph, Origin } from "./draft";

// A teacher's passages are found through authorId = the teacher: drafts of others do not exist here.

export async function listTeacherPassages(teacherId: string) {
  const passages = await db.passage.findMany({
    // A teacher's own library texts (personal) are in "My texts", not among the class passages.
    where: { authorId: teacherId, personal: false, ...COMPLETE_PASSAGE },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      wordCount: true,
      updatedAt: true,
      _count: { select: { assignments: true } },
    },
  });
  return passages.map(({ _count, ...p }) => ({ ...p, assignmentCount: _count.assignments }));
}

export type EditorPassage = NonNullable<Awaited<ReturnType<typeof getPassageForEditor>>>;

/** The draft editor's data: the passage as the editor's model, plus the classes whose glossary can be used. */
export async function getPassageForEditor(teacherId: string, passageId: string) {
  const [passage, classes] = await Promise.all([
    db.passage.findFirst({
      where: { id: passageId, authorId: teacherId, personal: false, ...COMPLETE_PASSAGE },
      select: {
        id: true,
        title: true,
        titleEn: true,
        status: true,
        visibility: true,
        source: true,
        publishedOn: true,
        place: true,
        updatedAt: true,
        paragraphs: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            kind: true,
            lang: true,
            sentences: {
              orderBy: { position: "asc" },
              select: {
                id: true,
                text: true,
                translations: { where: { lang: "en" }, select: { segments: true, origin: true } },
              },
            },
          },
        },
      },
    }),
    listGlossaryClasses(teacherId),
  ]);
  if (!passage) return null;
  const paragraphs: DraftParagraph[] = passage.paragraphs.map((p) => ({
    key: p.id,
    kind: p.kind,
    lang: p.lang === "en" ? "en" : "de",
    sentences: p.sentences.map((s) => ({
      key: s.id,
      from: [s.id],
      text: s.text,
      translation: s.translations[0]?.segments.join("\n") ?? "",
      origin: (s.translations[0]?.origin ?? null) as Origin | null,
    })),
  }));
  const { paragraphs: _stored, updatedAt, ...rest } = passage;
  return {
    ...rest,
    version: updatedAt.toISOString(),
    paragraphs,
    classes,
  };
}

/** The teacher's classes, for choosing whose glossary a translation uses. */
export async function listGlossaryClasses(teacherId: string) {
  const classes = await db.classroom.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, glossaryEntries: true },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    glossarySize: Object.keys(readGlossaryEntries(c.glossaryEntries)).length,
  }));
}
