-- DropIndex
DROP INDEX "Credit_personId_idx";

-- CreateIndex
CREATE INDEX "Credit_personId_seasonId_idx" ON "Credit"("personId", "seasonId");
