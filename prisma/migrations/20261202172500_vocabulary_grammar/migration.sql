-- AlterTable
ALTER TABLE "VocabularyItem" ADD COLUMN     "grammar" TEXT;
