import type { ProjectStatus } from "@cvv/domain/projects";
import type { UpdateStatus } from "@cvv/domain/project-updates";
import { Prisma } from "../generated/prisma/client.js";
import { communeWhere, type CommuneScope } from "./projects.repository.js";
import { readRows, versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const updateSelect = {
  id: true,
  projectId: true,
  title: true,
  body: true,
  proposedStatus: true,
  status: true,
  reviewComment: true,
  submittedAt: true,
  reviewedAt: true,
  publishedAt: true,
  createdAt: true,
  version: true,
  author: { select: { displayName: true } },
  project: { select: { title: true, communeInseeCode: true, status: true, commune: { select: { name: true } } } },
} as const;

export interface UpdateRecord {
  id: string;
  projectId: string;
  projectTitle: string;
  projectStatus: ProjectStatus;
  communeInseeCode: string;
  communeName: string;
  authorName: string | null;
  title: string;
  body: string;
  proposedStatus: ProjectStatus | null;
  status: UpdateStatus;
  reviewComment: string | null;
  /** Timestamps travel as ISO 8601 strings: what JSON carries, so client types do not lie. */
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  version: number;
}

type Row = Prisma.ProjectUpdateGetPayload<{ select: typeof updateSelect }>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toRecord({ author, project, ...row }: Row): UpdateRecord {
  return {
    ...row,
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    projectTitle: project.title,
    projectStatus: project.status,
    communeInseeCode: project.communeInseeCode,
    communeName: project.commune.name,
    authorName: author?.displayName ?? null,
  };
}

/** Updates are scoped through their project's commune. */
function scopedWhere(scope: CommuneScope): Prisma.ProjectUpdateWhereInput {
  return scope === "all" ? {} : { project: communeWhere(scope) };
}

export interface UpdateContent {
  title: string;
  body: string;
  proposedStatus: ProjectStatus | null;
}

export function projectUpdatesRepository(db: Tx) {
  return {
    async listForProject(scope: CommuneScope, projectId: string): Promise<UpdateRecord[]> {
      const rows = await db.projectUpdate.findMany({
        select: updateSelect,
        where: { projectId, ...scopedWhere(scope) },
        orderBy: { createdAt: "desc" },
      });
      return rows.map(toRecord);
    },

    async listByStatus(scope: CommuneScope, statuses: UpdateStatus[]): Promise<UpdateRecord[]> {
      const rows = await db.projectUpdate.findMany({
        select: updateSelect,
        where: { status: { in: statuses }, ...scopedWhere(scope) },
        orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
      });
      return rows.map(toRecord);
    },

    async find(scope: CommuneScope, id: string): Promise<UpdateRecord | null> {
      const row = await db.projectUpdate.findFirst({ select: updateSelect, where: { id, ...scopedWhere(scope) } });
      return row ? toRecord(row) : null;
    },

    async reviews(scope: CommuneScope, updateId: string) {
      const rows = await db.updateReview.findMany({
        select: {
          id: true,
          decision: true,
          comment: true,
          createdAt: true,
          reviewer: { select: { displayName: true } },
        },
        where: { updateId, update: scopedWhere(scope) },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((r) => ({
        id: r.id,
        decision: r.decision,
        comment: r.comment,
        createdAt: r.createdAt.toISOString(),
        reviewerName: r.reviewer?.displayName ?? null,
      }));
    },

    async create(
      input: UpdateContent & { projectId: string; authorId: string | null; status: "draft" | "submitted"; now: Date },
    ) {
      const row = await db.projectUpdate.create({
        select: updateSelect,
        data: {
          projectId: input.projectId,
          authorId: input.authorId,
          title: input.title,
          body: input.body,
          proposedStatus: input.proposedStatus,
          status: input.status,
          submittedAt: input.status === "submitted" ? input.now : null,
        },
      });
      return toRecord(row);
    },

    async edit(
      scope: CommuneScope,
      input: UpdateContent & { id: string; version: number; status: "draft" | "returned" | "submitted"; now: Date },
    ): Promise<WriteOutcome<UpdateRecord>> {
      return write(scope, input.id, input.version, {
        title: input.title,
        body: input.body,
        proposedStatus: input.proposedStatus,
        status: input.status,
        ...(input.status === "submitted" ? { submittedAt: input.now } : {}),
      });
    },

    async recordReview(
      scope: CommuneScope,
      input: {
        id: string;
        version: number;
        reviewerId: string;
        decision: "approved" | "returned";
        comment: string | null;
        now: Date;
      },
    ): Promise<WriteOutcome<UpdateRecord>> {
      const outcome = await write(scope, input.id, input.version, {
        status: input.decision,
        reviewComment: input.comment,
        reviewedAt: input.now,
        ...(input.decision === "approved" ? { publishedAt: input.now } : {}),
      });
      if (outcome.status === "ok") {
        await db.updateReview.create({
          select: { id: true },
          data: { updateId: input.id, reviewerId: input.reviewerId, decision: input.decision, comment: input.comment },
        });
      }
      return outcome;
    },

    /** The portal's read: approved updates only, whatever else the project has. */
    /** The portal's project page: through the driver, like the project itself (readRows). */
    async listPublishedForProject(projectId: string) {
      const rows = await readRows<{ id: string; title: string; body: string; publishedAt: Date }>(
        db,
        Prisma.sql`SELECT id::text AS id, title, body, "publishedAt" FROM "ProjectUpdate"
                    WHERE "projectId" = ${projectId}::uuid AND status = 'approved' AND "publishedAt" IS NOT NULL
                    ORDER BY "publishedAt" DESC`,
      );
      return rows.map((r) => ({ id: r.id, title: r.title, body: r.body, publishedAt: r.publishedAt.toISOString() }));
    },
  };

  function write(scope: CommuneScope, id: string, version: number, data: Prisma.ProjectUpdateUpdateManyMutationInput) {
    return versionedWrite(
      () =>
        db.projectUpdate.updateMany({
          where: { id, version, ...scopedWhere(scope) },
          data: { ...data, version: { increment: 1 } },
        }),
      async () => {
        const row = await db.projectUpdate.findFirst({ select: updateSelect, where: { id, ...scopedWhere(scope) } });
        return row ? toRecord(row) : null;
      },
    );
  }
}
