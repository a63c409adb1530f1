-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "engineVersion" TEXT;
