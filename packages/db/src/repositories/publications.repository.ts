import type { CreatePublicationInput, Publication, PublicationKind } from "@cvv/domain/publications";
import type { Prisma } from "../generated/prisma/client.js";
import { publicProjectLinkSelect, publicProjectLinks } from "./projects.repository.js";
import type { Tx } from "./shared.js";

const publicationSelect = {
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
} satisfies Prisma.PublicationSelect;

type PublicationRow = Prisma.PublicationGetPayload<{ select: typeof publicationSelect }>;

function toPublication(row: PublicationRow): Publication {
  return { ...row, publishAt: row.publishAt?.toISOString() ?? null };
}

export function publicationsRepository(db: Tx) {
  return {
    /** Used by the seeds and the factories now, by the officers' screens later; the input is checked before. */
    async create(input: CreatePublicationInput & { slug: string; isDemo?: boolean }): Promise<Publication> {
      const row = await db.publication.create({
        select: publicationSelect,
        data: {
          slug: input.slug,
          kind: input.kind,
          title: input.title,
          summary: input.summary ?? "",
          body: input.body ?? "",
          tags: input.tags ?? [],
          publishAt: input.publishAt ? new Date(input.publishAt) : null,
          isDemo: input.isDemo ?? false,
          ...(input.status ? { status: input.status } : {}),
          communes: { create: (input.communeInseeCodes ?? []).map((communeInseeCode) => ({ communeInseeCode })) },
          projects: { create: (input.projectIds ?? []).map((projectId) => ({ projectId })) },
        },
      });
      return toPublication(row);
    },

    async slugTaken(slug: string): Promise<boolean> {
      return (await db.publication.count({ where: { slug } })) > 0;
    },
  };
}

/**
 * The SQL side of the domain's `isPubliclyVisible`: published, or scheduled and its time has come
 * (publications.repository.test.ts checks that both agree on every status).
 */
function visibleWhere(now: Date): Prisma.PublicationWhereInput {
  return { OR: [{ status: "published" }, { status: "scheduled", publishAt: { lte: now } }] };
}

/** The SQL side of `isReadableAtItsAddress`: what is listed, and what was archived once public. */
function readableWhere(now: Date): Prisma.PublicationWhereInput {
  return {
    OR: [{ status: "published" }, { status: { in: ["scheduled", "archived"] }, publishAt: { lte: now } }],
  };
}

const publicSummarySelect = {
  slug: true,
  kind: true,
  title: true,
  summary: true,
  tags: true,
  publishAt: true,
  createdAt: true,
} satisfies Prisma.PublicationSelect;

const publicSelect = {
  ...publicSummarySelect,
  body: true,
  status: true,
  updatedAt: true,
  communes: { select: { commune: { select: { inseeCode: true, name: true } } } },
  projects: { select: { project: { select: publicProjectLinkSelect } } },
  images: { select: { id: true, alt: true, caption: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
} satisfies Prisma.PublicationSelect;

export interface PublicPublicationSummary {
  slug: string;
  kind: PublicationKind;
  title: string;
  summary: string;
  tags: string[];
  publishedAt: string;
}

export interface PublicPublication extends PublicPublicationSummary {
  /** Markdown: the API renders and sanitises it. */
  body: string;
  archived: boolean;
  updatedAt: string;
  communes: { inseeCode: string; name: string }[];
  projects: { slug: string; title: string; communeName: string }[];
  /** Served by the image route only while the publication is readable; alt is always set. */
  images: { id: string; alt: string; caption: string }[];
}

export interface PublicPublicationFilter {
  kinds?: readonly PublicationKind[] | undefined;
  tag?: string | undefined;
  communeInseeCode?: string | undefined;
}

function toSummary(
  row: Prisma.PublicationGetPayload<{ select: typeof publicSummarySelect }>,
): PublicPublicationSummary {
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    tags: row.tags,
    // Every public publication has its date (a database check); createdAt only satisfies the type.
    publishedAt: (row.publishAt ?? row.createdAt).toISOString(),
  };
}

/**
 * Publications as the public sees them at `now`, which the caller passes: the repository reads
 * no clock, so a test can stand before or after a scheduled date.
 */
export function publicPublicationsRepository(db: Tx) {
  return {
    /** Latest first, one page at a time; `total` counts every match, for the pagination. */
    async list(
      now: Date,
      filter: PublicPublicationFilter = {},
      page: { skip: number; take: number } = { skip: 0, take: 20 },
    ): Promise<{ items: PublicPublicationSummary[]; total: number }> {
      const where: Prisma.PublicationWhereInput = {
        AND: [
          visibleWhere(now),
          filter.kinds ? { kind: { in: [...filter.kinds] } } : {},
          filter.tag ? { tags: { has: filter.tag } } : {},
          filter.communeInseeCode ? { communes: { some: { communeInseeCode: filter.communeInseeCode } } } : {},
        ],
      };
      const [rows, total] = await Promise.all([
        db.publication.findMany({
          select: publicSummarySelect,
          where,
          orderBy: [{ publishAt: "desc" }, { title: "asc" }],
          skip: page.skip,
          take: page.take,
        }),
        db.publication.count({ where }),
      ]);
      return { items: rows.map(toSummary), total };
    },

    /** The latest public publications of these kinds with their body, for the Atom feed. */
    async latestWithBody(
      now: Date,
      kinds: readonly PublicationKind[],
      take: number,
    ): Promise<(PublicPublicationSummary & { body: string; updatedAt: string })[]> {
      const rows = await db.publication.findMany({
        select: { ...publicSummarySelect, body: true, updatedAt: true },
        where: { AND: [visibleWhere(now), { kind: { in: [...kinds] } }] },
        orderBy: [{ publishAt: "desc" }, { title: "asc" }],
        take,
      });
      return rows.map((row) => ({ ...toSummary(row), body: row.body, updatedAt: row.updatedAt.toISOString() }));
    },

    /** A publication readable at its address: listed ones, and archived ones once public. */
    async findBySlug(slug: string, now: Date): Promise<PublicPublication | null> {
      const row = await db.publication.findFirst({
        select: publicSelect,
        where: { AND: [{ slug }, readableWhere(now)] },
      });
      if (!row) return null;
      return {
        ...toSummary(row),
        body: row.body,
        archived: row.status === "archived",
        updatedAt: row.updatedAt.toISOString(),
        communes: row.communes.map((c) => c.commune).sort((a, b) => a.name.localeCompare(b.name, "fr")),
        projects: publicProjectLinks(row.projects.map((p) => p.project)),
        images: row.images,
      };
    },
  };
}
