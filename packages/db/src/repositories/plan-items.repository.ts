import type { PlanItem, PlanItemContent } from "@cvv/domain/project-plan";
import type { Prisma } from "../generated/prisma/client.js";
import { communeWhere, type CommuneScope } from "./projects.repository.js";
import { fromIsoDate, toIsoDate, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const planItemSelect = {
  id: true,
  projectId: true,
  kind: true,
  title: true,
  description: true,
  owner: true,
  startsOn: true,
  dueOn: true,
  progress: true,
  status: true,
  completedOn: true,
  version: true,
  updatedAt: true,
  dependsOn: { select: { dependsOnId: true }, orderBy: { dependsOnId: "asc" } },
} satisfies Prisma.PlanItemSelect;

export interface PlanItemRecord extends PlanItem {
  /** ISO 8601: what JSON carries, so client types do not lie. */
  updatedAt: string;
}

type Row = Prisma.PlanItemGetPayload<{ select: typeof planItemSelect }>;

function toRecord({ dependsOn, startsOn, dueOn, completedOn, updatedAt, ...row }: Row): PlanItemRecord {
  return {
    ...row,
    startsOn: toIsoDate(startsOn),
    dueOn: toIsoDate(dueOn)!,
    completedOn: toIsoDate(completedOn),
    updatedAt: updatedAt.toISOString(),
    dependsOnIds: dependsOn.map((d) => d.dependsOnId),
  };
}

/** Plan items are scoped through their project's commune, like everything under a project. */
function scopedWhere(scope: CommuneScope): Prisma.PlanItemWhereInput {
  return scope === "all" ? {} : { project: communeWhere(scope) };
}

/** A late item on the steering dashboard, with what says where it belongs. */
export interface OverduePlanItem {
  id: string;
  projectId: string;
  projectTitle: string;
  communeInseeCode: string;
  communeName: string;
  kind: PlanItem["kind"];
  title: string;
  owner: string;
  dueOn: string;
  progress: number;
  status: PlanItem["status"];
}

const contentData = (fields: Partial<PlanItemContent>) => ({
  kind: fields.kind,
  title: fields.title,
  description: fields.description,
  owner: fields.owner,
  startsOn: fromIsoDate(fields.startsOn),
  dueOn: fromIsoDate(fields.dueOn) ?? undefined,
  progress: fields.progress,
  status: fields.status,
  completedOn: fromIsoDate(fields.completedOn),
});

export function planItemsRepository(db: Tx) {
  const find = async (
    scope: CommuneScope,
    id: string,
  ): Promise<(PlanItemRecord & { communeInseeCode: string }) | null> => {
    const row = await db.planItem.findFirst({
      select: { ...planItemSelect, project: { select: { communeInseeCode: true } } },
      where: { id, ...scopedWhere(scope) },
    });
    if (!row) return null;
    const { project, ...item } = row;
    return { ...toRecord(item), communeInseeCode: project.communeInseeCode };
  };

  /** Replaces what an item waits for; both ends are held to the item's project. */
  const replaceDependencies = async (projectId: string, itemId: string, dependsOnIds: readonly string[]) => {
    await db.planItemDependency.deleteMany({ where: { itemId, item: { projectId } } });
    if (dependsOnIds.length === 0) return;
    const inProject = await db.planItem.findMany({
      select: { id: true },
      where: { projectId, id: { in: [...dependsOnIds] } },
    });
    await db.planItemDependency.createMany({
      data: inProject.map(({ id }) => ({ itemId, dependsOnId: id })),
    });
  };

  return {
    find,
    replaceDependencies,

    /** A project's plan, soonest due first; ties keep the earlier start, then the title. */
    async listForProject(scope: CommuneScope, projectId: string): Promise<PlanItemRecord[]> {
      const rows = await db.planItem.findMany({
        select: planItemSelect,
        where: { projectId, ...scopedWhere(scope) },
        orderBy: [{ dueOn: "asc" }, { startsOn: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      });
      return rows.map(toRecord);
    },

    /**
     * Serialises writes to one project's plan until the transaction ends. Dependency checks read
     * the whole plan: without it, two officers could each add half of a cycle on different items,
     * and neither item's version would tell. Call it first in the transaction of a plan write.
     */
    async lockPlan(projectId: string): Promise<void> {
      await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`plan:${projectId}`}, 0))`;
    },

    async create(input: PlanItemContent & { projectId: string }): Promise<PlanItemRecord> {
      const { id } = await db.planItem.create({
        select: { id: true },
        data: {
          projectId: input.projectId,
          kind: input.kind,
          title: input.title,
          description: input.description,
          owner: input.owner,
          startsOn: fromIsoDate(input.startsOn) ?? null,
          dueOn: fromIsoDate(input.dueOn)!,
          progress: input.progress,
          status: input.status,
          completedOn: fromIsoDate(input.completedOn) ?? null,
        },
      });
      await replaceDependencies(input.projectId, id, input.dependsOnIds);
      return (await find("all", id))!;
    },

    /**
     * Optimistic locking: the where holds the id, the version the person loaded, the project and
     * the commune scope. Dependencies, when given, are replaced only if the item itself was written.
     */
    async update(
      scope: CommuneScope,
      input: Partial<PlanItemContent> & { id: string; projectId: string; version: number },
    ): Promise<WriteOutcome<PlanItemRecord>> {
      const { id, projectId, version, dependsOnIds, ...fields } = input;
      return versionedWrite(
        async () => {
          const written = await db.planItem.updateMany({
            where: { id, version, projectId, ...scopedWhere(scope) },
            data: { ...contentData(fields), version: { increment: 1 } },
          });
          if (written.count > 0 && dependsOnIds) await replaceDependencies(projectId, id, dependsOnIds);
          return written;
        },
        async () => {
          const value = await find(scope, id);
          return value && value.projectId === projectId ? value : null;
        },
      );
    },

    /**
     * Deletes the version the person saw, if nothing depends on it any more: an item others wait
     * for is kept (the rule says who), so a dependency added meanwhile is never dropped silently.
     */
    async remove(
      scope: CommuneScope,
      input: { id: string; projectId: string; version: number },
    ): Promise<WriteOutcome<null>> {
      const { count } = await db.planItem.deleteMany({
        where: {
          id: input.id,
          version: input.version,
          projectId: input.projectId,
          dependents: { none: {} },
          ...scopedWhere(scope),
        },
      });
      if (count > 0) return { status: "ok", value: null };
      const still = await db.planItem.count({
        where: { id: input.id, projectId: input.projectId, ...scopedWhere(scope) },
      });
      return still > 0 ? { status: "conflict" } : { status: "not_found" };
    },

    /** Items still planned or under way whose due date is past, across projects, oldest first. */
    async overdue(filter: { today: string; programmeId?: string | undefined }): Promise<OverduePlanItem[]> {
      const rows = await db.planItem.findMany({
        select: {
          id: true,
          projectId: true,
          kind: true,
          title: true,
          owner: true,
          dueOn: true,
          progress: true,
          status: true,
          project: { select: { title: true, communeInseeCode: true, commune: { select: { name: true } } } },
        },
        where: {
          status: { in: ["planned", "in_progress"] },
          dueOn: { lt: fromIsoDate(filter.today)! },
          ...(filter.programmeId ? { project: { programmeId: filter.programmeId } } : {}),
        },
        orderBy: [{ dueOn: "asc" }, { title: "asc" }, { id: "asc" }],
        take: 500,
      });
      return rows.map(({ project, dueOn, ...row }) => ({
        ...row,
        dueOn: toIsoDate(dueOn)!,
        projectTitle: project.title,
        communeInseeCode: project.communeInseeCode,
        communeName: project.commune.name,
      }));
    },
  };
}
