-- AlterTable
ALTER TABLE "Snapshot" ADD COLUMN     "contentHash" TEXT;
