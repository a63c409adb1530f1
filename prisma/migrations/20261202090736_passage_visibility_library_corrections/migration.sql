-- CreateEnum
CREATE TYPE "PassageVisibility" AS ENUM ('PRIVATE', 'PUBLIC');

-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "importedChars" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "personal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "place" TEXT,
ADD COLUMN     "visibility" "PassageVisibility" NOT NULL DEFAULT 'PRIVATE';

-- CreateTable
CREATE TABLE "WordCorrection" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "passageId" TEXT,
    "scope" TEXT NOT NULL,
    "surface" TEXT NOT NULL,
    "enginePos" TEXT NOT NULL,
    "patch" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WordCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WordCorrection_passageId_idx" ON "WordCorrection"("passageId");

-- CreateIndex
CREATE UNIQUE INDEX "WordCorrection_userId_scope_surface_enginePos_key" ON "WordCorrection"("userId", "scope", "surface", "enginePos");

-- AddForeignKey
ALTER TABLE "WordCorrection" ADD CONSTRAINT "WordCorrection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WordCorrection" ADD CONSTRAINT "WordCorrection_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Content shipped with the product (the seed article) stays readable by everyone, while passages of teachers
-- become private to their classes until the teacher makes them public.
UPDATE "Passage" SET "visibility" = 'PUBLIC' WHERE "slug" IS NOT NULL;
