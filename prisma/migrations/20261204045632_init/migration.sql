-- CreateEnum
CREATE TYPE "CreditKind" AS ENUM ('cast', 'crew');

-- CreateTable
CREATE TABLE "Series" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "details" JSONB,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Series_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Season" (
    "id" SERIAL NOT NULL,
    "seriesId" INTEGER NOT NULL,
    "seasonNumber" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMPTZ(3),
    "missingAt" TIMESTAMPTZ(3),

    CONSTRAINT "Season_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" SERIAL NOT NULL,
    "seasonId" INTEGER NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,
    "tmdbId" INTEGER NOT NULL,
    "layout" TEXT,
    "extra" TEXT,
    "castCount" INTEGER NOT NULL,
    "crewCount" INTEGER NOT NULL,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeasonCheck" (
    "id" SERIAL NOT NULL,
    "seasonId" INTEGER NOT NULL,
    "snapshotId" INTEGER NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "changed" BOOLEAN NOT NULL,

    CONSTRAINT "SeasonCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "profilePath" TEXT,
    "popularity" DOUBLE PRECISION,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Credit" (
    "id" SERIAL NOT NULL,
    "seasonId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "kind" "CreditKind" NOT NULL,
    "department" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "fromSnapshotId" INTEGER NOT NULL,
    "toSnapshotId" INTEGER,
    "adult" BOOLEAN,
    "gender" INTEGER,
    "knownForDepartment" TEXT,
    "name" TEXT NOT NULL,
    "originalName" TEXT,
    "profilePath" TEXT,
    "order" INTEGER,
    "totalEpisodeCount" INTEGER,
    "layout" TEXT,
    "extra" TEXT,

    CONSTRAINT "Credit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "creditId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "tmdbCreditId" TEXT,
    "character" TEXT,
    "job" TEXT,
    "episodeCount" INTEGER,
    "layout" TEXT,
    "extra" TEXT,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Season_seriesId_seasonNumber_language_key" ON "Season"("seriesId", "seasonNumber", "language");

-- CreateIndex
CREATE INDEX "Snapshot_seasonId_fetchedAt_idx" ON "Snapshot"("seasonId", "fetchedAt");

-- CreateIndex
CREATE INDEX "SeasonCheck_seasonId_checkedAt_idx" ON "SeasonCheck"("seasonId", "checkedAt");

-- CreateIndex
CREATE INDEX "Credit_seasonId_toSnapshotId_idx" ON "Credit"("seasonId", "toSnapshotId");

-- CreateIndex
CREATE INDEX "Credit_seasonId_fromSnapshotId_idx" ON "Credit"("seasonId", "fromSnapshotId");

-- CreateIndex
CREATE INDEX "Credit_personId_idx" ON "Credit"("personId");

-- CreateIndex
CREATE INDEX "Job_creditId_idx" ON "Job"("creditId");

-- AddForeignKey
ALTER TABLE "Season" ADD CONSTRAINT "Season_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeasonCheck" ADD CONSTRAINT "SeasonCheck_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeasonCheck" ADD CONSTRAINT "SeasonCheck_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credit" ADD CONSTRAINT "Credit_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Credit" ADD CONSTRAINT "Credit_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_creditId_fkey" FOREIGN KEY ("creditId") REFERENCES "Credit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
