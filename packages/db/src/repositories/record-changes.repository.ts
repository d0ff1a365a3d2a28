import type { FieldChanges } from "@cvv/domain/shared";
import type { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

/** The kinds of steering records whose history is kept in RecordChange. */
export type RecordEntity =
  | "programme"
  | "project"
  | "edition"
  | "plan-item"
  | "funding-line"
  | "grant"
  | "grant-payment"
  | "expert"
  | "mission"
  | "governance-body"
  | "meeting"
  | "action-item"
  | "raci"
  | "application"
  | "contract"
  | "communication-action"
  | "organisation"
  | "contact"
  | "network"
  | "network-meeting"
  | "annual-report"
  | "report-section"
  | "event";

export interface RecordChangeInput {
  entity: RecordEntity;
  entityId: string;
  /** The project the record belongs to, so the project shows the history of everything under it. */
  projectId: string | null;
  actorId: string | null;
  action: "created" | "updated" | "deleted" | (string & {});
  changes: FieldChanges;
}

export interface RecordChangeView {
  id: string;
  entity: string;
  entityId: string;
  action: string;
  changes: FieldChanges;
  createdAt: string;
  actorName: string | null;
}

const changeSelect = {
  id: true,
  entity: true,
  entityId: true,
  action: true,
  changes: true,
  createdAt: true,
  actor: { select: { displayName: true } },
} satisfies Prisma.RecordChangeSelect;

const toView = (r: Prisma.RecordChangeGetPayload<{ select: typeof changeSelect }>): RecordChangeView => ({
  id: r.id,
  entity: r.entity,
  entityId: r.entityId,
  action: r.action,
  changes: r.changes as FieldChanges,
  createdAt: r.createdAt.toISOString(),
  actorName: r.actor?.displayName ?? null,
});

/**
 * Who changed what, when, on steering records. Written in the transaction of the change it
 * records (pass the transaction client), so a change and its trace land together or not at all.
 * An update that changed nothing leaves no trace.
 */
export function recordChangesRepository(db: Tx) {
  return {
    async log(change: RecordChangeInput): Promise<void> {
      if (change.action === "updated" && Object.keys(change.changes).length === 0) return;
      await db.recordChange.create({
        data: {
          entity: change.entity,
          entityId: change.entityId,
          projectId: change.projectId,
          actorId: change.actorId,
          action: change.action,
          changes: change.changes as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
    },

    /**
     * Replaces the given fields' values in every past change of one record: what anonymisation
     * does to the history, so a person's name does not outlive their record in its trail.
     */
    async redact(
      entity: RecordEntity,
      entityId: string,
      fields: readonly string[],
      replacement: unknown,
    ): Promise<void> {
      const rows = await db.recordChange.findMany({ select: { id: true, changes: true }, where: { entity, entityId } });
      for (const row of rows) {
        const changes = row.changes as FieldChanges;
        let touched = false;
        for (const field of fields) {
          const pair = changes[field];
          if (!pair) continue;
          changes[field] = [pair[0] === null ? null : replacement, pair[1] === null ? null : replacement];
          touched = true;
        }
        if (touched) {
          await db.recordChange.update({
            select: { id: true },
            where: { id: row.id },
            data: { changes: changes as Prisma.InputJsonValue },
          });
        }
      }
    },

    /** The history of one record, oldest first. Callers check first that the reader may see the record. */
    async forRecord(entity: RecordEntity, entityId: string): Promise<RecordChangeView[]> {
      const rows = await db.recordChange.findMany({
        select: changeSelect,
        where: { entity, entityId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toView);
    },

    /** The history of everything under a project, newest first; `entity` keeps one kind of record. */
    async forProject(
      projectId: string,
      options: { take?: number; entity?: RecordEntity } = {},
    ): Promise<RecordChangeView[]> {
      const rows = await db.recordChange.findMany({
        select: changeSelect,
        // Filtered here rather than after `take`: another kind's many changes must not push these out.
        where: { projectId, ...(options.entity ? { entity: options.entity } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: options.take ?? 200,
      });
      return rows.map(toView);
    },
  };
}
