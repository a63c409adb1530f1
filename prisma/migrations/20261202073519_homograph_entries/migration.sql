/*
  Warnings:

  - A unique constraint covering the columns `[userId,lemma,pos]` on the table `VocabularyItem` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "VocabularyItem_userId_lemma_key";

-- CreateIndex
CREATE UNIQUE INDEX "VocabularyItem_userId_lemma_pos_key" ON "VocabularyItem"("userId", "lemma", "pos");
