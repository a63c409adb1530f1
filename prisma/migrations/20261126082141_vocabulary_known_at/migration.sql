-- AlterTable
ALTER TABLE "VocabularyItem" ADD COLUMN     "knownAt" TIMESTAMP(3);
