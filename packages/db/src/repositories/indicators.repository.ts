import type { Prisma } from "../generated/prisma/client.js";
import { definedOnly, fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const indicatorSelect = {
  id: true,
  code: true,
  name: true,
  definition: true,
  unit: true,
  kind: true,
  direction: true,
  frequency: true,
  aggregation: true,
  method: true,
  source: true,
  publicByDefault: true,
  formula: true,
  updatedAt: true,
  version: true,
} as const;

type IndicatorRow = Prisma.IndicatorDefinitionGetPayload<{ select: typeof indicatorSelect }>;
export type IndicatorRecord = Omit<IndicatorRow, "updatedAt"> & { updatedAt: string };

const toIndicator = (row: IndicatorRow): IndicatorRecord => ({ ...row, updatedAt: row.updatedAt.toISOString() });

export interface IndicatorContent {
  name: string;
  definition: string;
  unit: string;
  kind: IndicatorRow["kind"];
  direction: IndicatorRow["direction"];
  frequency: IndicatorRow["frequency"];
  aggregation: IndicatorRow["aggregation"];
  method: string;
  source: string;
  publicByDefault: boolean;
  formula: string | null;
}

const assignmentSelect = {
  id: true,
  indicatorId: true,
  programmeId: true,
  projectId: true,
  baselineValue: true,
  baselineDate: true,
  alertThreshold: true,
  version: true,
  project: { select: { title: true, communeInseeCode: true } },
  programme: { select: { name: true } },
  targets: { select: { period: true, value: true } },
} as const;

type AssignmentRow = Prisma.IndicatorAssignmentGetPayload<{ select: typeof assignmentSelect }>;

export interface AssignmentRecord {
  id: string;
  indicatorId: string;
  programmeId: string;
  programmeName: string;
  projectId: string | null;
  projectTitle: string | null;
  communeInseeCode: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  alertThreshold: number | null;
  targets: { period: string; value: number }[];
  version: number;
}

function toAssignment({ project, programme, ...row }: AssignmentRow): AssignmentRecord {
  return {
    ...row,
    baselineDate: toIsoDate(row.baselineDate),
    programmeName: programme.name,
    projectTitle: project?.title ?? null,
    communeInseeCode: project?.communeInseeCode ?? null,
    targets: [...row.targets].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
  };
}

export interface AssignmentContent {
  baselineValue?: number | null;
  baselineDate?: string | null;
  alertThreshold?: number | null;
}

export function indicatorsRepository(db: Tx) {
  return {
    async list(filter: { programmeId?: string } = {}): Promise<IndicatorRecord[]> {
      const rows = await db.indicatorDefinition.findMany({
        select: indicatorSelect,
        where: filter.programmeId ? { assignments: { some: { programmeId: filter.programmeId } } } : {},
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      });
      return rows.map(toIndicator);
    },

    async find(id: string): Promise<IndicatorRecord | null> {
      const row = await db.indicatorDefinition.findUnique({ select: indicatorSelect, where: { id } });
      return row ? toIndicator(row) : null;
    },

    async findMany(ids: readonly string[]): Promise<IndicatorRecord[]> {
      const rows = await db.indicatorDefinition.findMany({ select: indicatorSelect, where: { id: { in: [...ids] } } });
      return rows.map(toIndicator);
    },

    /** Code → formula (null when collected): what formula checks need to see the whole library. */
    async formulas(): Promise<Map<string, string | null>> {
      const rows = await db.indicatorDefinition.findMany({ select: { code: true, formula: true } });
      return new Map(rows.map((r) => [r.code, r.formula]));
    },

    async create(input: IndicatorContent & { code: string }): Promise<IndicatorRecord> {
      return toIndicator(await db.indicatorDefinition.create({ select: indicatorSelect, data: input }));
    },

    async update(
      id: string,
      version: number,
      changes: Partial<IndicatorContent>,
    ): Promise<WriteOutcome<IndicatorRecord>> {
      return versionedWrite(
        () =>
          db.indicatorDefinition.updateMany({
            where: { id, version },
            data: { ...definedOnly(changes), version: { increment: 1 } },
          }),
        async () => {
          const row = await db.indicatorDefinition.findUnique({ select: indicatorSelect, where: { id } });
          return row ? toIndicator(row) : null;
        },
      );
    },

    async countValues(indicatorId: string): Promise<number> {
      return db.indicatorValue.count({ where: { indicatorId } });
    },

    async assignments(filter: { indicatorId?: string; programmeId?: string; projectId?: string }) {
      const rows = await db.indicatorAssignment.findMany({
        select: assignmentSelect,
        where: definedOnly(filter),
        orderBy: [{ projectId: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
      });
      return rows.map(toAssignment);
    },

    async findAssignment(id: string): Promise<AssignmentRecord | null> {
      const row = await db.indicatorAssignment.findUnique({ select: assignmentSelect, where: { id } });
      return row ? toAssignment(row) : null;
    },

    async assign(
      input: AssignmentContent & {
        indicatorId: string;
        programmeId: string;
        projectId: string | null;
        targets: { period: string; value: number }[];
      },
    ): Promise<AssignmentRecord> {
      const row = await db.indicatorAssignment.create({
        select: assignmentSelect,
        data: {
          indicatorId: input.indicatorId,
          programmeId: input.programmeId,
          projectId: input.projectId,
          baselineValue: input.baselineValue ?? null,
          baselineDate: fromIsoDate(input.baselineDate) ?? null,
          alertThreshold: input.alertThreshold ?? null,
          targets: { createMany: { data: input.targets } },
        },
      });
      return toAssignment(row);
    },

    /** Replaces the trajectory when `targets` is given; call within a transaction. */
    async updateAssignment(
      id: string,
      version: number,
      changes: AssignmentContent & { targets?: { period: string; value: number }[] },
    ): Promise<WriteOutcome<AssignmentRecord>> {
      const outcome = await versionedWrite(
        () =>
          db.indicatorAssignment.updateMany({
            where: { id, version },
            data: {
              ...definedOnly({
                baselineValue: changes.baselineValue,
                baselineDate: fromIsoDate(changes.baselineDate),
                alertThreshold: changes.alertThreshold,
              }),
              version: { increment: 1 },
            },
          }),
        async () => (await db.indicatorAssignment.count({ where: { id } })) > 0 || null,
      );
      if (outcome.status !== "ok") return outcome;
      if (changes.targets) {
        await db.indicatorTarget.deleteMany({ where: { assignmentId: id } });
        await db.indicatorTarget.createMany({ data: changes.targets.map((t) => ({ ...t, assignmentId: id })) });
      }
      const row = await db.indicatorAssignment.findUniqueOrThrow({ select: assignmentSelect, where: { id } });
      return { status: "ok", value: toAssignment(row) };
    },

    async removeAssignment(id: string, version: number): Promise<WriteOutcome<true>> {
      const { count } = await db.indicatorAssignment.deleteMany({ where: { id, version } });
      if (count === 1) return { status: "ok", value: true };
      return (await db.indicatorAssignment.count({ where: { id } })) > 0
        ? { status: "conflict" }
        : { status: "not_found" };
    },
  };
}
