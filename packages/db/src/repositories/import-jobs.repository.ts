import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

const jobSelect = {
  id: true,
  campaignId: true,
  createdById: true,
  fileName: true,
  status: true,
  totalRows: true,
  processedRows: true,
  report: true,
  error: true,
  createdAt: true,
  finishedAt: true,
} as const;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof jobSelect }>;

export type ImportJobRecord = Omit<JobRow, "createdAt" | "finishedAt" | "report"> & {
  report: unknown;
  createdAt: string;
  finishedAt: string | null;
};

const toJob = (row: JobRow): ImportJobRecord => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
});

export function importJobsRepository(db: Tx) {
  return {
    async create(input: {
      campaignId: string | null;
      createdById: string;
      fileName: string;
    }): Promise<ImportJobRecord> {
      return toJob(await db.importJob.create({ select: jobSelect, data: input }));
    },

    /** Jobs belong to whoever started them: the where holds the owner unless the caller sees all. */
    async find(id: string, ownerId: string | null): Promise<ImportJobRecord | null> {
      const row = await db.importJob.findFirst({
        select: jobSelect,
        where: { id, ...(ownerId ? { createdById: ownerId } : {}) },
      });
      return row ? toJob(row) : null;
    },

    async rows(id: string): Promise<unknown> {
      const row = await db.importJob.findUnique({ select: { rows: true }, where: { id } });
      return row?.rows ?? null;
    },

    async update(
      id: string,
      data: {
        status?: JobRow["status"];
        totalRows?: number;
        processedRows?: number;
        report?: unknown;
        rows?: unknown;
        error?: string | null;
        finishedAt?: Date | null;
      },
    ): Promise<void> {
      const { report, rows, ...rest } = data;
      await db.importJob.update({
        select: { id: true },
        where: { id },
        data: {
          ...rest,
          ...(report !== undefined ? { report: report as Prisma.InputJsonValue } : {}),
          ...(rows !== undefined ? { rows: rows === null ? Prisma.DbNull : (rows as Prisma.InputJsonValue) } : {}),
        },
      });
    },

    /**
     * Moves a job from one status to the next only if it is still in the first: confirming twice,
     * or confirming a job that failed, does nothing.
     */
    async transition(
      id: string,
      from: JobRow["status"],
      to: JobRow["status"],
      ownerId: string | null,
    ): Promise<boolean> {
      const { count } = await db.importJob.updateMany({
        where: { id, status: from, ...(ownerId ? { createdById: ownerId } : {}) },
        data: { status: to },
      });
      return count === 1;
    },

    /** Jobs left half-way by a stopped server: they failed, and say so. */
    async failInterrupted(now: Date): Promise<number> {
      const { count } = await db.importJob.updateMany({
        where: { status: { in: ["queued", "checking", "applying"] } },
        data: { status: "failed", error: "Le serveur a redémarré pendant l'import : relancez-le.", finishedAt: now },
      });
      return count;
    },
  };
}
