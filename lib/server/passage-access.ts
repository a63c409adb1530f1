// Who may read a passage: one rule, used by every loader, route and action that touches a passage
// (reader, home list, word data, read marks, saved words, exports). As a Prisma filter, so a passage
// a viewer may not read is never loaded at all.
//  - its author always (drafts, a learner's own library texts, a teacher's passages);
//  - anyone, signed in or not, when published and PUBLIC (the seed article, a teacher's explicit choice);
//  - a learner enrolled in a class the published passage is assigned to.
// A learner's own text (personal) is its author's alone. A passage still being imported (IMPORTING,
// lib/passages/batched-store.ts) is nobody's to read, not even its author's, until it is complete.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every passage but one still being written in batches: for queries that find passages by author. */
export const COMPLETE_PASSAGE = { status: { not: "IMPORTING" } } satisfies Prisma.PassageWhereInput;

const PUBLIC_PASSAGE = {
  status: "PUBLISHED",
  visibility: "PUBLIC",
  personal: false,
} satisfies Prisma.PassageWhereInput;

export function readablePassageWhere(userId: string | null): Prisma.PassageWhereInput {
  if (!userId) return PUBLIC_PASSAGE;
  return {
    OR: [
      { authorId: userId, ...COMPLETE_PASSAGE },
      PUBLIC_PASSAGE,
      {
        status: "PUBLISHED",
        personal: false,
        assignments: { some: { classroom: { enrollments: { some: { userId, removedAt: null } } } } },
      },
    ],
  };
}

/** Passages listed as shared reading: readable, published, and not anyone's private library text. */
export function sharedPassageWhere(userId: string | null): Prisma.PassageWhereInput {
  return { AND: [readablePassageWhere(userId), { status: "PUBLISHED", personal: false }] };
}
