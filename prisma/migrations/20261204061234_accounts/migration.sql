-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "tmdbAccountId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "feedKey" TEXT NOT NULL,
    "lastVisitAt" TIMESTAMPTZ(3),
    "previousVisitAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TmdbToken" (
    "userId" INTEGER NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "invalidAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TmdbToken_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "TrackedSeason" (
    "userId" INTEGER NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "seasonNumber" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackedSeason_pkey" PRIMARY KEY ("userId","seriesId","seasonNumber","language")
);

-- CreateTable
CREATE TABLE "TrackedSeries" (
    "userId" INTEGER NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackedSeries_pkey" PRIMARY KEY ("userId","seriesId")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_tmdbAccountId_key" ON "User"("tmdbAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "User_feedKey_key" ON "User"("feedKey");

-- CreateIndex
CREATE INDEX "TrackedSeason_seriesId_seasonNumber_language_idx" ON "TrackedSeason"("seriesId", "seasonNumber", "language");

-- CreateIndex
CREATE INDEX "TrackedSeries_seriesId_idx" ON "TrackedSeries"("seriesId");

-- AddForeignKey
ALTER TABLE "TmdbToken" ADD CONSTRAINT "TmdbToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedSeason" ADD CONSTRAINT "TrackedSeason_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedSeries" ADD CONSTRAINT "TrackedSeries_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
