-- CreateTable
CREATE TABLE "signInThrottle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "blockedUntil" BIGINT NOT NULL,
    "lastAttempt" BIGINT NOT NULL,
    "refused" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "signInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "signInThrottle_lastAttempt_idx" ON "signInThrottle"("lastAttempt");
