-- AlterTable
ALTER TABLE "Season" ADD COLUMN     "responseHash" TEXT;
