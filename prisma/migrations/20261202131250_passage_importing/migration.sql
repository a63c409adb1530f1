/*
  Warnings:

  - A unique constraint covering the columns `[importKey]` on the table `Passage` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterEnum
ALTER TYPE "PassageStatus" ADD VALUE 'IMPORTING';

-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "importKey" TEXT,
ADD COLUMN     "importProgress" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Passage_importKey_key" ON "Passage"("importKey");
