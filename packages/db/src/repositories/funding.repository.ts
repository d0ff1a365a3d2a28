import type { FundingLine, Grant, GrantInstalment, GrantPayment } from "@cvv/domain/funding";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const lineSelect = {
  id: true,
  projectId: true,
  funderKind: true,
  funderName: true,
  amountCents: true,
  status: true,
  note: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.FundingLineSelect;

const grantSelect = {
  id: true,
  projectId: true,
  fundingLineId: true,
  funderName: true,
  funderSiret: true,
  beneficiaryName: true,
  beneficiarySiret: true,
  purpose: true,
  decisionReference: true,
  conventionOn: true,
  amountCents: true,
  nature: true,
  paymentTerms: true,
  paymentTermsNote: true,
  share: true,
  euNotified: true,
  raeId: true,
  version: true,
  updatedAt: true,
  instalments: {
    select: { id: true, label: true, dueOn: true, amountCents: true },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  },
  payments: {
    select: {
      id: true,
      paidOn: true,
      amountCents: true,
      reference: true,
      createdAt: true,
      recordedBy: { select: { displayName: true } },
    },
    orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.GrantSelect;

type LineRow = Prisma.FundingLineGetPayload<{ select: typeof lineSelect }>;
type GrantRow = Prisma.GrantGetPayload<{ select: typeof grantSelect }>;

export interface FundingLineRecord extends FundingLine {
  updatedAt: string;
}

export interface GrantPaymentRecord extends GrantPayment {
  recordedByName: string | null;
  createdAt: string;
}

export interface GrantRecord extends Grant {
  updatedAt: string;
  instalments: GrantInstalment[];
  payments: GrantPaymentRecord[];
}

/** What a funding line holds besides its project: as the service hands it, amounts in cents. */
export interface FundingLineContent {
  funderKind: FundingLine["funderKind"];
  funderName: string;
  amountCents: bigint;
  status: FundingLine["status"];
  note: string;
}

export interface GrantContent {
  fundingLineId: string | null;
  funderName: string;
  funderSiret: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  purpose: string;
  decisionReference: string;
  conventionOn: string;
  amountCents: bigint;
  nature: Grant["nature"];
  paymentTerms: Grant["paymentTerms"];
  paymentTermsNote: string;
  share: number;
  euNotified: boolean;
  raeId: string;
}

export interface InstalmentContent {
  dueOn: string;
  amountCents: bigint;
  label: string;
}

export interface PaymentContent {
  paidOn: string;
  amountCents: bigint;
  reference: string;
  recordedById: string | null;
}

/** A grant's figures read with its row locked: what a payment or a new amount is checked against. */
export interface LockedGrant {
  amountCents: bigint;
  paidCents: bigint;
  scheduledCents: bigint;
}

export interface GrantExportFilter {
  programmeId?: string | undefined;
  /** The year of the convention, as the open data is published year by year. */
  year?: number | undefined;
}

function toLine({ updatedAt, ...row }: LineRow): FundingLineRecord {
  return { ...row, updatedAt: updatedAt.toISOString() };
}

function toGrant({ updatedAt, conventionOn, instalments, payments, ...row }: GrantRow): GrantRecord {
  return {
    ...row,
    conventionOn: toIsoDate(conventionOn)!,
    updatedAt: updatedAt.toISOString(),
    instalments: instalments.map((i) => ({ ...i, dueOn: toIsoDate(i.dueOn)! })),
    payments: payments.map(({ recordedBy, paidOn, createdAt, ...p }) => ({
      ...p,
      paidOn: toIsoDate(paidOn)!,
      createdAt: createdAt.toISOString(),
      recordedByName: recordedBy?.displayName ?? null,
    })),
  };
}

function grantData({ conventionOn, ...rest }: Partial<GrantContent>): Prisma.GrantUncheckedUpdateManyInput {
  return { ...definedOnly(rest), ...(conventionOn === undefined ? {} : { conventionOn: fromIsoDate(conventionOn)! }) };
}

/**
 * A project's funding plan, grants, schedules and payments. Every read and write names the
 * project: the service checks that the caller may act on that project (its commune), and the
 * project id in each where makes sure a record id taken from another project finds nothing.
 */
export function fundingRepository(db: Tx) {
  const readLine = async (projectId: string, id: string) => {
    const row = await db.fundingLine.findFirst({ select: lineSelect, where: { id, projectId } });
    return row ? toLine(row) : null;
  };
  const readGrant = async (projectId: string, id: string) => {
    const row = await db.grant.findFirst({ select: grantSelect, where: { id, projectId } });
    return row ? toGrant(row) : null;
  };

  return {
    async linesForProject(projectId: string): Promise<FundingLineRecord[]> {
      const rows = await db.fundingLine.findMany({
        select: lineSelect,
        where: { projectId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toLine);
    },

    findLine: readLine,

    async createLine(projectId: string, content: FundingLineContent): Promise<FundingLineRecord> {
      const row = await db.fundingLine.create({ select: lineSelect, data: { projectId, ...content } });
      return toLine(row);
    },

    async updateLine(
      projectId: string,
      id: string,
      version: number,
      content: Partial<FundingLineContent>,
    ): Promise<WriteOutcome<FundingLineRecord>> {
      return versionedWrite(
        () =>
          db.fundingLine.updateMany({
            where: { id, projectId, version },
            data: { ...definedOnly(content), version: { increment: 1 } },
          }),
        () => readLine(projectId, id),
      );
    },

    /** Deletes the line at the version the person saw; its grants stay, detached (onDelete: SetNull). */
    async removeLine(projectId: string, id: string, version: number): Promise<WriteOutcome<FundingLineRecord>> {
      const current = await readLine(projectId, id);
      if (!current) return { status: "not_found" };
      const { count } = await db.fundingLine.deleteMany({ where: { id, projectId, version } });
      if (count === 1) return { status: "ok", value: current };
      return (await readLine(projectId, id)) ? { status: "conflict" } : { status: "not_found" };
    },

    async grantsForProject(projectId: string): Promise<GrantRecord[]> {
      const rows = await db.grant.findMany({
        select: grantSelect,
        where: { projectId },
        orderBy: [{ conventionOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toGrant);
    },

    findGrant: readGrant,

    async createGrant(projectId: string, content: GrantContent): Promise<GrantRecord> {
      const { conventionOn, ...rest } = content;
      const row = await db.grant.create({
        select: grantSelect,
        data: { projectId, ...rest, conventionOn: fromIsoDate(conventionOn)! },
      });
      return toGrant(row);
    },

    async updateGrant(
      projectId: string,
      id: string,
      version: number,
      content: Partial<GrantContent>,
    ): Promise<WriteOutcome<GrantRecord>> {
      return versionedWrite(
        () =>
          db.grant.updateMany({
            where: { id, projectId, version },
            data: { ...grantData(content), version: { increment: 1 } },
          }),
        () => readGrant(projectId, id),
      );
    },

    /**
     * Replaces the grant's schedule and moves its version on, so that a form opened on the old
     * schedule conflicts. Nothing is replaced when the version is stale.
     */
    async replaceSchedule(
      projectId: string,
      grantId: string,
      version: number,
      instalments: readonly InstalmentContent[],
    ): Promise<WriteOutcome<GrantRecord>> {
      return versionedWrite(
        async () => {
          const claimed = await db.grant.updateMany({
            where: { id: grantId, projectId, version },
            data: { version: { increment: 1 } },
          });
          if (claimed.count === 1) {
            await db.grantInstalment.deleteMany({ where: { grantId, grant: { projectId } } });
            await db.grantInstalment.createMany({
              data: instalments.map((i) => ({
                grantId,
                dueOn: fromIsoDate(i.dueOn)!,
                amountCents: i.amountCents,
                label: i.label,
              })),
            });
          }
          return claimed;
        },
        () => readGrant(projectId, grantId),
      );
    },

    /**
     * Locks the grant's row until the transaction ends (SELECT … FOR UPDATE) and reads what was
     * paid and scheduled. Call it inside the transaction that then writes: a second payment
     * waits here for the first to commit, and then counts it.
     */
    async lockGrant(projectId: string, grantId: string): Promise<LockedGrant | null> {
      const locked = await db.$queryRaw<{ amountCents: bigint }[]>`
        SELECT "amountCents" FROM "Grant"
        WHERE "id" = ${grantId}::uuid AND "projectId" = ${projectId}::uuid
        FOR UPDATE
      `;
      const grant = locked[0];
      if (!grant) return null;
      const [sums] = await db.$queryRaw<{ paid: bigint; scheduled: bigint }[]>`
        SELECT
          (SELECT COALESCE(SUM("amountCents"), 0)::bigint FROM "GrantPayment" WHERE "grantId" = ${grantId}::uuid) AS paid,
          (SELECT COALESCE(SUM("amountCents"), 0)::bigint FROM "GrantInstalment" WHERE "grantId" = ${grantId}::uuid) AS scheduled
      `;
      return {
        amountCents: BigInt(grant.amountCents),
        paidCents: BigInt(sums?.paid ?? 0n),
        scheduledCents: BigInt(sums?.scheduled ?? 0n),
      };
    },

    /** Adds a payment to a grant the caller found (and locked) within the project. */
    async addPayment(grantId: string, content: PaymentContent): Promise<GrantPaymentRecord> {
      const { recordedBy, paidOn, createdAt, ...row } = await db.grantPayment.create({
        select: grantSelect.payments.select,
        data: {
          grantId,
          paidOn: fromIsoDate(content.paidOn)!,
          amountCents: content.amountCents,
          reference: content.reference,
          recordedById: content.recordedById,
        },
      });
      return {
        ...row,
        paidOn: toIsoDate(paidOn)!,
        createdAt: createdAt.toISOString(),
        recordedByName: recordedBy?.displayName ?? null,
      };
    },

    /** The grants to publish in open data, of a programme and/or a year of convention, oldest first. */
    async grantsForExport(filter: GrantExportFilter): Promise<GrantRecord[]> {
      const where: Prisma.GrantWhereInput = {};
      if (filter.programmeId) where.project = { programmeId: filter.programmeId };
      if (filter.year !== undefined) {
        where.conventionOn = {
          gte: new Date(Date.UTC(filter.year, 0, 1)),
          lt: new Date(Date.UTC(filter.year + 1, 0, 1)),
        };
      }
      const rows = await db.grant.findMany({
        select: grantSelect,
        where,
        orderBy: [{ conventionOn: "asc" }, { funderName: "asc" }, { id: "asc" }],
      });
      return rows.map(toGrant);
    },
  };
}
