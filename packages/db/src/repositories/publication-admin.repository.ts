import type { Publication, PublicationKind, PublicationStatus } from "@cvv/domain/publications";
import type { Prisma } from "../generated/prisma/client.js";
import { versionedWrite, type Tx, type WriteOutcome } from "./shared.js";

const adminSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  summary: true,
  body: true,
  tags: true,
  status: true,
  publishAt: true,
  version: true,
  updatedAt: true,
  communes: { select: { commune: { select: { inseeCode: true, name: true } } } },
  projects: { select: { project: { select: { id: true, title: true, commune: { select: { name: true } } } } } },
  images: {
    select: { id: true, fileId: true, alt: true, caption: true, position: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
} satisfies Prisma.PublicationSelect;

type AdminRow = Prisma.PublicationGetPayload<{ select: typeof adminSelect }>;

export interface PublicationImageRecord {
  id: string;
  fileId: string;
  alt: string;
  caption: string;
  position: number;
}

export interface AdminPublication extends Publication {
  updatedAt: string;
  communes: { inseeCode: string; name: string }[];
  projects: { id: string; title: string; communeName: string }[];
  images: PublicationImageRecord[];
}

export interface PublicationVersionRecord {
  id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  authorName: string | null;
  createdAt: string;
}

export interface AdminPublicationSummary {
  id: string;
  slug: string;
  kind: PublicationKind;
  title: string;
  tags: string[];
  status: PublicationStatus;
  publishAt: string | null;
  updatedAt: string;
}

export interface AdminPublicationFilter {
  kind?: PublicationKind | undefined;
  status?: PublicationStatus | undefined;
  tag?: string | undefined;
  search?: string | undefined;
}

function toAdmin(row: AdminRow): AdminPublication {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    body: row.body,
    tags: row.tags,
    status: row.status,
    publishAt: row.publishAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    communes: row.communes.map((c) => c.commune).sort((a, b) => a.name.localeCompare(b.name, "fr")),
    projects: row.projects.map(({ project }) => ({
      id: project.id,
      title: project.title,
      communeName: project.commune.name,
    })),
    images: row.images,
  };
}

/** The officers' side of publications: every status, with versions and images. */
export function publicationAdminRepository(db: Tx) {
  const find = async (id: string): Promise<AdminPublication | null> => {
    const row = await db.publication.findUnique({ select: adminSelect, where: { id } });
    return row ? toAdmin(row) : null;
  };

  return {
    find,

    async list(filter: AdminPublicationFilter): Promise<AdminPublicationSummary[]> {
      const search = filter.search?.trim();
      const rows = await db.publication.findMany({
        select: {
          id: true,
          slug: true,
          kind: true,
          title: true,
          tags: true,
          status: true,
          publishAt: true,
          updatedAt: true,
        },
        where: {
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.tag ? { tags: { has: filter.tag } } : {}),
          ...(search
            ? {
                OR: [
                  { title: { contains: search, mode: "insensitive" } },
                  { summary: { contains: search, mode: "insensitive" } },
                  { body: { contains: search, mode: "insensitive" } },
                ],
              }
            : {}),
        },
        orderBy: [{ updatedAt: "desc" }],
        take: 500,
      });
      return rows.map((row) => ({
        ...row,
        publishAt: row.publishAt?.toISOString() ?? null,
        updatedAt: row.updatedAt.toISOString(),
      }));
    },

    /** Writes the fields sent, checked against the version loaded; links are replaced when sent. */
    async update(input: {
      id: string;
      version: number;
      slug?: string | undefined;
      kind?: PublicationKind | undefined;
      title?: string | undefined;
      summary?: string | undefined;
      body?: string | undefined;
      tags?: string[] | undefined;
      communeInseeCodes?: string[] | undefined;
      projectIds?: string[] | undefined;
    }): Promise<WriteOutcome<AdminPublication>> {
      return versionedWrite(
        async () => {
          const written = await db.publication.updateMany({
            where: { id: input.id, version: input.version },
            data: {
              ...(input.slug !== undefined ? { slug: input.slug } : {}),
              ...(input.kind !== undefined ? { kind: input.kind } : {}),
              ...(input.title !== undefined ? { title: input.title } : {}),
              ...(input.summary !== undefined ? { summary: input.summary } : {}),
              ...(input.body !== undefined ? { body: input.body } : {}),
              ...(input.tags !== undefined ? { tags: input.tags } : {}),
              version: { increment: 1 },
            },
          });
          if (written.count === 1) {
            if (input.communeInseeCodes) {
              await db.publicationCommune.deleteMany({ where: { publicationId: input.id } });
              await db.publicationCommune.createMany({
                data: input.communeInseeCodes.map((communeInseeCode) => ({
                  publicationId: input.id,
                  communeInseeCode,
                })),
              });
            }
            if (input.projectIds) {
              await db.publicationProject.deleteMany({ where: { publicationId: input.id } });
              await db.publicationProject.createMany({
                data: input.projectIds.map((projectId) => ({ publicationId: input.id, projectId })),
              });
            }
          }
          return written;
        },
        () => find(input.id),
      );
    },

    async setStatus(input: {
      id: string;
      version: number;
      status: PublicationStatus;
      publishAt: string | null;
    }): Promise<WriteOutcome<AdminPublication>> {
      return versionedWrite(
        () =>
          db.publication.updateMany({
            where: { id: input.id, version: input.version },
            data: {
              status: input.status,
              publishAt: input.publishAt ? new Date(input.publishAt) : null,
              version: { increment: 1 },
            },
          }),
        () => find(input.id),
      );
    },

    async existingProjectIds(ids: readonly string[]): Promise<string[]> {
      const rows = await db.project.findMany({ select: { id: true }, where: { id: { in: [...ids] } } });
      return rows.map((row) => row.id);
    },

    /** Scheduled publications whose time has come, for the scheduler to publish. */
    async dueScheduled(now: Date): Promise<{ id: string; version: number; publishAt: string }[]> {
      const rows = await db.publication.findMany({
        select: { id: true, version: true, publishAt: true },
        where: { status: "scheduled", publishAt: { lte: now } },
        orderBy: { publishAt: "asc" },
        take: 200,
      });
      return rows.map((row) => ({ id: row.id, version: row.version, publishAt: row.publishAt!.toISOString() }));
    },

    async addVersion(input: {
      publicationId: string;
      title: string;
      summary: string;
      body: string;
      tags: string[];
      authorId: string | null;
    }): Promise<number> {
      const last = await db.publicationVersion.aggregate({
        where: { publicationId: input.publicationId },
        _max: { number: true },
      });
      const number = (last._max.number ?? 0) + 1;
      await db.publicationVersion.create({ select: { id: true }, data: { ...input, number } });
      return number;
    },

    async versions(publicationId: string): Promise<PublicationVersionRecord[]> {
      const rows = await db.publicationVersion.findMany({
        select: {
          id: true,
          number: true,
          title: true,
          summary: true,
          body: true,
          tags: true,
          createdAt: true,
          author: { select: { displayName: true } },
        },
        where: { publicationId },
        orderBy: { number: "desc" },
      });
      return rows.map(({ author, ...row }) => ({
        ...row,
        authorName: author?.displayName ?? null,
        createdAt: row.createdAt.toISOString(),
      }));
    },

    async findVersion(publicationId: string, versionId: string): Promise<PublicationVersionRecord | null> {
      const all = await this.versions(publicationId);
      return all.find((v) => v.id === versionId) ?? null;
    },

    async addImage(input: {
      publicationId: string;
      fileId: string;
      alt: string;
      caption: string;
    }): Promise<PublicationImageRecord> {
      const last = await db.publicationImage.aggregate({
        where: { publicationId: input.publicationId },
        _max: { position: true },
      });
      return db.publicationImage.create({
        select: { id: true, fileId: true, alt: true, caption: true, position: true },
        data: { ...input, position: (last._max.position ?? -1) + 1 },
      });
    },

    async findImage(id: string): Promise<(PublicationImageRecord & { publicationId: string }) | null> {
      return db.publicationImage.findUnique({
        select: { id: true, publicationId: true, fileId: true, alt: true, caption: true, position: true },
        where: { id },
      });
    },

    async updateImage(id: string, input: { alt?: string | undefined; caption?: string | undefined }): Promise<void> {
      await db.publicationImage.update({
        select: { id: true },
        where: { id },
        data: {
          ...(input.alt !== undefined ? { alt: input.alt } : {}),
          ...(input.caption !== undefined ? { caption: input.caption } : {}),
        },
      });
    },

    async removeImage(id: string): Promise<void> {
      await db.publicationImage.delete({ select: { id: true }, where: { id } });
    },

    /** Marks the publication as changed, so a form open elsewhere sees its images moved on. */
    async touch(id: string): Promise<void> {
      await db.publication.update({ select: { id: true }, where: { id }, data: { version: { increment: 1 } } });
    },

    async imageFile(id: string): Promise<{ storageKey: string; mimeType: string } | null> {
      const row = await db.publicationImage.findUnique({
        select: { file: { select: { storageKey: true, mimeType: true } } },
        where: { id },
      });
      return row?.file ?? null;
    },

    /**
     * An image as the public may see it: only of a publication readable at its address at `now`
     * (the SQL side of isReadableAtItsAddress, as in publications.repository.ts).
     */
    async publicImageFile(id: string, now: Date): Promise<{ storageKey: string; mimeType: string } | null> {
      const row = await db.publicationImage.findFirst({
        select: { file: { select: { storageKey: true, mimeType: true } } },
        where: {
          id,
          publication: {
            OR: [{ status: "published" }, { status: { in: ["scheduled", "archived"] }, publishAt: { lte: now } }],
          },
        },
      });
      return row?.file ?? null;
    },
  };
}
