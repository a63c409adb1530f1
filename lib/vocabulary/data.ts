import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { COMPLETE_PASSAGE, readablePassageWhere } from "@/lib/server/passage-access";
import type { ExportRow } from "./export-format";
import type { VocabularyFilters, WordStatusValue } from "./schema";
import { searchVocabularyIds } from "./search";

export const PAGE_SIZE = 50;

/** Statuses by lemma, then by part of speech: homographs ("sein" the verb, "sein" the pronoun) are two entries. */
export type LemmaStatuses = Record<string, Partial<Record<string, WordStatusValue>>>;

/** The learner's status for each of these lemmas they saved, for the reader to highlight words. */
export async function statusesForLemmas(userId: string, lemmas: readonly string[]): Promise<LemmaStatuses> {
  if (lemmas.length === 0) return {};
  const rows = await db.vocabularyItem.findMany({
    where: { userId, lemma: { in: [...lemmas] } },
    select: { lemma: true, pos: true, status: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const statuses: LemmaStatuses = {};
  for (const row of rows) statuses[row.lemma] = { ...statuses[row.lemma], [row.pos]: row.status };
  return statuses;
}

async function filterWhere(
  userId: string,
  filters: Omit<VocabularyFilters, "page">,
): Promise<Prisma.VocabularyItemWhereInput> {
  const matching = filters.q ? await searchVocabularyIds(userId, filters.q) : null;
  return {
    userId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.passage ? { passageId: filters.passage } : {}),
    ...(filters.tag ? { tags: { has: filters.tag } } : {}),
    ...(matching ? { id: { in: matching } } : {}),
  };
}

const itemSelect = {
  id: true,
  lemma: true,
  surface: true,
  pos: true,
  gender: true,
  plural: true,
  gloss: true,
  grammar: true,
  note: true,
  tags: true,
  status: true,
  context: true,
  contextTranslation: true,
  passageId: true,
  createdAt: true,
} satisfies Prisma.VocabularyItemSelect;

export type VocabularyItemView = Prisma.VocabularyItemGetPayload<{ select: typeof itemSelect }>;

/** One page of the learner's words, newest first, with the filters applied. */
export async function listVocabulary(userId: string, filters: VocabularyFilters) {
  const where = await filterWhere(userId, filters);
  const [items, total] = await Promise.all([
    db.vocabularyItem.findMany({
      where,
      select: itemSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.vocabularyItem.count({ where }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** What the filters can offer: counts per status, the learner's tags, and the passages their words came from. */
export async function vocabularyFacets(userId: string) {
  const [byStatus, tagRows, passageRows] = await Promise.all([
    db.vocabularyItem.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.vocabularyItem.findMany({ where: { userId, tags: { isEmpty: false } }, select: { tags: true } }),
    db.vocabularyItem.findMany({
      where: { userId, passageId: { not: null } },
      select: { passageId: true },
      distinct: ["passageId"],
    }),
  ]);
  const passageIds = passageRows.map((row) => row.passageId).filter((id): id is string => id !== null);
  const passages = passageIds.length
    ? await db.passage.findMany({
        where: { AND: [{ id: { in: passageIds } }, readablePassageWhere(userId)] },
        select: { id: true, title: true },
        orderBy: { title: "asc" },
      })
    : [];
  const counts = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Partial<
    Record<WordStatusValue, number>
  >;
  return {
    counts,
    tags: [...new Set(tagRows.flatMap((row) => row.tags))].sort((a, b) => a.localeCompare(b)),
    passages,
  };
}

/**
 * Every word matching the filters, for export files, oldest first. Known and ignored words and names are left out
 * unless `includeAll` (or a status filter asks for them).
 */
export async function exportRows(
  userId: string,
  filters: Omit<VocabularyFilters, "page">,
  { includeAll = false } = {},
): Promise<ExportRow[]> {
  const { passageId: _passage, ...select } = itemSelect;
  const leftOut: Prisma.VocabularyItemWhereInput =
    includeAll || filters.status ? {} : { status: { notIn: ["KNOWN", "IGNORED"] }, pos: { not: "name" } };
  const rows = await db.vocabularyItem.findMany({
    where: { AND: [await filterWhere(userId, filters), leftOut] },
    select: { ...select, passageId: true, updatedAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const passageIds = [...new Set(rows.flatMap((row) => (row.passageId ? [row.passageId] : [])))];
  const passages = passageIds.length
    ? await db.passage.findMany({
        where: { id: { in: passageIds }, OR: [{ status: "PUBLISHED" }, { authorId: userId, ...COMPLETE_PASSAGE }] },
        select: { id: true, title: true },
      })
    : [];
  const titles = new Map(passages.map((passage) => [passage.id, passage.title]));
  return rows.map(({ passageId, ...row }) => ({
    ...row,
    passageTitle: passageId ? (titles.get(passageId) ?? null) : null,
  }));
}
