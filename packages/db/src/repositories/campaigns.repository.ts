import type { Prisma } from "../generated/prisma/client.js";
import { fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";
import type { CommuneScope } from "./projects.repository.js";

const campaignSelect = {
  id: true,
  programmeId: true,
  name: true,
  instructions: true,
  periodStart: true,
  periodEnd: true,
  deadline: true,
  status: true,
  updatedAt: true,
  version: true,
  programme: { select: { name: true } },
  indicators: { select: { indicatorId: true } },
  communes: { select: { communeInseeCode: true, commune: { select: { name: true } } } },
} as const;

type CampaignRow = Prisma.ReportingCampaignGetPayload<{ select: typeof campaignSelect }>;

export interface CampaignRecord {
  id: string;
  programmeId: string;
  programmeName: string;
  name: string;
  instructions: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  status: CampaignRow["status"];
  indicatorIds: string[];
  communes: { inseeCode: string; name: string }[];
  communeCodes: string[];
  updatedAt: string;
  version: number;
}

function toCampaign({ programme, indicators, communes, ...row }: CampaignRow): CampaignRecord {
  const sortedCommunes = communes
    .map((c) => ({ inseeCode: c.communeInseeCode, name: c.commune.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  return {
    ...row,
    programmeName: programme.name,
    periodStart: toIsoDate(row.periodStart)!,
    periodEnd: toIsoDate(row.periodEnd)!,
    deadline: toIsoDate(row.deadline)!,
    indicatorIds: indicators.map((i) => i.indicatorId),
    communes: sortedCommunes,
    communeCodes: sortedCommunes.map((c) => c.inseeCode),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A contributor sees the campaigns that ask something of one of their communes, once opened. */
function campaignScope(scope: CommuneScope): Prisma.ReportingCampaignWhereInput {
  return scope === "all"
    ? {}
    : {
        status: { in: ["open", "closed"] },
        communes: { some: { communeInseeCode: { in: [...scope.communeCodes] } } },
      };
}

export interface CampaignContent {
  name: string;
  instructions: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  indicatorIds: readonly string[];
  communeCodes: readonly string[];
}

export function campaignsRepository(db: Tx) {
  const read = async (scope: CommuneScope, id: string) => {
    const row = await db.reportingCampaign.findFirst({
      select: campaignSelect,
      where: { id, ...campaignScope(scope) },
    });
    return row ? toCampaign(row) : null;
  };

  return {
    find: read,

    async list(scope: CommuneScope, filter: { programmeId?: string } = {}): Promise<CampaignRecord[]> {
      const rows = await db.reportingCampaign.findMany({
        select: campaignSelect,
        where: { AND: [campaignScope(scope), filter.programmeId ? { programmeId: filter.programmeId } : {}] },
        orderBy: [{ deadline: "desc" }, { name: "asc" }],
      });
      return rows.map(toCampaign);
    },

    async create(input: CampaignContent & { programmeId: string }): Promise<CampaignRecord> {
      const row = await db.reportingCampaign.create({
        select: campaignSelect,
        data: {
          programmeId: input.programmeId,
          name: input.name,
          instructions: input.instructions,
          periodStart: fromIsoDate(input.periodStart)!,
          periodEnd: fromIsoDate(input.periodEnd)!,
          deadline: fromIsoDate(input.deadline)!,
          indicators: { createMany: { data: input.indicatorIds.map((indicatorId) => ({ indicatorId })) } },
          communes: { createMany: { data: input.communeCodes.map((communeInseeCode) => ({ communeInseeCode })) } },
        },
      });
      return toCampaign(row);
    },

    /** Replaces the indicator and commune lists when given; call within a transaction. */
    async update(
      id: string,
      version: number,
      changes: Partial<CampaignContent> & { status?: CampaignRow["status"] },
    ): Promise<WriteOutcome<CampaignRecord>> {
      const outcome = await versionedWrite(
        () =>
          db.reportingCampaign.updateMany({
            where: { id, version },
            data: {
              ...(changes.name !== undefined ? { name: changes.name } : {}),
              ...(changes.instructions !== undefined ? { instructions: changes.instructions } : {}),
              ...(changes.periodStart !== undefined ? { periodStart: fromIsoDate(changes.periodStart)! } : {}),
              ...(changes.periodEnd !== undefined ? { periodEnd: fromIsoDate(changes.periodEnd)! } : {}),
              ...(changes.deadline !== undefined ? { deadline: fromIsoDate(changes.deadline)! } : {}),
              ...(changes.status !== undefined ? { status: changes.status } : {}),
              version: { increment: 1 },
            },
          }),
        async () => ((await db.reportingCampaign.count({ where: { id } })) > 0 ? true : null),
      );
      if (outcome.status !== "ok") return outcome;
      if (changes.indicatorIds) {
        await db.campaignIndicator.deleteMany({ where: { campaignId: id } });
        await db.campaignIndicator.createMany({
          data: changes.indicatorIds.map((indicatorId) => ({ campaignId: id, indicatorId })),
        });
      }
      if (changes.communeCodes) {
        await db.campaignCommune.deleteMany({ where: { campaignId: id } });
        await db.campaignCommune.createMany({
          data: changes.communeCodes.map((communeInseeCode) => ({ campaignId: id, communeInseeCode })),
        });
      }
      return { status: "ok", value: (await read("all", id))! };
    },

    /** Open campaigns whose deadline is at most `until`: candidates for reminders. */
    async openUntil(until: string): Promise<CampaignRecord[]> {
      const rows = await db.reportingCampaign.findMany({
        select: campaignSelect,
        where: { status: "open", deadline: { lte: fromIsoDate(until)! } },
      });
      return rows.map(toCampaign);
    },

    async remindersSent(campaignId: string) {
      return db.campaignReminder.findMany({
        select: { communeInseeCode: true, kind: true, sentAt: true, recipients: true },
        where: { campaignId },
      });
    },

    /**
     * Claims a reminder before sending it; false when another run already did, so two schedulers
     * (or a restart) never send the same reminder twice.
     */
    async claimReminder(input: {
      campaignId: string;
      communeInseeCode: string;
      kind: "before_deadline" | "overdue";
      recipients: number;
    }): Promise<boolean> {
      const { count } = await db.campaignReminder.createMany({ data: [input], skipDuplicates: true });
      return count === 1;
    },
  };
}
