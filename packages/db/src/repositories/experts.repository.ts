import {
  matchesSkill,
  matchesText,
  type CreateExpertInput,
  type CreateMissionInput,
  type DeliverableInput,
  type Expert,
  type ExpertKind,
  type Mission,
  type MissionStatus,
  type UpdateExpertInput,
  type UpdateMissionInput,
} from "@cvv/domain/experts";
import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const expertSelect = {
  id: true,
  name: true,
  kind: true,
  siret: true,
  skills: true,
  dailyRateCents: true,
  rateNote: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  website: true,
  notes: true,
  active: true,
  version: true,
} satisfies Prisma.ExpertSelect;

const missionSelect = {
  id: true,
  expertId: true,
  projectId: true,
  title: true,
  scope: true,
  days: true,
  budgetCents: true,
  startsOn: true,
  endsOn: true,
  status: true,
  version: true,
  project: { select: { title: true, communeInseeCode: true, commune: { select: { name: true } } } },
  deliverables: {
    select: { id: true, title: true, dueOn: true, deliveredOn: true },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { title: "asc" }],
  },
} satisfies Prisma.MissionSelect;

type ExpertRow = Prisma.ExpertGetPayload<{ select: typeof expertSelect }>;
type MissionRow = Prisma.MissionGetPayload<{ select: typeof missionSelect }>;

// Rates and budgets are far below 2^53 cents (the input caps them): a JSON number carries them exactly.
const centsOut = (value: bigint | null): number | null => (value === null ? null : Number(value));
const centsIn = (value: number | null | undefined): bigint | null | undefined =>
  value === undefined ? undefined : value === null ? null : BigInt(value);

function toExpert(row: ExpertRow): Expert {
  return { ...row, dailyRateCents: centsOut(row.dailyRateCents) };
}

function toMission({ project, deliverables, ...row }: MissionRow): Mission {
  return {
    ...row,
    budgetCents: centsOut(row.budgetCents),
    startsOn: toIsoDate(row.startsOn)!,
    endsOn: toIsoDate(row.endsOn)!,
    projectTitle: project.title,
    communeInseeCode: project.communeInseeCode,
    communeName: project.commune.name,
    deliverables: deliverables.map((d) => ({
      ...d,
      dueOn: toIsoDate(d.dueOn),
      deliveredOn: toIsoDate(d.deliveredOn),
    })),
  };
}

function deliverableData(deliverables: readonly DeliverableInput[]) {
  return deliverables.map((d) => ({
    title: d.title,
    dueOn: fromIsoDate(d.dueOn) ?? null,
    deliveredOn: fromIsoDate(d.deliveredOn) ?? null,
  }));
}

export interface ExpertFilter {
  kind?: ExpertKind | undefined;
  active?: boolean | undefined;
  /** Found in one of the expert's skills, whatever the accents or case. */
  skill?: string | undefined;
  /** Found in the expert's name, whatever the accents or case. */
  q?: string | undefined;
}

/** The directory of experts and providers, and their missions on projects. Not commune-scoped: officers only. */
export function expertsRepository(db: Tx) {
  return {
    /**
     * Kind and activity are filtered in SQL; skills and name in TypeScript, with the domain's
     * comparison (accents, case, ligatures, curly apostrophes), so the directory finds exactly
     * what the rules' tests say it finds. It counts tens of entries, not millions.
     */
    async list(filter: ExpertFilter = {}): Promise<Expert[]> {
      const rows = await db.expert.findMany({
        select: expertSelect,
        where: definedOnly({ kind: filter.kind, active: filter.active }),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
      return rows
        .filter((row) => (filter.skill ? matchesSkill(row.skills, filter.skill) : true))
        .filter((row) => (filter.q ? matchesText(row.name, filter.q) : true))
        .map(toExpert);
    },

    async find(id: string): Promise<Expert | null> {
      const row = await db.expert.findUnique({ select: expertSelect, where: { id } });
      return row ? toExpert(row) : null;
    },

    /** The expert with every mission, latest first: their history across communes. */
    async findWithMissions(id: string): Promise<{ expert: Expert; missions: Mission[] } | null> {
      const row = await db.expert.findUnique({
        select: {
          ...expertSelect,
          missions: { select: missionSelect, orderBy: [{ startsOn: "desc" }, { title: "asc" }] },
        },
        where: { id },
      });
      if (!row) return null;
      const { missions, ...expert } = row;
      return { expert: toExpert(expert), missions: missions.map(toMission) };
    },

    async create(input: CreateExpertInput & { isDemo?: boolean }): Promise<Expert> {
      const row = await db.expert.create({
        select: expertSelect,
        data: {
          name: input.name,
          kind: input.kind,
          siret: input.siret ?? null,
          skills: input.skills ?? [],
          dailyRateCents: centsIn(input.dailyRate) ?? null,
          rateNote: input.rateNote ?? "",
          contactName: input.contactName ?? "",
          contactEmail: input.contactEmail ?? "",
          contactPhone: input.contactPhone ?? "",
          website: input.website ?? "",
          notes: input.notes ?? "",
          active: input.active ?? true,
          isDemo: input.isDemo ?? false,
        },
      });
      return toExpert(row);
    },

    async update(input: UpdateExpertInput): Promise<WriteOutcome<Expert>> {
      const { id, version, dailyRate, ...fields } = input;
      return versionedWrite(
        () =>
          db.expert.updateMany({
            where: { id, version },
            data: { ...definedOnly(fields), dailyRateCents: centsIn(dailyRate), version: { increment: 1 } },
          }),
        async () => {
          const row = await db.expert.findUnique({ select: expertSelect, where: { id } });
          return row ? toExpert(row) : null;
        },
      );
    },

    /** A mission of this expert: an id of another expert's mission finds nothing. */
    async findMission(expertId: string, id: string): Promise<Mission | null> {
      const row = await db.mission.findFirst({ select: missionSelect, where: { id, expertId } });
      return row ? toMission(row) : null;
    },

    async createMission(input: CreateMissionInput): Promise<Mission> {
      const row = await db.mission.create({
        select: missionSelect,
        data: {
          expertId: input.expertId,
          projectId: input.projectId,
          title: input.title,
          scope: input.scope ?? "",
          days: input.days ?? null,
          budgetCents: centsIn(input.budget) ?? null,
          startsOn: fromIsoDate(input.startsOn)!,
          endsOn: fromIsoDate(input.endsOn)!,
          status: input.status ?? "proposed",
          deliverables: { create: deliverableData(input.deliverables ?? []) },
        },
      });
      return toMission(row);
    },

    /** The mission's own fields; its deliverables, when sent, through replaceDeliverables in the same transaction. */
    async updateMission(input: UpdateMissionInput): Promise<WriteOutcome<Mission>> {
      const { expertId, id, version, budget, startsOn, endsOn, deliverables: _deliverables, ...fields } = input;
      return writeMission(expertId, id, version, {
        ...definedOnly(fields),
        budgetCents: centsIn(budget),
        startsOn: fromIsoDate(startsOn) ?? undefined,
        endsOn: fromIsoDate(endsOn) ?? undefined,
      });
    },

    async setMissionStatus(
      expertId: string,
      id: string,
      version: number,
      status: MissionStatus,
    ): Promise<WriteOutcome<Mission>> {
      return writeMission(expertId, id, version, { status });
    },

    /**
     * The deliverables become exactly the given list. Call it after a successful versioned write
     * of the mission, in the same transaction: the version check covers the deliverables too.
     */
    async replaceDeliverables(expertId: string, missionId: string, deliverables: readonly DeliverableInput[]) {
      await db.missionDeliverable.deleteMany({ where: { missionId, mission: { expertId } } });
      await db.missionDeliverable.createMany({
        data: deliverableData(deliverables).map((d) => ({ ...d, missionId })),
      });
      const row = await db.mission.findFirst({ select: missionSelect, where: { id: missionId, expertId } });
      return row ? toMission(row) : null;
    },

    /**
     * The missions of these experts that overlap the period (both days included), whatever
     * their status: the domain's `availability` decides which ones keep an expert busy.
     */
    async missionsOverlapping(expertIds: readonly string[], from: string, to: string): Promise<Mission[]> {
      if (expertIds.length === 0) return [];
      const rows = await db.mission.findMany({
        select: missionSelect,
        where: {
          expertId: { in: [...expertIds] },
          startsOn: { lte: fromIsoDate(to)! },
          endsOn: { gte: fromIsoDate(from)! },
        },
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
      });
      return rows.map(toMission);
    },
  };

  function writeMission(expertId: string, id: string, version: number, data: Prisma.MissionUpdateManyMutationInput) {
    return versionedWrite(
      () =>
        db.mission.updateMany({
          where: { id, expertId, version },
          data: { ...data, version: { increment: 1 } },
        }),
      async () => {
        const row = await db.mission.findFirst({ select: missionSelect, where: { id, expertId } });
        return row ? toMission(row) : null;
      },
    );
  }
}
