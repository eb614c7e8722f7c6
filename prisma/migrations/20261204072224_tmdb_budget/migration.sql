-- CreateTable
CREATE TABLE "TmdbRateSlot" (
    "id" INTEGER NOT NULL,
    "freeAt" TIMESTAMPTZ(6) NOT NULL,
    "holder" TEXT,

    CONSTRAINT "TmdbRateSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TmdbConcurrencySlot" (
    "id" INTEGER NOT NULL,
    "holder" TEXT,
    "leaseUntil" TIMESTAMPTZ(6),

    CONSTRAINT "TmdbConcurrencySlot_pkey" PRIMARY KEY ("id")
);
