/*
  Warnings:

  - You are about to drop the column `sourceLang` on the `Passage` table. All the data in the column will be lost.
  - You are about to drop the column `targetLang` on the `Passage` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Passage" DROP COLUMN "sourceLang",
DROP COLUMN "targetLang";

-- CreateIndex
CREATE INDEX "Assignment_passageId_idx" ON "Assignment"("passageId");

-- CreateIndex
CREATE INDEX "ReadingProgress_passageId_idx" ON "ReadingProgress"("passageId");

-- CreateIndex
CREATE INDEX "ReadingProgress_paragraphId_idx" ON "ReadingProgress"("paragraphId");

-- CreateIndex
CREATE INDEX "VocabularyItem_userId_passageId_idx" ON "VocabularyItem"("userId", "passageId");

-- Saved words keep their passage only while it exists (older rows may name a deleted one).
UPDATE "VocabularyItem" SET "passageId" = NULL
WHERE "passageId" IS NOT NULL AND "passageId" NOT IN (SELECT "id" FROM "Passage");

-- AddForeignKey
ALTER TABLE "VocabularyItem" ADD CONSTRAINT "VocabularyItem_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;
