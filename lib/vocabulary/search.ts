import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// Accent-insensitive search: "Geschaft" finds "Geschäft", "Strasse" finds "Straße", "Baumilliardaer" finds
// "Baumilliardär". Text and query are folded by the same SQL expression, so they cannot disagree; an index is
// not worth it at the size of one learner's list.
const ACCENTED = "ÄÖÜÀÁÂÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÙÚÛÝäöüàáâãåçèéêëìíîïñòóôõùúûýÿ";
// Each letter without its accent, lower case: one letter for one, as translate() needs.
const PLAIN = ACCENTED.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

const fold = (text: Prisma.Sql) =>
  Prisma.sql`lower(translate(replace(replace(${text}, 'ß', 'ss'), 'ẞ', 'ss'), ${ACCENTED}, ${PLAIN}))`;
/** The German spelling without umlauts (ä → ae), folded: what "Baumilliardaer" is typed against. */
const foldSpelledOut = (text: Prisma.Sql) =>
  fold(
    Prisma.sql`replace(replace(replace(replace(replace(replace(${text}, 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue')`,
  );

/** Ids of the learner's words whose lemma, form, meaning, note or tags contain `query`, accents aside. */
export async function searchVocabularyIds(userId: string, query: string): Promise<string[]> {
  const text = Prisma.sql`concat_ws(' ', v.lemma, v.surface, v.gloss, v.note, array_to_string(v.tags, ' '))`;
  const needle = fold(Prisma.sql`${query}`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT v.id FROM "VocabularyItem" v
    WHERE v."userId" = ${userId}
      AND (strpos(${fold(text)}, ${needle}) > 0 OR strpos(${foldSpelledOut(text)}, ${needle}) > 0)`;
  return rows.map((row) => row.id);
}
