import type { Prisma, PrismaClient } from "./generated/client";

/** A client or an open transaction: what data functions accept. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
